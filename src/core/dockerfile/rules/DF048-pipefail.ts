import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { commandName, hasFlag } from '../shell/parse';
import { defineRule } from './types';

/**
 * hadolint DL4006: set `-o pipefail` before RUN with a pipe. Not flagged after a SHELL
 * with `-o pipefail` (bash, zsh, ash) or a non-POSIX shell (pwsh, cmd); also accepted:
 * `set -o pipefail` earlier in the same RUN.
 */
export const pipefail = defineRule(
  {
    code: 'DF048',
    keywords: ['RUN'],
    aliases: ['DL4006'],
    severity: 'warning',
    family: 'hadolint',
    title: 'Set -o pipefail before a RUN with a pipe',
    docs: docsUrl('DF048'),
    explanation: {
      why: 'A pipeline returns the status of its last command: in "curl … | tar x" a failed download still succeeds as long as tar does, and the build carries on with a broken layer.',
      fix: 'Add SHELL ["/bin/bash", "-o", "pipefail", "-c"] before the RUN (on Alpine: ["/bin/ash", "-eo", "pipefail", "-c"]).',
      bad: 'RUN curl -fsSL https://example.com/x.tgz | tar xz',
      good: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/x.tgz | tar xz',
    },
  },
  (context, report) => {
    const safe = new Map<number, boolean>();
    for (const inst of context.effective) {
      if (inst.keyword === 'SHELL') {
        let words: string[] = [];
        try {
          words = JSON.parse(inst.node.getArgumentsContent() ?? '[]') as string[];
        } catch {
          words = [];
        }
        const sh = (words[0] ?? '').split(/[\\/]/).pop() ?? '';
        const nonPosix = /^(pwsh|powershell|cmd)/i.test(sh);
        safe.set(inst.stage, nonPosix || (['bash', 'zsh', 'ash'].includes(sh.replace(/\.exe$/, '')) && words.some((w, i) => w === 'pipefail' && /^-\w*o$/.test(words[i - 1] ?? ''))));
        continue;
      }
      if (inst.keyword !== 'RUN' || safe.get(inst.stage)) continue;
      const shell = context.shell(inst);
      if (!shell?.hasPipe) continue;
      if (shell.commands.some((c) => commandName(c) === 'set' && hasFlag(c, 'o') && c.args.some((a) => a.value === 'pipefail'))) continue;
      report({
        range: inst.node.getInstructionRange(),
        message: l10n.t('This RUN uses a pipe: if an earlier command of the pipe fails, the build still succeeds. Set SHELL ["/bin/bash", "-o", "pipefail", "-c"] before it (or on Alpine ["/bin/ash", "-eo", "pipefail", "-c"]).'),
      });
    }
  },
);
