import * as vscode from 'vscode';
import type { Diagnostic as CoreDiagnostic, Fix } from '../core/diagnostic';
import type { FileKind } from '../core/files';
import { lintText, type LintOptions } from '../core/lint';
import { DIAGNOSTIC_SOURCE, codeOf, toVsRange } from './convert';


/** The "ignore this rule here" fix of a linter (a pragma line, an annotation…), if it has one. */
export type SuppressionFix = (text: string, diagnostic: CoreDiagnostic) => Fix | undefined;

/**
 * Quick fixes of Kube Tutor diagnostics, for Dockerfiles and for manifests alike: the core
 * computes fixes as pure text edits; this adapter re-lints the document (fast) to get them,
 * wraps them as CodeActions, and adds the linter's own "ignore this rule here" fix.
 */
export class LintCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly kind: FileKind,
    private readonly options: (document: vscode.TextDocument) => LintOptions,
    private readonly suppress: SuppressionFix,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source?.startsWith(DIAGNOSTIC_SOURCE));
    if (ours.length === 0) return [];
    const text = document.getText();
    const core = lintText(this.kind, text, { fileName: document.uri.path, ...this.options(document) });
    const actions: vscode.CodeAction[] = [];
    for (const vsd of ours) {
      const match = core.find((c) => c.code === codeOf(vsd) && toVsRange(c.range).isEqual(vsd.range));
      if (!match) continue;
      for (const fix of match.fix ?? []) actions.push(fixAction(document, vsd, fix));
      const ignore = this.suppress(text, match);
      if (ignore) actions.push(fixAction(document, vsd, ignore));
    }
    return actions;
  }
}

/** A core fix (text edits on `document`) as the quick fix of `diagnostic`. */
export function fixAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, fix: Fix): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) edit.replace(document.uri, toVsRange(e.range), e.newText);
  action.edit = edit;
  action.diagnostics = [diagnostic];
  action.isPreferred = fix.preferred === true;
  return action;
}
