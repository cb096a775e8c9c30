import * as vscode from 'vscode';
import type { BuildContextSnapshot } from '../core/dockerfile';

const MAX_FILES = 5000;
const SCRIPT = /\.(m?js|cjs|ts|py|go|rb)$/;
const MAX_SCRIPTS = 50;
const MAX_SCRIPT_BYTES = 256 * 1024;

/**
 * Build-context snapshots for the editor: the folder of a Dockerfile (what
 * `docker build .` next to it sends), loaded asynchronously with vscode.workspace.fs and
 * refreshed when files are created, deleted, renamed or saved. The linter stays
 * synchronous: until a snapshot is ready, context rules simply do not run.
 */
export class BuildContexts implements vscode.Disposable {
  private readonly snapshots = new Map<string, BuildContextSnapshot>();
  private readonly loading = new Set<string>();
  /** Folders whose snapshot failed: not retried on every keystroke (context rules stay silent there). */
  private readonly failed = new Set<string>();
  /** Fires with the folders (URI strings) whose snapshot loaded or was invalidated. */
  private readonly changed = new vscode.EventEmitter<readonly string[]>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly log: vscode.LogOutputChannel) {
    const invalidate = (uris: readonly vscode.Uri[]) => {
      const folders = new Set<string>();
      for (const uri of uris) {
        for (const key of [...this.snapshots.keys(), ...this.failed]) {
          if (uri.toString().startsWith(`${key}/`)) {
            this.snapshots.delete(key);
            this.failed.delete(key);
            folders.add(key);
          }
        }
      }
      if (folders.size > 0) this.changed.fire([...folders]);
    };
    const ignoreWatcher = vscode.workspace.createFileSystemWatcher('**/.dockerignore');
    this.disposables.push(
      ignoreWatcher,
      ignoreWatcher.onDidChange((u) => invalidate([u])),
      ignoreWatcher.onDidCreate((u) => invalidate([u])),
      ignoreWatcher.onDidDelete((u) => invalidate([u])),
      vscode.workspace.onDidCreateFiles((e) => invalidate(e.files)),
      vscode.workspace.onDidDeleteFiles((e) => invalidate(e.files)),
      vscode.workspace.onDidRenameFiles((e) => invalidate(e.files.flatMap((f) => [f.oldUri, f.newUri]))),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (d.languageId !== 'dockerfile') invalidate([d.uri]);
      }),
    );
  }

  /** The snapshot of the document's folder, or `undefined` while it loads (or for untitled files). */
  for(document: { readonly uri: vscode.Uri }): BuildContextSnapshot | undefined {
    if (document.uri.scheme === 'untitled' || !vscode.workspace.getWorkspaceFolder(document.uri)) return undefined;
    const dir = vscode.Uri.joinPath(document.uri, '..');
    const key = dir.toString();
    const snapshot = this.snapshots.get(key);
    if (!snapshot && !this.loading.has(key) && !this.failed.has(key)) {
      this.loading.add(key);
      void this.load(dir)
        .then((s) => {
          this.snapshots.set(key, s);
          this.changed.fire([key]);
        })
        .catch(async (error: unknown) => {
          this.failed.add(key);
          const message = `build context ${dir.fsPath}: ${error instanceof Error ? error.message : String(error)}`;
          // A folder deleted while its context loaded (the search then fails to spawn in it) is no news.
          const gone = await Promise.resolve(vscode.workspace.fs.stat(dir)).then(
            () => false,
            () => true,
          );
          if (gone) this.log.debug(message);
          else this.log.warn(message);
        })
        .finally(() => this.loading.delete(key));
    }
    return snapshot;
  }

  private async load(dir: vscode.Uri): Promise<BuildContextSnapshot> {
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(dir, '**/*'), '**/{node_modules,.git}/**', MAX_FILES);
    const prefix = `${dir.path.replace(/\/$/, '')}/`;
    const files = uris.map((u) => u.path.slice(prefix.length)).filter((p) => p !== '');
    const decoder = new TextDecoder();
    const read = async (rel: string): Promise<string | undefined> => {
      try {
        const uri = vscode.Uri.joinPath(dir, rel);
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > MAX_SCRIPT_BYTES) return undefined;
        return decoder.decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        return undefined;
      }
    };
    const texts = new Map<string, string>();
    for (const rel of files.filter((f) => SCRIPT.test(f)).slice(0, MAX_SCRIPTS)) {
      const text = await read(rel);
      if (text !== undefined) texts.set(rel, text);
    }
    const dockerignore = files.includes('.dockerignore') ? await read('.dockerignore') : undefined;
    return { files, ...(dockerignore !== undefined ? { dockerignore } : {}), readFile: (p) => texts.get(p) };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
