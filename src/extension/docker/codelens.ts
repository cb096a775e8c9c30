import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';

/** "Build image" above the first FROM of a Dockerfile. */
export class BuildCodeLensProvider implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    for (let i = 0; i < document.lineCount; i++) {
      if (/^\s*FROM\s/i.test(document.lineAt(i).text)) {
        return [new vscode.CodeLens(document.lineAt(i).range, { title: l10n.t('$(tools) Build image'), command: 'kubeTutor.buildImage', arguments: [document.uri] })];
      }
    }
    return [];
  }
}
