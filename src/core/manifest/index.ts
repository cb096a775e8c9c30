import { compareDiagnostics, type Diagnostic } from '../diagnostic';
import type { RuleMeta } from '../rule';
import { applyRuleSettings, type RuleSettings } from '../settings';
import { problemMessage, yamlLimitRule, yamlSyntaxRule } from './syntax';
import { parseYaml } from './yaml/parse';

export { yamlSyntaxRule, yamlLimitRule };

export const manifestRules: readonly RuleMeta[] = [yamlSyntaxRule, yamlLimitRule];

export interface ManifestLintOptions {
  readonly rules?: RuleSettings;
}

/** Templating languages (Helm, Jinja) are not YAML until rendered: leave them alone. */
function isTemplate(text: string): boolean {
  return /\{\{|\{%/.test(text);
}

/**
 * Lints a YAML file: every document is parsed with exact positions; a syntax error is
 * reported where it is and never hides the other documents' findings.
 */
export function lintYaml(text: string, options: ManifestLintOptions = {}): Diagnostic[] {
  if (isTemplate(text)) return [];
  const parsed = parseYaml(text);
  const out: Diagnostic[] = [];
  for (const doc of parsed.documents) {
    if (doc.problem) {
      const rule = applyRuleSettings(doc.problem.kind === 'syntax' ? yamlSyntaxRule : yamlLimitRule, options.rules);
      if (rule)
        out.push({
          range: parsed.lines.range(doc.problem.start, doc.problem.end),
          severity: rule.severity,
          code: rule.code,
          aliases: rule.aliases,
          message: problemMessage(doc.problem),
          docs: rule.docs,
        });
    }
  }
  return out.sort(compareDiagnostics);
}
