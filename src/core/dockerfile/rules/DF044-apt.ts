import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { runCommands } from './run';
import { defineRule } from './types';

/** hadolint DL3027: do not use apt (its CLI is not stable for scripts); use apt-get or apt-cache. */
export const apt = defineRule(
  {
    code: 'DF044',
    keywords: ['RUN'],
    aliases: ['DL3027'],
    severity: 'warning',
    family: 'hadolint',
    title: 'Use apt-get instead of apt in scripts',
    docs: docsUrl('DF044'),
    explanation: {
      why: 'apt is meant for people at a terminal: its output and behaviour may change between releases and it warns "apt does not have a stable CLI interface". apt-get is the stable interface for scripts.',
      fix: 'Replace apt with apt-get (or apt-cache for search/show).',
      bad: 'RUN apt install -y curl',
      good: 'RUN apt-get install -y curl',
    },
  },
  (context, report) => {
    for (const run of runCommands(context)) {
      if (run.name !== 'apt' || run.command.name.value !== 'apt') continue;
      const range = run.shell.rangeOf(run.command.name);
      report({
        range,
        message: l10n.t('apt is made for interactive use and has no stable command-line interface; in a Dockerfile use apt-get.'),
        fix: [{ title: l10n.t('Change to {0}', 'apt-get'), preferred: true, edits: [{ range, newText: 'apt-get' }] }],
      });
    }
  },
);
