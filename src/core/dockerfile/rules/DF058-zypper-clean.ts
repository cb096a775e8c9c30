import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { cmdHasArgs } from '../shell/parse';
import { checkCleaned } from './packageManagers';
import { defineRule } from './types';

/** hadolint DL3036: zypper clean missing after zypper install. */
export const zypperClean = defineRule(
  {
    code: 'DF058',
    keywords: ['RUN'],
    aliases: ['DL3036'],
    severity: 'info',
    family: 'hadolint',
    title: 'Run zypper clean after zypper install',
    docs: docsUrl('DF058'),
    explanation: {
      why: 'zypper keeps its cache in the layer unless the same RUN cleans it.',
      fix: 'End the same RUN with && zypper clean.',
      bad: 'RUN zypper install -y curl',
      good: 'RUN zypper install -y curl && zypper clean',
    },
  },
  (context, report) =>
    checkCleaned(context, report, {
      names: ['zypper'],
      subcommands: ['install', 'in'],
      cleaned: (cmds) => cmds.some((c) => cmdHasArgs(c, 'zypper', ['clean', 'cc'])),
      cacheDirs: ['/var/cache/zypp'],
      message: () => l10n.t('{0} leaves its cache in this layer. Add && {0} clean in the same RUN.', 'zypper'),
    }),
);
