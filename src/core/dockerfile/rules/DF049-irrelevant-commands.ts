import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { runCommands } from './run';
import { defineRule } from './types';

const COMMANDS = ['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim'];

/** hadolint DL3001: commands that make no sense in a build (ssh, vim, service, shutdown…). */
export const irrelevantCommands = defineRule(
  {
    code: 'DF049',
    keywords: ['RUN'],
    aliases: ['DL3001'],
    severity: 'info',
    family: 'hadolint',
    title: 'Avoid interactive or system commands in RUN',
    docs: docsUrl('DF049'),
    explanation: {
      why: 'A RUN step runs once, without a terminal, in a throw-away container: starting a service, opening an editor or shutting down has no lasting effect on the image.',
      fix: 'Start services in CMD/ENTRYPOINT (one process per container), and edit files with COPY or sed.',
      bad: 'RUN service nginx start',
      good: 'CMD ["nginx", "-g", "daemon off;"]',
    },
  },
  (context, report) => {
    for (const run of runCommands(context)) {
      if (!COMMANDS.includes(run.name)) continue;
      report({
        range: run.shell.rangeOf(run.command.name),
        message: l10n.t('"{0}" does not make sense in a build step: RUN runs once, without a terminal, and nothing it starts keeps running in the image.', run.name),
      });
    }
  },
);
