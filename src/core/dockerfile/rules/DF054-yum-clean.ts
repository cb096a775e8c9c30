import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { cmdHasArgs } from '../shell/parse';
import { checkCleaned } from './packageManagers';
import { defineRule } from './types';

/** hadolint DL3032: yum clean all missing after yum install (a cache mount on /var/cache/yum is fine). */
export const yumClean = defineRule(
  {
    code: 'DF054',
    keywords: ['RUN'],
    aliases: ['DL3032'],
    severity: 'info',
    family: 'hadolint',
    title: 'Run yum clean all after yum install',
    docs: docsUrl('DF054'),
    explanation: {
      why: 'yum keeps metadata and packages in /var/cache/yum; unless the same RUN cleans it, it stays in the layer.',
      fix: 'End the same RUN with && yum clean all.',
      bad: 'RUN yum install -y httpd',
      good: 'RUN yum install -y httpd && yum clean all',
    },
  },
  (context, report) =>
    checkCleaned(context, report, {
      names: ['yum'],
      subcommands: ['install', 'groupinstall', 'localinstall'],
      cleaned: (cmds) => cmds.some((c) => cmdHasArgs(c, 'yum', ['clean']) && c.args.some((a) => a.value === 'all')) || cmds.some((c) => c.args.some((a) => a.value.startsWith('/var/cache/yum'))),
      cacheDirs: ['/var/cache/yum'],
      message: () => l10n.t('{0} leaves its cache in this layer. Add && {0} clean all in the same RUN.', 'yum'),
    }),
);
