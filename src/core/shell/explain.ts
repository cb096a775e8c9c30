/**
 * `explain CODE` in the Kube Tutor terminal: the tutor's explanation of an error (why, how to
 * fix it, the real command; a manifest code's fixed example). Errors printed by other commands
 * end with a hint to run it.
 */
import * as l10n from '@vscode/l10n';
import { EXPLANATIONS, explainOutput, explanationFor, simulatorErrorExplanations, type Explanation } from '../tutor/explanations';
import { pick, type Locale } from '../tutor/text';
import type { CommandContext, CommandProvider } from './types';

/** The codes of the errors `text` shows (at most three), in catalogue order. */
export function errorCodes(text: string): string[] {
  return explainOutput(text)
    .map((e) => e.code)
    .slice(0, 3);
}

/** The hint line for terminal output that shows known errors, or undefined. */
export function hintLine(text: string): string | undefined {
  const codes = errorCodes(text);
  if (!codes.length) return undefined;
  return l10n.t('hint: run {0}', codes.map((c) => `"explain ${c}"`).join(', '));
}

/** Where a terminal line says `explain CODE` for a known code (the hint line, or typed): the terminal's links. */
export function explainLinks(line: string): Array<{ startIndex: number; length: number; code: string }> {
  const links: Array<{ startIndex: number; length: number; code: string }> = [];
  for (const m of line.matchAll(/\bexplain ([A-Za-z][A-Za-z0-9_.-]{0,63})/g)) {
    const e = find(m[1]!);
    if (e) links.push({ startIndex: m.index, length: m[0].length, code: e.code });
  }
  return links;
}

function find(code: string): Explanation | undefined {
  const exact = explanationFor(code);
  if (exact) return exact;
  const lower = code.toLowerCase();
  const known = [...EXPLANATIONS, ...simulatorErrorExplanations()].find((e) => e.code.toLowerCase() === lower);
  return known ?? explanationFor(code.toUpperCase());
}

export class ExplainProvider implements CommandProvider {
  readonly names = ['explain'];
  readonly summary = 'explain CODE — why an error happens and how to fix it';

  constructor(private readonly locale: Locale = 'en') {}

  run(argv: readonly string[], ctx: CommandContext): number {
    const code = argv[1];
    if (!code || code === '--help' || code === '-h') {
      const entries = [...new Map([...EXPLANATIONS, ...simulatorErrorExplanations()].map((e) => [e.code, e])).values()];
      const width = Math.max(...entries.map((e) => e.code.length)) + 2;
      ctx.out(`${l10n.t('Usage: explain CODE (an error name from the terminal or a rule code from the Problems panel)')}\n\n`);
      for (const e of entries) ctx.out(`  ${e.code.padEnd(width)}${pick(e.title, this.locale)}\n`);
      return code ? 0 : 1;
    }
    const e = find(code);
    if (!e) {
      ctx.err(`${l10n.t('explain: no explanation for "{0}". Run "explain" to list the known codes.', code)}\n`);
      return 1;
    }
    ctx.out(
      [
        `${e.code}: ${pick(e.title, this.locale)}`,
        '',
        l10n.t('Why: {0}', pick(e.why, this.locale)),
        l10n.t('Fix: {0}', pick(e.fix, this.locale)),
        ...(e.command ? ['', `  $ ${e.command}`] : []),
        // Manifest codes: the fixed example (YAML is code, only its label is translated).
        ...(e.example ? ['', l10n.t('Fixed example:'), ...e.example.split('\n').map((l) => (l ? `  ${l}` : l))] : []),
        '',
      ].join('\n'),
    );
    return 0;
  }
}
