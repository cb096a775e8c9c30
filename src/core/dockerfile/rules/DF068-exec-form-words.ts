import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { jsonStrings } from '../jsonArgs';
import { basename } from '../posixPath';
import { defineRule } from './types';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'cmd', 'powershell', 'pwsh']);

/**
 * An exec-form item holding several words (`"--protected-mode no"`): Docker passes it
 * as ONE argument, so `redis-server` receives "--protected-mode no" instead of the
 * option and its value. Not reported for shell scripts (`sh -c "…"`), and for items
 * that do not start like an option or a command.
 */
export const execFormWords = defineRule(
  {
    code: 'DF068',
    keywords: ['CMD', 'ENTRYPOINT', 'RUN', 'HEALTHCHECK'],
    aliases: [],
    severity: 'warning',
    family: 'context',
    title: 'In the exec form, give each argument its own string',
    docs: docsUrl('DF068'),
    explanation: {
      why: 'The exec form does not split on spaces: ["redis-server", "--protected-mode no"] starts the program with ONE argument "--protected-mode no" (option and value glued together). Most programs then fail with "unknown option" or read it differently; redis-server happens to re-split its own options, which hides the mistake until you use the same pattern with another program. The shell form splits words; the exec form needs one string per word.',
      fix: 'Split the item: ["redis-server", "--protected-mode", "no"].',
      bad: 'CMD ["redis-server", "--protected-mode no"]',
      good: 'CMD ["redis-server", "--protected-mode", "no"]',
    },
  },
  (context, report) => {
    for (const inst of context.effective) {
      if (!['CMD', 'ENTRYPOINT', 'RUN', 'HEALTHCHECK'].includes(inst.keyword)) continue;
      if (!(inst.node.getArgumentsContent() ?? '').trim().startsWith('[') && inst.keyword !== 'HEALTHCHECK') continue;
      const strings = jsonStrings(context.lines, inst.node);
      if (strings.length === 0) continue;
      const values = strings.map((s) => s.value);
      if (values.some((v) => SHELLS.has(basename(v.split(/\s+/)[0] ?? '')) ) && values.some((v) => /^(-c|\/c|-Command)$/i.test(v))) continue;
      strings.forEach((s, i) => {
        const v = values[i]!;
        const parts = v.trim().split(/\s+/);
        if (parts.length < 2) return;
        const isOption = /^--?[A-Za-z]/.test(v) && parts.length === 2;
        const isCommand = i === 0 && inst.keyword !== 'HEALTHCHECK' && /^[\w./-]+$/.test(parts[0]!) && parts.every((p) => !/["'$|&;<>]/.test(p));
        if (!isOption && !isCommand) return;
        const split = parts.map((p) => JSON.stringify(p)).join(', ');
        report({
          range: s.range,
          message: isOption
            ? l10n.t('"{0}" is passed as ONE argument: the exec form does not split on spaces, so the program receives "{0}" instead of "{1}" followed by "{2}". Write them as separate strings: {3}.', v, parts[0]!, parts.slice(1).join(' '), split)
            : l10n.t('"{0}" is used as the name of the program to run: the exec form does not split on spaces, so Docker looks for an executable literally called "{0}". Write {1}.', v, split),
          fix: [{ title: l10n.t('Split into {0}', split), preferred: true, edits: [{ range: s.range, newText: split }] }],
        });
      });
    }
  },
);
