import * as vscode from 'vscode';
import { explanationFor } from '../core/tutor/explanations';
import { explanationUri } from './tutor/explain';
import type { Diagnostic, Range, Severity } from '../core/diagnostic';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'Kube Tutor';

export function toVsRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function toVsDiagnostic(d: Diagnostic): vscode.Diagnostic {
  const out = new vscode.Diagnostic(toVsRange(d.range), d.message, SEVERITY[d.severity]);
  out.source = d.aliases.length ? `${DIAGNOSTIC_SOURCE} (${d.aliases.join(', ')})` : DIAGNOSTIC_SOURCE;
  // The code links to the tutor's explanation (which names the upstream docs); else to the docs.
  out.code = explanationFor(d.code) ? { value: d.code, target: explanationUri(d.code) } : d.docs ? { value: d.code, target: vscode.Uri.parse(d.docs) } : d.code;
  if (d.tags?.length) {
    out.tags = d.tags.map((t) => (t === 'unnecessary' ? vscode.DiagnosticTag.Unnecessary : vscode.DiagnosticTag.Deprecated));
  }
  return out;
}

/** The code of a diagnostic (`DF002`), plain or with a target link. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  if (typeof d.code === 'string' || typeof d.code === 'number') return String(d.code);
  return d.code ? String(d.code.value) : undefined;
}
