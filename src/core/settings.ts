import { SEVERITIES, type Severity } from './diagnostic';
import type { RuleMeta } from './rule';

export type RuleSetting = Severity | 'off';
/** Keys are our codes (`DF002`) or aliases (`DL3007`). */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

export function isRuleSetting(value: unknown): value is RuleSetting {
  return value === 'off' || (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value));
}

/** The rule with its configured severity, or `undefined` when it is turned off. */
export function applyRuleSettings<R extends RuleMeta>(rule: R, settings: RuleSettings | undefined): R | undefined {
  if (!settings) return rule;
  const setting = settings[rule.code] ?? rule.aliases.map((a) => settings[a]).find((s) => s !== undefined);
  if (setting === undefined) return rule;
  if (setting === 'off') return undefined;
  return { ...rule, severity: setting };
}
