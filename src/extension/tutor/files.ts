import * as vscode from 'vscode';

/**
 * Writes a whole text file. An open document is edited and saved (so editors and every reader
 * of the document see the new text at once, rather than after the file watcher reloads it).
 */
export async function writeTextFile(uri: vscode.Uri, text: string): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
  if (doc) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
    if (await vscode.workspace.applyEdit(edit)) {
      await doc.save();
      return;
    }
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}
