import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { runCommands } from './run';
import { defineRule } from './types';

/** hadolint DL3004: do not use sudo. */
export const sudo = defineRule(
  {
    code: 'DF034',
    keywords: ['RUN'],
    aliases: ['DL3004'],
    severity: 'warning',
    family: 'hadolint',
    title: 'Do not use sudo',
    docs: docsUrl('DF034'),
    explanation: {
      why: 'Build steps already run as the current USER (root by default), and sudo is usually not installed. It behaves unpredictably with TTYs and signals.',
      fix: 'Switch with USER root before the step and back afterwards; in entrypoints use gosu or su-exec.',
      bad: 'RUN sudo apt-get update',
      good: 'USER root\nRUN apt-get update\nUSER app',
    },
  },
  (context, report) => {
    for (const run of runCommands(context)) {
      if (run.name !== 'sudo') continue;
      report({ range: run.shell.rangeOf(run.command.name), message: l10n.t('Do not use sudo: build steps already run as the current USER, and sudo behaves unpredictably in containers. Use USER root for the step instead.') });
    }
  },
);
