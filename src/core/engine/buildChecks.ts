/**
 * BuildKit's build checks as `docker build` prints them at the end of a BuildKit build
 * (`1 warning found (use docker --debug to expand):` / ` - JSONArgsRecommended: … (line 3)`).
 * The findings are the Dockerfile validator's own (the rules carrying a BuildKit alias);
 * only the wording is BuildKit's, from moby/buildkit `frontend/dockerfile/linter/ruleset.go`.
 */
import { parseDockerfile, type Instruction } from '../dockerfile/parser';
import { lintDockerfile } from '../dockerfile';
import type { Diagnostic, Range } from '../diagnostic';

export interface BuildCheckWarning {
  /** BuildKit's rule name, e.g. `JSONArgsRecommended`. */
  readonly rule: string;
  /** BuildKit's message, without the rule name and line. */
  readonly message: string;
  /** One-based line of the finding. */
  readonly line: number;
}

interface Finding {
  /** The text the finding underlines. */
  readonly word: string;
  /** Keyword of the instruction holding the finding (`CMD`), as written. */
  readonly keyword: string;
  /** Argument words of that instruction. */
  readonly args: readonly string[];
}

/** ruleset.go's formats, by rule; `undefined` = keep the validator's own message. */
const MESSAGES: Record<string, (f: Finding) => string | undefined> = {
  StageNameCasing: (f) => `Stage name '${f.word}' should be lowercase`,
  FromAsCasing: (f) => `'${f.args[1] ?? 'as'}' and '${f.keyword}' keywords' casing do not match`,
  NoEmptyContinuation: () => 'Empty continuation line',
  ConsistentInstructionCasing: (f) => `Command '${f.keyword}' should match the case of the command majority (${f.keyword === f.keyword.toUpperCase() ? 'lowercase' : 'uppercase'})`,
  DuplicateStageName: (f) => `Duplicate stage name ${JSON.stringify(f.word.toLowerCase())}, stage names should be unique`,
  ReservedStageName: (f) => `Stage name should not use the same name as reserved stage ${JSON.stringify(f.word.toLowerCase())}`,
  JSONArgsRecommended: (f) => `JSON arguments recommended for ${f.keyword.toUpperCase()} to prevent unintended behavior related to OS signals`,
  MaintainerDeprecated: () => 'Maintainer instruction is deprecated in favor of using label',
  UndefinedArgInFrom: (f) => `FROM argument '${f.word.replace(/^\$\{?|\}$/g, '').replace(/[:-].*$/, '')}' is not declared`,
  WorkdirRelativePath: (f) => `Relative workdir ${JSON.stringify(f.word)} can have unexpected results if the base image changes`,
  UndefinedVar: (f) => `Usage of undefined variable '$${f.word.replace(/^\$\{?|\}$/g, '').replace(/[:-].*$/, '')}'`,
  MultipleInstructionsDisallowed: (f) => `Multiple ${f.keyword.toUpperCase()} instructions should not be used in the same stage because only the last one will be used`,
  LegacyKeyValueFormat: (f) => `"${f.keyword.toUpperCase()} key=value" should be used instead of legacy "${f.keyword.toUpperCase()} key value" format`,
  InvalidDefaultArgInFrom: (f) => `Default value for ARG ${f.word} results in empty or invalid base image name`,
  FromPlatformFlagConstDisallowed: (f) => `FROM --platform flag should not use constant value ${JSON.stringify(f.word)}`,
  SecretsUsedInArgOrEnv: (f) => `Do not use ARG or ENV instructions for sensitive data (${f.keyword.toUpperCase()} ${JSON.stringify(f.word)})`,
  RedundantTargetPlatform: (f) => `Setting platform to predefined ${f.word.replace(/^--platform=/, '')} in FROM is redundant as this is the default behavior`,
  ExposeProtoCasing: (f) => `Defined protocol '${f.word}' in EXPOSE instruction should be lowercase`,
  ExposeInvalidFormat: (f) => `EXPOSE instruction should not define an IP address or host-port mapping, found '${f.word}'`,
};

function slice(lines: readonly string[], range: Range): string {
  if (range.start.line === range.end.line) return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
  const parts = [(lines[range.start.line] ?? '').slice(range.start.character)];
  for (let l = range.start.line + 1; l < range.end.line; l++) parts.push(lines[l] ?? '');
  parts.push((lines[range.end.line] ?? '').slice(0, range.end.character));
  return parts.join('\n');
}

/** The BuildKit build-check warnings of a Dockerfile, in line order. */
export function buildCheckWarnings(text: string, findings: readonly Diagnostic[] = lintDockerfile(text)): BuildCheckWarning[] {
  const out: BuildCheckWarning[] = [];
  let lines: string[] | undefined;
  let instructions: Instruction[] | undefined;
  for (const d of findings) {
    if (d.severity === 'error') continue;
    const rule = d.aliases.find((a) => a in MESSAGES || /^[A-Z][A-Za-z]+$/.test(a));
    if (!rule) continue;
    lines ??= text.split(/\r?\n/);
    instructions ??= parseDockerfile(text).getInstructions();
    const line = d.range.start.line;
    const instr = instructions.find((i) => i.getRange().start.line <= line && i.getRange().end.line >= line);
    const finding: Finding = { word: slice(lines, d.range), keyword: instr?.getInstruction() ?? '', args: instr?.getArguments().map((a) => a.getValue()) ?? [] };
    out.push({ rule, message: MESSAGES[rule]?.(finding) ?? d.message, line: line + 1 });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** ` 1 warning found (use docker --debug to expand):` and one ` - Rule: message (line N)` per warning (buildx printWarnings). */
export function warningSummary(warnings: readonly BuildCheckWarning[]): string {
  if (!warnings.length) return '';
  const head = `${warnings.length} warning${warnings.length === 1 ? '' : 's'} found (use docker --debug to expand):`;
  return `\n ${head}\n${warnings.map((w) => ` - ${w.rule}: ${w.message} (line ${w.line})\n`).join('')}`;
}
