import { compareDiagnostics, type Diagnostic } from '../diagnostic';
import { toDiagnostic, type Finding } from '../rule';
import type { RuleSettings } from '../settings';
import { applyRuleSettings } from '../settings';
import type { BuildContextSnapshot } from './buildContext';
import { createContext, type DockerfileContext } from './context';
import { hadolintRuleSettings, type HadolintConfig } from './hadolintConfig';
import { dockerfileRules } from './rules';
import { INSTRUCTIONS } from './rules/util';
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
  const present = presentMask(context);
  for (let r = 0; r < dockerfileRules.length; r++) {
    const rule = dockerfileRules[r]!;
    const needs = RULE_MASKS[r]!;
    if (needs !== -1 && (needs & present) === 0) continue; // none of the rule's keywords occurs: it cannot apply
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

/** A bit per instruction keyword, for the registry's "can this rule apply here" test. */
const KEYWORD_BITS = new Map(INSTRUCTIONS.map((keyword, i) => [keyword, 1 << i]));
const keywordMask = (keywords: readonly string[]) => keywords.reduce((mask, k) => mask | (KEYWORD_BITS.get(k) ?? 0), 0);
/** Per rule (same order as `dockerfileRules`): the keywords it needs, as bits; -1 for "always". */
const RULE_MASKS = dockerfileRules.map((rule) => (rule.keywords ? keywordMask(rule.keywords) : -1));

/** The keywords of a file's instructions and ONBUILD triggers, as bits. */
function presentMask(context: DockerfileContext): number {
  let mask = 0;
  for (const inst of context.instructions) mask |= KEYWORD_BITS.get(inst.keyword) ?? 0;
  for (const inst of context.effective) if (inst.onbuild) mask |= KEYWORD_BITS.get(inst.keyword) ?? 0;
  return mask;
}

export { dockerfileRules };
export { parseHadolintConfig, type HadolintConfig } from './hadolintConfig';
export type { BuildContextSnapshot } from './buildContext';
export { ignoreRuleFix, applyEdits } from './pragmaFix';
