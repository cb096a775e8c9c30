import * as vscode from 'vscode';

/** What happened to a file matching the pattern (watcher events, saved and created alike). */
export interface WorkspaceFileEvent {
  readonly uri: vscode.Uri;
  readonly type: 'created' | 'changed' | 'deleted';
}

export interface WorkspaceFileText {
  readonly uri: vscode.Uri;
  readonly text: string;
  /** Changes whenever the text may have: `mtime:size` on disk, `v<version>` for an open document. */
  readonly stamp: string;
}

const MAX_FILES = 500;
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * Files of the workspace that match one glob, read through `vscode.workspace.fs` (remote and
 * virtual workspaces work) and cached by mtime and size; open documents are read from the
 * editor (unsaved text wins). Listing honours `files.exclude` (it goes through `findFiles`).
 * A watcher reports created/changed/deleted files. Generic on purpose: the Dockerfile scan
 * (`workspaceScan.ts`) has the same shape and the two can merge.
 */
export class WorkspaceFiles implements vscode.Disposable {
  private readonly cache = new Map<string, { stamp: string; text: string }>();
  private readonly emitter = new vscode.EventEmitter<WorkspaceFileEvent>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  /** `pattern`: a glob relative to a folder, e.g. `*.{yaml,yml}`. */
  constructor(
    private readonly pattern: string,
    private readonly log?: vscode.LogOutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${pattern}`);
    const fire = (uri: vscode.Uri, type: WorkspaceFileEvent['type']) => {
      if (type !== 'changed') this.cache.delete(uri.toString());
      this.emitter.fire({ uri, type });
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate((u) => fire(u, 'created')),
      watcher.onDidChange((u) => fire(u, 'changed')),
      watcher.onDidDelete((u) => fire(u, 'deleted')),
    );
  }

  /** Matching files directly in `folder` (not below it: what `kubectl apply -f DIR` reads), sorted. */
  async list(folder: vscode.Uri): Promise<vscode.Uri[]> {
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, this.pattern), undefined, MAX_FILES);
    return uris.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** The text of a file: its open document if any, else the disk (cached); `undefined` when unreadable. */
  async read(uri: vscode.Uri): Promise<WorkspaceFileText | undefined> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open) return { uri, text: open.getText(), stamp: `v${open.version}` };
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_BYTES) return undefined;
      const stamp = `${stat.mtime}:${stat.size}`;
      const cached = this.cache.get(key);
      if (cached?.stamp === stamp) return { uri, text: cached.text, stamp };
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      this.cache.set(key, { stamp, text });
      return { uri, text, stamp };
    } catch (error) {
      this.cache.delete(key);
      this.log?.debug(`${uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.cache.clear();
  }
}
