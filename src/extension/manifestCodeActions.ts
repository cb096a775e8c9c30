import * as vscode from 'vscode';
import type { Fix } from '../core/diagnostic';
import { lintText, type LintOptions } from '../core/lint';
import { ignoreAnnotationFix } from '../core/manifest/suppress';
import { DIAGNOSTIC_SOURCE, toVsRange } from './convert';

function codeOf(d: vscode.Diagnostic): string | undefined {
  if (typeof d.code === 'string' || typeof d.code === 'number') return String(d.code);
  return d.code ? String(d.code.value) : undefined;
}

/**
 * Quick fixes of manifest and Compose findings: the core computes them as pure text edits;
 * this adapter re-lints the document to get them, and offers "ignore for this object"
 * through the `kube-tutor.io/ignore` annotation.
 */
export class ManifestCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly options: (document: vscode.TextDocument) => LintOptions) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source?.startsWith(DIAGNOSTIC_SOURCE));
    if (ours.length === 0) return [];
    const text = document.getText();
    const core = lintText('yaml', text, { fileName: document.uri.path, ...this.options(document) });
    const actions: vscode.CodeAction[] = [];
    for (const vsd of ours) {
      const match = core.find((c) => c.code === codeOf(vsd) && toVsRange(c.range).isEqual(vsd.range));
      if (!match) continue;
      for (const fix of match.fix ?? []) actions.push(this.action(document, vsd, fix));
      const ignore = match.code.startsWith('K8S') ? ignoreAnnotationFix(text, match) : undefined;
      if (ignore) actions.push(this.action(document, vsd, ignore));
    }
    return actions;
  }

  private action(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, fix: Fix): vscode.CodeAction {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    const edit = new vscode.WorkspaceEdit();
    for (const e of fix.edits) edit.replace(document.uri, toVsRange(e.range), e.newText);
    action.edit = edit;
    action.diagnostics = [diagnostic];
    action.isPreferred = fix.preferred === true;
    return action;
  }
}
