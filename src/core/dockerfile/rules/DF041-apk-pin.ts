import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { checkPinned } from './packageManagers';
import { defineRule } from './types';

/** hadolint DL3018: pin versions in apk add (`pkg=version`; `--virtual` names are not packages). */
export const apkPin = defineRule(
  {
    code: 'DF041',
    keywords: ['RUN'],
    aliases: ['DL3018'],
    severity: 'info',
    family: 'hadolint',
    title: 'Pin versions in apk add',
    docs: docsUrl('DF041'),
    explanation: {
      why: 'apk add curl installs whatever version the Alpine mirror has today; pin it for repeatable builds.',
      fix: 'Write package=version (or a range such as package~=8.5).',
      bad: 'RUN apk add --no-cache curl',
      good: 'RUN apk add --no-cache curl=8.5.0-r0',
    },
  },
  (context, report) =>
    checkPinned(context, report, {
      names: ['apk'],
      subcommands: ['add'],
      flagsWithValue: ['t', 'virtual', 'repository', 'X', 'p', 'root', 'keys-dir', 'arch'],
      pinned: (p) => p.includes('=') || p.endsWith('.apk') || p.includes('/'),
      message: (p) => l10n.t('Package "{0}" has no version: pin it as "{0}=<version>" so rebuilds install the same thing.', p),
    }),
);
