import * as vscode from 'vscode';
import type { EditRequest } from '../../core/shell/types';

export const EDIT_SCHEME = 'kubetutor-edit';

interface Entry {
  request: EditRequest;
  content: Uint8Array;
  mtime: number;
  /** Writes the outcome of each save (the terminal that ran `kubectl edit`). */
  report: (text: string) => void;
}

/**
 * The editor behind `kubectl edit` in the Kube Tutor terminal: each edit is an in-memory
 * file (`kubetutor-edit:/1/deployment-kubia.yaml`); saving it applies the text to the cluster
 * through the request, the outcome goes back to the terminal in kubectl's words, and a failed
 * save reloads the text with the failures as comments on top (as kubectl reopens its editor).
 * Nothing is written to the workspace.
 */
export class ClusterEditor implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly files = new Map<string, Entry>();
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  private readonly registration: vscode.Disposable;
  private next = 1;
  /** Outcomes of saves, newest last (for tests and the log). */
  readonly outcomes: Array<{ readonly uri: string; readonly status: string; readonly message: string }> = [];

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.registration = vscode.workspace.registerFileSystemProvider(EDIT_SCHEME, this, { isCaseSensitive: true });
  }

  /** Opens `request` in an editor tab; `report` prints each save's outcome. */
  async open(request: EditRequest, report: (text: string) => void): Promise<vscode.Uri> {
    const uri = vscode.Uri.from({ scheme: EDIT_SCHEME, path: `/${this.next++}/${request.name}` });
    this.files.set(uri.path, { request, content: new TextEncoder().encode(request.text), mtime: Date.now(), report });
    const document = await vscode.workspace.openTextDocument(uri);
    if (request.name.endsWith('.yaml') && document.languageId !== 'yaml') await vscode.languages.setTextDocumentLanguage(document, 'yaml');
    await vscode.window.showTextDocument(document, { preview: false });
    return uri;
  }

  private entry(uri: vscode.Uri): Entry {
    const e = this.files.get(uri.path);
    if (!e) throw vscode.FileSystemError.FileNotFound(uri);
    return e;
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    if (uri.path === '/' || /^\/\d+$/.test(uri.path)) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const e = this.entry(uri);
    return { type: vscode.FileType.File, ctime: e.mtime, mtime: e.mtime, size: e.content.byteLength };
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  readFile(uri: vscode.Uri): Uint8Array {
    return this.entry(uri).content;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    const e = this.entry(uri);
    let outcome;
    try {
      outcome = e.request.save(new TextDecoder().decode(content));
    } catch (error) {
      this.log.error(`kubectl edit: ${(error as Error).stack ?? error}`);
      outcome = { status: 'error' as const, message: `error: ${(error as Error).message}` };
    }
    this.outcomes.push({ uri: uri.toString(), status: outcome.status, message: outcome.message });
    for (const line of outcome.applied ?? []) e.report(`${line}\n`);
    e.report(`${outcome.message}\n`);
    e.content = content;
    e.mtime = Date.now();
    const reopened = outcome.text;
    if (reopened !== undefined) {
      // Like kubectl reopening its editor: once the save has settled, the tab shows the text
      // with the failures on top (unsaved, so the next save is the learner's fix).
      setTimeout(() => void this.reopen(uri, reopened), 0);
      void vscode.window.showErrorMessage(vscode.l10n.t('{0}: not saved to the cluster. The errors are at the top of the file; fix them and save again.', e.request.title));
    }
  }

  private async reopen(uri: vscode.Uri, text: string): Promise<void> {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!document) return;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
    if (!(await vscode.workspace.applyEdit(edit))) this.log.warn(`kubectl edit: could not show the failures in ${uri.toString()}`);
  }

  createDirectory(): void {}

  delete(uri: vscode.Uri): void {
    this.files.delete(uri.path);
  }

  rename(): void {
    throw vscode.FileSystemError.NoPermissions(vscode.l10n.t('Edits of cluster objects cannot be renamed.'));
  }

  dispose(): void {
    this.registration.dispose();
    this.emitter.dispose();
  }
}
