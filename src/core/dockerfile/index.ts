import { compareDiagnostics, type Diagnostic } from '../diagnostic';
import { toDiagnostic } from '../rule';
import type { RuleSettings } from '../settings';
import { applyRuleSettings } from '../settings';
import { createContext } from './context';
import { dockerfileRules } from './rules';

export interface DockerfileLintOptions {
  /** Per-code severity override or `off` (keys: our code or an alias). */
  readonly rules?: RuleSettings;
}

/** Lints one Dockerfile. Never throws: a failing rule is reported, the others still run. */
export function lintDockerfile(text: string, options: DockerfileLintOptions = {}): Diagnostic[] {
  const context = createContext(text);
  const out: Diagnostic[] = [];
  for (const rule of dockerfileRules) {
    const effective = applyRuleSettings(rule, options.rules);
    if (!effective) continue;
    try {
      rule.check(context, (finding) => out.push(toDiagnostic(effective, finding)));
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

export { dockerfileRules };
