import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { checkPinned } from './packageManagers';
import { defineRule } from './types';

/** hadolint DL3008: pin versions in apt-get install (`pkg=version`; paths and .deb files are not judged). */
export const aptPin = defineRule(
  {
    code: 'DF035',
    keywords: ['RUN'],
    aliases: ['DL3008'],
    severity: 'info',
    family: 'hadolint',
    title: 'Pin versions in apt-get install',
    docs: docsUrl('DF035'),
    explanation: {
      why: 'Without a version, apt-get installs whatever is current on the day of the build, so two builds of the same Dockerfile can differ and break.',
      fix: 'Write package=version (find versions with apt-cache policy <package>).',
      bad: 'RUN apt-get install -y curl',
      good: 'RUN apt-get install -y curl=7.88.1-10+deb12u5',
    },
  },
  (context, report) =>
    checkPinned(context, report, {
      names: ['apt-get'],
      subcommands: ['install'],
      flagsWithValue: ['t', 'target-release', 'o'],
      pinned: (p) => p.includes('=') || p.includes('/') || p.endsWith('.deb'),
      message: (p) => l10n.t('Package "{0}" has no version: pin it as "{0}=<version>" so rebuilds install the same thing.', p),
    }),
);
