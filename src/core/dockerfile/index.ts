import { compareDiagnostics, type Diagnostic } from '../diagnostic';
import { toDiagnostic, type Finding } from '../rule';
import type { RuleSettings } from '../settings';
import { applyRuleSettings } from '../settings';
import type { BuildContextSnapshot } from './buildContext';
import { createContext, type DockerfileContext } from './context';
import { hadolintRuleSettings, type HadolintConfig } from './hadolintConfig';
import { dockerfileRules } from './rules';
import type { DockerfileRule } from './rules/types';
import { isBuildkitCheck, isSuppressed, parseSuppressions } from './suppress';

export interface DockerfileLintOptions {
  /** Per-code severity override or `off` (keys: our code or an alias). Wins over `hadolint`. */
  readonly rules?: RuleSettings;
  /** A parsed `.hadolint.yaml` (see `parseHadolintConfig`). */
  readonly hadolint?: HadolintConfig;
  /** The build context, for checks no other linter can make (missing or ignored files…). */
  readonly buildContext?: BuildContextSnapshot;
}

/** Lints one Dockerfile. Never throws: a failing rule is reported, the others still run. */
export function lintDockerfile(text: string, options: DockerfileLintOptions = {}): Diagnostic[] {
  const context = createContext(text, { hadolint: options.hadolint, buildContext: options.buildContext });
  const settings: RuleSettings | undefined = options.hadolint
    ? { ...hadolintRuleSettings(options.hadolint), ...options.rules }
    : options.rules;
  const suppressions = parseSuppressions(context, !options.hadolint?.disableIgnorePragma);
  const out: Diagnostic[] = [];
  let effective: DockerfileRule | undefined;
  // one report function for all rules (the rule it reports for is `effective`)
  const report = (finding: Finding) => {
    let d = toDiagnostic(effective!, finding);
    if (isSuppressed(context, suppressions, d)) return;
    if (suppressions.checkError && d.aliases.some(isBuildkitCheck)) d = { ...d, severity: 'error' };
    out.push(d);
  };
  const present = presentKeywords(context);
  for (const rule of dockerfileRules) {
    if (rule.keywords !== undefined && !occursAny(rule.keywords, present)) continue; // cannot apply to this file
    effective = applyRuleSettings(rule, settings);
    if (!effective) continue;
    try {
      rule.check(context, report);
    } catch (error) {
      out.push({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 'error',
        code: 'DF000',
        aliases: [],
        message: `Internal error in rule ${rule.code}: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return out.sort(compareDiagnostics);
}

/** The distinct keywords of a file's instructions and ONBUILD triggers (few: a list beats a Set). */
function presentKeywords(context: DockerfileContext): string[] {
  const out: string[] = [];
  for (const list of [context.instructions, context.effective]) {
    for (const inst of list) if (!out.includes(inst.keyword)) out.push(inst.keyword);
  }
  return out;
}

function occursAny(keywords: readonly string[], present: readonly string[]): boolean {
  for (const k of keywords) if (present.includes(k)) return true;
  return false;
}

export { dockerfileRules };
export { parseHadolintConfig, type HadolintConfig } from './hadolintConfig';
export type { BuildContextSnapshot } from './buildContext';
export { ignoreRuleFix, applyEdits } from './pragmaFix';
