import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { cmdHasArgs } from '../shell/parse';
import { checkCleaned } from './packageManagers';
import { defineRule } from './types';

/** hadolint DL3040: dnf clean all missing after dnf install (cache mount on /var/cache/dnf is fine). */
export const dnfClean = defineRule(
  {
    code: 'DF061',
    keywords: ['RUN'],
    aliases: ['DL3040'],
    severity: 'info',
    family: 'hadolint',
    title: 'Run dnf clean all after dnf install',
    docs: docsUrl('DF061'),
    explanation: {
      why: 'dnf keeps metadata and packages in /var/cache/dnf; unless the same RUN cleans it, it stays in the layer.',
      fix: 'End the same RUN with && dnf clean all.',
      bad: 'RUN dnf install -y httpd',
      good: 'RUN dnf install -y httpd && dnf clean all',
    },
  },
  (context, report) =>
    checkCleaned(context, report, {
      names: ['dnf', 'microdnf'],
      subcommands: ['install', 'groupinstall', 'localinstall'],
      cleaned: (cmds) => cmds.some((c) => (cmdHasArgs(c, 'dnf', ['clean']) || cmdHasArgs(c, 'microdnf', ['clean'])) && c.args.some((a) => a.value === 'all')) || cmds.some((c) => c.args.some((a) => a.value.startsWith('/var/cache/dnf') || a.value.startsWith('/var/cache/yum'))),
      cacheDirs: ['/var/cache/dnf', '/var/cache/libdnf5'],
      message: () => l10n.t('{0} leaves its cache in this layer. Add && {0} clean all in the same RUN.', 'dnf'),
    }),
);
