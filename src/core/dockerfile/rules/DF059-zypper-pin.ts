import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { checkPinned } from './packageManagers';
import { defineRule } from './types';

/** hadolint DL3037: specify version with zypper install -y <package>=<version>. */
export const zypperPin = defineRule(
  {
    code: 'DF059',
    keywords: ['RUN'],
    aliases: ['DL3037'],
    severity: 'info',
    family: 'hadolint',
    title: 'Pin versions in zypper install',
    docs: docsUrl('DF059'),
    explanation: {
      why: 'Without a version, zypper installs whatever the repository offers on the day of the build.',
      fix: 'Write package=version (or >=, <=).',
      bad: 'RUN zypper install -y curl',
      good: 'RUN zypper install -y curl=8.6.0',
    },
  },
  (context, report) =>
    checkPinned(context, report, {
      names: ['zypper'],
      subcommands: ['install', 'in'],
      flagsWithValue: ['r', 'repo', 't', 'type', 'from'],
      pinned: (p) => /[=<>]/.test(p) || p.endsWith('.rpm'),
      message: (p) => l10n.t('Package "{0}" has no version: pin it as "{0}=<version>" so rebuilds install the same thing.', p),
    }),
);
