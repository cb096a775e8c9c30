import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { cmdHasArgs } from '../shell/parse';
import { runCommands } from './run';
import { defineRule } from './types';

/** hadolint DL3035: do not use zypper dist-upgrade (zypper dup). */
export const zypperDistUpgrade = defineRule(
  {
    code: 'DF057',
    keywords: ['RUN'],
    aliases: ['DL3035'],
    severity: 'warning',
    family: 'hadolint',
    title: 'Do not use zypper dist-upgrade',
    docs: docsUrl('DF057'),
    explanation: {
      why: 'A distribution upgrade replaces packages of the base image depending on the day you build.',
      fix: 'Use a newer base image tag instead.',
      bad: 'RUN zypper dup -y',
      good: 'FROM opensuse/leap:15.6',
    },
  },
  (context, report) => {
    for (const run of runCommands(context)) {
      if (!cmdHasArgs(run.command, 'zypper', ['dist-upgrade', 'dup'])) continue;
      report({ range: run.shell.rangeOf(run.command.args.find((a) => a.value === 'dist-upgrade' || a.value === 'dup')!), message: l10n.t('zypper dist-upgrade can replace packages of the base image unpredictably. Use a newer base image tag instead.') });
    }
  },
);
