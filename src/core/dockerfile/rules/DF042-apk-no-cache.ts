import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { hasFlag } from '../shell/parse';
import { hasCacheMount } from './run';
import { checkMissingFlag } from './packageManagers';
import { defineRule } from './types';

/** hadolint DL3019: use apk add --no-cache (a cache mount on /var/cache/apk is fine). */
export const apkNoCache = defineRule(
  {
    code: 'DF042',
    keywords: ['RUN'],
    aliases: ['DL3019'],
    severity: 'info',
    family: 'hadolint',
    title: 'Use apk add --no-cache',
    docs: docsUrl('DF042'),
    explanation: {
      why: 'Without --no-cache, apk keeps its package index in /var/cache/apk, adding size to the layer for nothing.',
      fix: 'Add --no-cache (it also makes a separate apk update unnecessary).',
      bad: 'RUN apk update && apk add curl',
      good: 'RUN apk add --no-cache curl',
    },
  },
  (context, report) =>
    checkMissingFlag(context, report, {
      names: ['apk'],
      subcommands: ['add'],
      accepted: (c) => hasFlag(c, 'no-cache'),
      skip: (r) => hasCacheMount(r.inst, '/var/cache/apk'),
      insert: '--no-cache',
      title: l10n.t('Add --no-cache'),
      message: () => l10n.t('apk add keeps its package index in the image. Add --no-cache to leave it out.'),
    }),
);
