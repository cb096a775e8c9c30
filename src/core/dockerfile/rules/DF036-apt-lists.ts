import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { cmdHasArgs } from '../shell/parse';
import { hasCacheMount, runCommands } from './run';
import { defineRule } from './types';

/**
 * hadolint DL3009: delete the apt-get lists after installing. As hadolint, only the
 * final stage and stages used later by FROM are judged, and cache mounts on
 * /var/lib/apt/lists (or /var/lib/apt plus /var/cache/apt) are fine.
 */
export const aptLists = defineRule(
  {
    code: 'DF036',
    keywords: ['RUN'],
    aliases: ['DL3009'],
    severity: 'info',
    family: 'hadolint',
    title: 'Delete the apt-get lists after installing',
    docs: docsUrl('DF036'),
    explanation: {
      why: 'apt-get update downloads package lists (tens of MB) into /var/lib/apt/lists. Unless the same RUN deletes them, they stay in the image layer forever. apt-get clean does not remove them.',
      fix: 'End the same RUN with && rm -rf /var/lib/apt/lists/*.',
      bad: 'RUN apt-get update && apt-get install -y curl',
      good: 'RUN apt-get update && apt-get install -y curl \\\n    && rm -rf /var/lib/apt/lists/*',
    },
  },
  (context, report) => {
    const usedLater = new Set<number>();
    for (const stage of context.stages) {
      const parent = stage.from.getImageName()?.toLowerCase();
      context.stages.forEach((s, i) => {
        if (i < stage.index && s.name?.toLowerCase() === parent) usedLater.add(i);
      });
    }
    const finalStage = context.stages.length - 1;
    const seen = new Set<unknown>();
    for (const run of runCommands(context)) {
      if (seen.has(run.inst.node)) continue;
      if (!(run.inst.stage === finalStage || usedLater.has(run.inst.stage))) continue;
      const cmds = run.shell.commands;
      const update = cmds.find((c) => cmdHasArgs(c, 'apt-get', ['update']));
      if (!update) continue;
      seen.add(run.inst.node);
      if (cmds.some((c) => cmdHasArgs(c, 'rm', ['/var/lib/apt/lists/*']) && c.args.some((a) => /^-[a-zA-Z]*r/.test(a.value)))) continue;
      if (hasCacheMount(run.inst, '/var/lib/apt/lists') || (hasCacheMount(run.inst, '/var/lib/apt') && hasCacheMount(run.inst, '/var/cache/apt'))) continue;
      const last = run.shell.commands[run.shell.commands.length - 1]!;
      const lastWord = last.args[last.args.length - 1] ?? last.name;
      const at = run.shell.rangeOf(lastWord).end;
      report({
        range: run.shell.rangeOf(update.name),
        message: l10n.t('The package lists downloaded by apt-get update stay in this layer. Delete them in the same RUN: && rm -rf /var/lib/apt/lists/*'),
        ...(run.shell.form === 'shell' ? { fix: [{ title: l10n.t('Add && rm -rf /var/lib/apt/lists/*'), preferred: true, edits: [{ range: { start: at, end: at }, newText: ' && rm -rf /var/lib/apt/lists/*' }] }] } : {}),
      });
    }
  },
);
