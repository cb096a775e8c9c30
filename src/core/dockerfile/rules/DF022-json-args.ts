import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { parseShell } from '../shell/parse';
import { defineRule } from './types';

/**
 * hadolint DL3025 / BuildKit JSONArgsRecommended: CMD and ENTRYPOINT in exec (JSON)
 * form, so the process gets signals (PID 1) instead of /bin/sh. As BuildKit, not
 * reported when the stage set its shell explicitly with SHELL.
 */
export const jsonArgs = defineRule(
  {
    code: 'DF022',
    keywords: ['CMD', 'ENTRYPOINT'],
    aliases: ['DL3025', 'JSONArgsRecommended'],
    severity: 'warning',
    family: 'buildkit',
    title: 'Use the JSON (exec) form for CMD and ENTRYPOINT',
    docs: docsUrl('DF022'),
    explanation: {
      why: 'In shell form, Docker runs /bin/sh -c "<your command>": the shell is PID 1 and does not pass SIGTERM on, so "docker stop" waits 10 seconds and then kills your app without a clean shutdown.',
      fix: 'Write the command as a JSON array: CMD ["node", "app.js"].',
      bad: 'CMD node app.js',
      good: 'CMD ["node", "app.js"]',
    },
  },
  (context, report) => {
    const shellSet = new Set<number>();
    for (const inst of context.effective) {
      if (inst.keyword === 'SHELL') shellSet.add(inst.stage);
      if (inst.keyword !== 'CMD' && inst.keyword !== 'ENTRYPOINT') continue;
      if (shellSet.has(inst.stage)) continue;
      const raw = inst.node.getArgumentsContent();
      const range = inst.node.getArgumentsRange();
      if (!raw || !range || raw.trim().startsWith('[')) continue;
      const script = raw.replace(/\\\r?\n/g, ' ');
      const parsed = parseShell(script);
      const simple = parsed.commands.length === 1 && parsed.operators.length === 0 && !/[$`*?<>|;&#]/.test(script);
      const words = simple ? [parsed.commands[0]!.name, ...parsed.commands[0]!.args].map((w) => w.value) : [];
      const json = `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
      report({
        range,
        message: l10n.t('{0} in shell form runs under /bin/sh -c, so your process does not receive stop signals (docker stop waits, then kills it). Use the JSON form: {0} {1}.', inst.keyword, simple ? json : '["executable", "arg"]'),
        ...(simple ? { fix: [{ title: l10n.t('Change to {0}', json), preferred: true, edits: [{ range, newText: json }] }] } : {}),
      });
    }
  },
);
