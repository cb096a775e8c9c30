import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { checkPinned } from './packageManagers';
import { defineRule } from './types';

/** hadolint DL3033: specify version with yum install -y <package>-<version>. */
export const yumPin = defineRule(
  {
    code: 'DF055',
    keywords: ['RUN'],
    aliases: ['DL3033'],
    severity: 'info',
    family: 'hadolint',
    title: 'Pin versions in yum install',
    docs: docsUrl('DF055'),
    explanation: {
      why: 'Without a version, yum installs whatever the repository offers on the day of the build.',
      fix: 'Write package-version.',
      bad: 'RUN yum install -y httpd',
      good: 'RUN yum install -y httpd-2.4.57',
    },
  },
  (context, report) =>
    checkPinned(context, report, {
      names: ['yum'],
      subcommands: ['install', 'localinstall'],
      flagsWithValue: ['c', 'config', 'd', 'debuglevel', 'e', 'errorlevel', 'R', 'randomwait', 'x', 'exclude', 'enablerepo', 'disablerepo', 'installroot', 'releasever'],
      pinned: (p) => /-\d/.test(p) || p.endsWith('.rpm') || p.includes('/'),
      message: (p) => l10n.t('Package "{0}" has no version: pin it as "{0}-<version>" so rebuilds install the same thing.', p),
    }),
);
