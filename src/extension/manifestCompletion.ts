import * as vscode from 'vscode';
import { completeAt } from '../core/manifest/explain';

/** Field names and enum values of Kubernetes manifests, from the same schema table as the hover. */
export class ManifestCompletionProvider implements vscode.CompletionItemProvider {
  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const entries = completeAt(document.getText(), position.line, position.character);
    const wordRange = document.getWordRangeAtPosition(position, /[\w.-]+/);
    return entries.map((e) => {
      const item = new vscode.CompletionItem(e.label, e.kind === 'field' ? vscode.CompletionItemKind.Field : vscode.CompletionItemKind.EnumMember);
      item.detail = e.detail;
      if (e.documentation) item.documentation = new vscode.MarkdownString(e.documentation);
      item.insertText = e.insertText;
      if (wordRange) item.range = wordRange;
      return item;
    });
  }
}

/** Typing a space after `key:` or a new indented line asks for values and fields. */
export const MANIFEST_COMPLETION_TRIGGERS = [' ', ':'];
