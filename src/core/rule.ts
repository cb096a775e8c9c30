import type { Diagnostic, Fix, Range, RelatedLocation, Severity, DiagnosticTag } from './diagnostic';

/** Metadata of a rule: what `kube-tutor rules` lists and what docs are made from. */
export interface RuleMeta {
  /** Stable code: `DF…` for Dockerfiles, `K8S…` for manifests. Never reused. */
  readonly code: string;
  /** Equivalent ids in hadolint, BuildKit, kube-linter… */
  readonly aliases: readonly string[];
  readonly severity: Severity;
  /** One line, imperative, English (localized at the edge). */
  readonly title: string;
  /** URL of the rule's documentation page. */
  readonly docs: string;
}

/** What a rule reports; the registry turns it into a `Diagnostic`. */
export interface Finding {
  readonly range: Range;
  readonly message: string;
  /** Overrides the rule's aliases for this finding. */
  readonly aliases?: readonly string[];
  readonly tags?: readonly DiagnosticTag[];
  readonly fix?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
}

export interface Rule<Context> extends RuleMeta {
  check(context: Context, report: (finding: Finding) => void): void;
}

export const DOCS_BASE = 'https://github.com/kube-tutor/kube-tutor/blob/main/docs/rules/';

export function docsUrl(code: string): string {
  return `${DOCS_BASE}${code}.md`;
}

export function toDiagnostic(rule: RuleMeta, finding: Finding): Diagnostic {
  // optional fields assigned, not spread (the same keys in the same order; spreads cost)
  const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
    range: finding.range,
    severity: rule.severity,
    code: rule.code,
    aliases: finding.aliases ?? rule.aliases,
    message: finding.message,
    docs: rule.docs,
  };
  if (finding.tags) d.tags = finding.tags;
  if (finding.fix) d.fix = finding.fix;
  if (finding.related?.length) d.related = finding.related;
  return d;
}

export function describeRule(rule: RuleMeta): RuleMeta {
  return { code: rule.code, aliases: rule.aliases, severity: rule.severity, title: rule.title, docs: rule.docs };
}
