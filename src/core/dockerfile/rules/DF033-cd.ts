import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import type { Fix } from '../../diagnostic';
import { runCommands } from './run';
import { defineRule } from './types';

/** hadolint DL3003: use WORKDIR to switch to a directory. */
export const cdInRun = defineRule(
  {
    code: 'DF033',
    keywords: ['RUN'],
    aliases: ['DL3003'],
    severity: 'warning',
    family: 'hadolint',
    title: 'Use WORKDIR instead of cd',
    docs: docsUrl('DF033'),
    explanation: {
      why: 'Each RUN starts a new shell, so "cd" only lasts until the end of that RUN. The next instruction is back in the old directory, which surprises readers; WORKDIR changes the directory for every following instruction and for the container.',
      fix: 'Replace "RUN cd /app && make" with "WORKDIR /app" followed by "RUN make".',
      bad: 'RUN cd /app && npm install',
      good: 'WORKDIR /app\nRUN npm install',
    },
  },
  (context, report) => {
    for (const run of runCommands(context)) {
      if (run.name !== 'cd') continue;
      const fix: Fix[] = [];
      const cmds = run.shell.commands;
      const dir = run.command.args[0];
      const next = cmds[1];
      if (run.shell.form === 'shell' && !run.inst.onbuild && cmds[0] === run.command && run.command.args.length === 1 && next?.after === '&&' && dir && !dir.quoted) {
        const start = run.inst.node.getRange().start;
        const firstArg = run.inst.node.getArguments()[0]!.getRange().start;
        const nextStart = run.shell.rangeOf(next.name).start;
        fix.push({
          title: l10n.t('Use WORKDIR {0}', dir.value),
          preferred: true,
          edits: [
            { range: { start, end: start }, newText: `WORKDIR ${dir.value}\n` },
            { range: { start: firstArg, end: nextStart }, newText: '' },
          ],
        });
      }
      report({
        range: run.shell.rangeOf(run.command.name),
        message: l10n.t('"cd" only lasts until the end of this RUN; the next instruction starts in the old directory again. Use WORKDIR to change the directory.'),
        ...(fix.length ? { fix } : {}),
      });
    }
  },
);
