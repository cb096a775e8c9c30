import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { hasFlag } from '../shell/parse';
import { hasCacheMount } from './run';
import { checkMissingFlag } from './packageManagers';
import { defineRule } from './types';

/**
 * hadolint DL3042: avoid the pip cache with --no-cache-dir. Not flagged when
 * PIP_NO_CACHE_DIR is set by ENV/ARG or a cache mount covers /root/.cache/pip.
 */
export const pipNoCacheDir = defineRule(
  {
    code: 'DF045',
    keywords: ['RUN'],
    aliases: ['DL3042'],
    severity: 'info',
    family: 'hadolint',
    title: 'Use pip install --no-cache-dir',
    docs: docsUrl('DF045'),
    explanation: {
      why: 'pip keeps downloaded packages in ~/.cache/pip. In an image that cache is never reused but still ships in the layer.',
      fix: 'Add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1).',
      bad: 'RUN pip install -r requirements.txt',
      good: 'RUN pip install --no-cache-dir -r requirements.txt',
    },
  },
  (context, report) =>
    checkMissingFlag(context, report, {
      names: ['pip', 'pip3', 'pip2'],
      subcommands: ['install'],
      accepted: (c) => hasFlag(c, 'no-cache-dir'),
      skip: (r) => context.scopeAt(r.inst).has('PIP_NO_CACHE_DIR') || hasCacheMount(r.inst, '/root/.cache'),
      insert: '--no-cache-dir',
      title: l10n.t('Add --no-cache-dir'),
      message: () => l10n.t('pip keeps a download cache that only makes the image bigger. Add --no-cache-dir.'),
    }),
);
