/**
 * The one finding type of Kube Tutor. Rules produce it, the extension maps it to
 * `vscode.Diagnostic`, the CLI prints it as text, JSON or SARIF.
 * Positions are zero-based, as in the Language Server Protocol.
 */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A quick fix: a titled set of edits on the same document. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix Auto Fix may apply without asking. */
  readonly preferred?: boolean;
}

export type DiagnosticTag = 'unnecessary' | 'deprecated';

/** Another place that explains a finding (the other half of a duplicate, the selected pods…). */
export interface RelatedLocation {
  /** The file's path as the caller named it (the same names the cross-file messages use). */
  readonly path: string;
  readonly range: Range;
  readonly message: string;
}

export interface Diagnostic {
  readonly range: Range;
  readonly severity: Severity;
  /** Our stable code, e.g. `DF002`. */
  readonly code: string;
  /** Equivalent ids of other tools, e.g. `["DL3007"]`; their pragmas work too. */
  readonly aliases: readonly string[];
  readonly message: string;
  /** Link to the rule's documentation page. */
  readonly docs?: string;
  readonly tags?: readonly DiagnosticTag[];
  /** Quick fixes, computed by the rule from the text alone. */
  readonly fix?: readonly Fix[];
  /** Other places involved (cross-resource findings): `DiagnosticRelatedInformation` in the editor. */
  readonly related?: readonly RelatedLocation[];
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.code.localeCompare(b.code)
  );
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] <= SEVERITY_RANK[threshold];
}
