import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { hasFlag } from '../shell/parse';
import { checkPinned, hasVersion } from './packageManagers';
import { defineRule } from './types';

/**
 * hadolint DL3013: pin versions in pip install. Not judged: requirement files (-r),
 * constraints, editable/local paths, URLs, wheels and archives.
 */
export const pipPin = defineRule(
  {
    code: 'DF037',
    keywords: ['RUN'],
    aliases: ['DL3013'],
    severity: 'info',
    family: 'hadolint',
    title: 'Pin versions in pip install',
    docs: docsUrl('DF037'),
    explanation: {
      why: 'pip install flask installs the newest release on the day of the build; a new major version can break your app without any change to your code.',
      fix: 'Write package==version, or install from a pinned requirements file (pip install -r requirements.txt).',
      bad: 'RUN pip install flask',
      good: 'RUN pip install flask==3.0.3',
    },
  },
  (context, report) =>
    checkPinned(context, report, {
      names: ['pip', 'pip3', 'pip2'],
      subcommands: ['install'],
      flagsWithValue: ['c', 'constraint', 'e', 'editable', 'i', 'index-url', 'extra-index-url', 'f', 'find-links', 't', 'target', 'r', 'requirement', 'platform', 'python-version', 'implementation', 'abi', 'root', 'prefix', 'src', 'upgrade-strategy', 'trusted-host', 'progress-bar'],
      skipCommand: (c) => hasFlag(c, 'r', 'requirement', 'c', 'constraint'),
      pinned: (p) => hasVersion(p, ['==', '>=', '<=', '~=', '!=', '<', '>', '@']) || p.includes('/') || p === '.' || /\.(whl|tar\.gz|zip)$/.test(p) || /^(git|https?)[+:]/.test(p),
      message: (p) => l10n.t('Package "{0}" has no version: pin it as "{0}==<version>" so rebuilds install the same thing.', p),
    }),
);
