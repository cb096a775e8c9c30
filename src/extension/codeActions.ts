import * as vscode from 'vscode';
import type { Diagnostic as CoreDiagnostic, Fix } from '../core/diagnostic';
import { ignoreRuleFix } from '../core/dockerfile';
import { lintText, type LintOptions } from '../core/lint';
import { DIAGNOSTIC_SOURCE, toVsRange } from './convert';

function codeOf(d: vscode.Diagnostic): string | undefined {
  if (typeof d.code === 'string' || typeof d.code === 'number') return String(d.code);
  return d.code ? String(d.code.value) : undefined;
}

/**
 * Quick fixes of Kube Tutor diagnostics: the core computes fixes as pure text edits;
 * this adapter re-lints the document (fast) to get them and wraps them as CodeActions,
 * plus an "ignore this rule here" pragma for every finding.
 */
export class DockerfileCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly options: (document: vscode.TextDocument) => LintOptions) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source?.startsWith(DIAGNOSTIC_SOURCE));
    if (ours.length === 0) return [];
    const text = document.getText();
    const core = lintText('dockerfile', text, this.options(document));
    const actions: vscode.CodeAction[] = [];
    for (const vsd of ours) {
      const match = core.find((c) => c.code === codeOf(vsd) && toVsRange(c.range).isEqual(vsd.range));
      if (!match) continue;
      for (const fix of match.fix ?? []) actions.push(this.action(document, vsd, fix));
      actions.push(this.action(document, vsd, ignoreRuleFix(text, match as CoreDiagnostic)));
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
