import * as vscode from 'vscode';

/** What happened to a file of the scan: found (first scan, created, renamed to), saved, or gone. */
export interface ScanChange {
  readonly kind: 'added' | 'changed' | 'removed';
  readonly uri: vscode.Uri;
}

export interface WorkspaceScanOptions {
  /** What the files are, for the log ("Dockerfile", "manifest"). */
  readonly label: string;
  /** File-name patterns matched in every folder (`Dockerfile`, `*.Dockerfile`, `*.yaml`…). */
  readonly names: readonly string[];
  /** At most this many files are tracked; the rest is logged and left to the open-document path. */
  readonly maxFiles: number;
  /** Folders never scanned, besides `files.exclude` (default: node_modules). */
  readonly exclude?: string;
  /** Wait after a burst of file creations before searching again (ms). */
  readonly rescanDelayMs?: number;
}

/** A workspace search slower than this is given up (logged); the next change searches again. */
const SEARCH_TIMEOUT_MS = 30_000;

/** `**\/{a,b}` from file-name patterns (one name needs no braces: `{a}` is not a group everywhere). */
export function globForNames(names: readonly string[]): string {
  return names.length === 1 ? `**/${names[0]}` : `**/{${names.join(',')}}`;
}

/**
 * The files of the workspace whose names match some patterns, found in the background with
 * `workspace.findFiles` (which honours `files.exclude`) and kept current by a
 * FileSystemWatcher: a change of a known file is reported as `changed`, deletions (of the file
 * or a folder holding it) as `removed`, and creations trigger a new search (debounced), so a new
 * file obeys the same exclusions and cap as the first scan. Reading is left to the listener; the
 * scan never opens documents and never runs anything, so it is safe in untrusted workspaces.
 */
export class WorkspaceScan implements vscode.Disposable {
  private readonly known = new Map<string, vscode.Uri>();
  private readonly emitter = new vscode.EventEmitter<readonly ScanChange[]>();
  /** Every change, in batches (the first scan is one batch of `added`). */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private searching: Promise<void> = Promise.resolve();
  private warnedCap = false;
  /** Resolves when the first search has been reported. */
  readonly ready: Promise<void>;

  constructor(
    private readonly options: WorkspaceScanOptions,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(globForNames(options.names));
    // A deleted folder is reported as the folder alone, which the name pattern does not match.
    // A created folder may be too: a file written into it at once can land before the OS watch
    // on the new folder exists (inotify), so its own event is lost and only the search finds it.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      watcher,
      folders,
      folders.onDidDelete((uri) => this.removeUnder(uri)),
      folders.onDidCreate((uri) => void this.rescanIfFolder(uri)),
      watcher.onDidCreate(() => this.scheduleRescan()),
      watcher.onDidChange((uri) => {
        if (this.known.has(uri.toString())) this.emitter.fire([{ kind: 'changed', uri }]);
      }),
      watcher.onDidDelete((uri) => this.removeUnder(uri)),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.removeUnder(uri))),
      vscode.workspace.onDidRenameFiles((e) => {
        e.files.forEach((f) => this.removeUnder(f.oldUri));
        this.scheduleRescan();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleRescan()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('files.exclude')) this.scheduleRescan();
      }),
    );
    this.ready = this.rescan();
  }

  /** The files found, in search order. */
  files(): vscode.Uri[] {
    return [...this.known.values()];
  }

  has(uri: vscode.Uri): boolean {
    return this.known.has(uri.toString());
  }

  private scheduleRescan(): void {
    if (this.disposed) return;
    clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => {
      this.rescanTimer = undefined;
      void this.rescan();
    }, this.options.rescanDelayMs ?? 300);
  }

  private async rescanIfFolder(uri: vscode.Uri): Promise<void> {
    if (this.rescanTimer !== undefined) return; // a burst of creations: one search is already due
    try {
      if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) this.scheduleRescan();
    } catch {
      // gone again: nothing to find
    }
  }

  private removeUnder(uri: vscode.Uri): void {
    if (this.known.size === 0) return;
    const key = uri.toString();
    const removed: ScanChange[] = [];
    for (const [k, u] of this.known) {
      if (k === key || k.startsWith(`${key}/`)) {
        this.known.delete(k);
        removed.push({ kind: 'removed', uri: u });
      }
    }
    if (removed.length > 0) this.emitter.fire(removed);
  }

  /** One search at a time: a rescan requested during a search runs after it. */
  private rescan(): Promise<void> {
    this.searching = this.searching.then(() => this.search());
    return this.searching;
  }

  private async search(): Promise<void> {
    if (this.disposed || !vscode.workspace.workspaceFolders?.length) return;
    const { label, maxFiles } = this.options;
    const started = Date.now();
    let uris: vscode.Uri[];
    try {
      // A string exclude keeps `files.exclude` in force (only `null` turns it off).
      // A search that never answers (the workbench waits for a provider) must not hold up the next one.
      const cancel = new vscode.CancellationTokenSource();
      const timer = setTimeout(() => cancel.cancel(), SEARCH_TIMEOUT_MS);
      try {
        uris = await Promise.race([
          vscode.workspace.findFiles(globForNames(this.options.names), this.options.exclude ?? '**/node_modules/**', maxFiles + 1, cancel.token),
          new Promise<never>((_, reject) => cancel.token.onCancellationRequested(() => reject(new Error(`no answer from the file search in ${SEARCH_TIMEOUT_MS / 1000} s`)))),
        ]);
      } finally {
        clearTimeout(timer);
        cancel.dispose();
      }
    } catch (error) {
      this.log.warn(`workspace scan (${label}): ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (this.disposed) return;
    if (uris.length > maxFiles) {
      uris = uris.slice(0, maxFiles);
      if (!this.warnedCap) {
        this.log.warn(
          `workspace scan (${label}): more than ${maxFiles} files; only ${maxFiles} are checked until opened (setting kubeTutor.validation.workspaceScanMaxFiles)`,
        );
        this.warnedCap = true;
      }
    }
    const found = new Map(uris.map((u) => [u.toString(), u]));
    const changes: ScanChange[] = [];
    for (const [k, u] of this.known) if (!found.has(k)) changes.push({ kind: 'removed', uri: u });
    for (const [k, u] of found) if (!this.known.has(k)) changes.push({ kind: 'added', uri: u });
    this.known.clear();
    for (const [k, u] of found) this.known.set(k, u);
    this.log.info(`workspace scan (${label}): ${found.size} file(s) in ${Date.now() - started} ms`);
    if (changes.length > 0) this.emitter.fire(changes);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.rescanTimer);
    for (const d of this.disposables) d.dispose();
  }
}
