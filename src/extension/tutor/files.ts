import * as vscode from 'vscode';

/**
 * Writes a whole text file. An open document is edited and saved (so editors and every reader
 * of the document see the new text at once, rather than after the file watcher reloads it).
 */
export async function writeTextFile(uri: vscode.Uri, text: string): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
  // A document whose text already matches may be stale (the file changed on disk and the watcher
  // has not reloaded it yet): an edit would change nothing and save would skip the write.
  if (doc && doc.getText() !== text) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
    if (await vscode.workspace.applyEdit(edit)) {
      await doc.save();
      return;
    }
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}
