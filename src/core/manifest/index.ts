import * as l10n from '@vscode/l10n';
import { loadAll, YAMLException } from 'js-yaml';
import { docsUrl, type RuleMeta } from '../rule';
import type { Diagnostic } from '../diagnostic';
import { applyRuleSettings, type RuleSettings } from '../settings';

/** YAML that cannot be parsed: nothing else in the file can be judged. */
export const yamlSyntaxRule: RuleMeta = {
  code: 'YAML001',
  aliases: [],
  severity: 'error',
  title: 'YAML syntax error',
  docs: docsUrl('YAML001'),
};

export const manifestRules: readonly RuleMeta[] = [yamlSyntaxRule];

export interface ManifestLintOptions {
  readonly rules?: RuleSettings;
}

/** Templating languages (Helm, Jinja) are not YAML until rendered: leave them alone. */
function isTemplate(text: string): boolean {
  return /\{\{|\{%/.test(text);
}

/**
 * Lints a YAML file. For now: YAML syntax, with the exact position of the error.
 * Schema and rules for Kubernetes and Compose grow here.
 */
export function lintYaml(text: string, options: ManifestLintOptions = {}): Diagnostic[] {
  if (isTemplate(text)) return [];
  const rule = applyRuleSettings(yamlSyntaxRule, options.rules);
  if (!rule) return [];
  try {
    loadAll(text, () => undefined, { json: false });
    return [];
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark?.line ?? 0;
    const character = error.mark?.column ?? 0;
    return [
      {
        range: { start: { line, character }, end: { line, character: character + 1 } },
        severity: rule.severity,
        code: rule.code,
        aliases: rule.aliases,
        message: l10n.t('YAML syntax error: {0}', error.reason ?? error.message),
        docs: rule.docs,
      },
    ];
  }
}
