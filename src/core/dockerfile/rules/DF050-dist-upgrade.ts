import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { cmdHasArgs } from '../shell/parse';
import { runCommands } from './run';
import { defineRule } from './types';

/** hadolint DL3005: do not use apt-get dist-upgrade. */
export const distUpgrade = defineRule(
  {
    code: 'DF050',
    keywords: ['RUN'],
    aliases: ['DL3005'],
    severity: 'warning',
    family: 'hadolint',
    title: 'Do not use apt-get dist-upgrade',
    docs: docsUrl('DF050'),
    explanation: {
      why: 'dist-upgrade may install, remove and replace packages of the base image, so the result depends on the day you build. Update the base image tag instead.',
      fix: 'Use a newer base image tag; install only the packages you need.',
      bad: 'RUN apt-get update && apt-get dist-upgrade -y',
      good: 'FROM debian:12.5-slim',
    },
  },
  (context, report) => {
    for (const run of runCommands(context)) {
      if (!cmdHasArgs(run.command, 'apt-get', ['dist-upgrade'])) continue;
      report({ range: run.shell.rangeOf(run.command.args.find((a) => a.value === 'dist-upgrade')!), message: l10n.t('apt-get dist-upgrade can replace packages of the base image unpredictably. Use a newer base image tag instead.') });
    }
  },
);
