import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { checkPinned } from './packageManagers';
import { defineRule } from './types';

/** hadolint DL3041: specify version with dnf install -y <package>-<version>. */
export const dnfPin = defineRule(
  {
    code: 'DF062',
    keywords: ['RUN'],
    aliases: ['DL3041'],
    severity: 'info',
    family: 'hadolint',
    title: 'Pin versions in dnf install',
    docs: docsUrl('DF062'),
    explanation: {
      why: 'Without a version, dnf installs whatever the repository offers on the day of the build.',
      fix: 'Write package-version.',
      bad: 'RUN dnf install -y httpd',
      good: 'RUN dnf install -y httpd-2.4.57',
    },
  },
  (context, report) =>
    checkPinned(context, report, {
      names: ['dnf', 'microdnf'],
      subcommands: ['install', 'localinstall'],
      flagsWithValue: ['c', 'config', 'd', 'debuglevel', 'e', 'errorlevel', 'x', 'exclude', 'enablerepo', 'disablerepo', 'installroot', 'releasever', 'setopt', 'repo'],
      pinned: (p) => /-\d/.test(p) || p.endsWith('.rpm') || p.includes('/') || p.startsWith('@'),
      message: (p) => l10n.t('Package "{0}" has no version: pin it as "{0}-<version>" so rebuilds install the same thing.', p),
    }),
);
