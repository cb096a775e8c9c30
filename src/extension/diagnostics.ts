import * as vscode from 'vscode';
import { fileKind, type FileKind } from '../core/files';
import { lintText, type LintOptions } from '../core/lint';
import { ManifestLintCache } from '../core/manifest';
import { toVsDiagnostic } from './convert';
import type { ScanChange, WorkspaceScan } from './workspaceScan';

/** What the lint options depend on: an open document, or a file of the workspace scan. */
export interface LintTarget {
  readonly uri: vscode.Uri;
  readonly languageId: string;
}

/** Files larger than this are not read by the workspace scan (they are checked when opened). */
const MAX_SCANNED_BYTES = 1024 * 1024;

/** The linter that judges a document, or `undefined` when it is none of ours. */
export function documentKind(document: LintTarget): FileKind | undefined {
  if (document.languageId === 'dockerfile') return 'dockerfile';
  const byName = document.uri.scheme === 'untitled' ? undefined : fileKind(document.uri.path);
  if (byName) return byName;
  if (document.languageId === 'yaml') return 'yaml';
  return undefined;
}

/**
 * One `DiagnosticCollection` for every file Kube Tutor judges. Documents are validated
 * on open, on change (debounced per document) and cleared on close. Files of a workspace scan
 * are validated from disk while they are not open; an open document always wins (same
 * collection entry, replaced in place: no duplicates, no flicker), and closing it goes back to
 * the file on disk instead of clearing.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('kube-tutor');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  /** Text on disk of the scanned files that are not open (re-linted when options change). */
  private readonly onDisk = new Map<string, { uri: vscode.Uri; text: string }>();
  /** Several scans may feed the collection (Dockerfiles, manifests…). */
  private readonly scans = new Set<WorkspaceScan>();
  /** Bumped per file on every disk read, so a slow read never overwrites a newer one. */
  private readonly reads = new Map<string, number>();
  /** Per open YAML document: its documents' findings, so a keystroke re-validates only the edited one. */
  private readonly yamlCaches = new Map<string, ManifestLintCache>();

  constructor(private readonly options: (target: LintTarget) => LintOptions = () => ({})) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.validateNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('kubeTutor')) this.validateAll();
      }),
    );
    this.validateAll();
  }

  private get config(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration('kubeTutor.validation');
  }

  /**
   * Validates every open document and scanned file again, or only those directly in `folders`
   * (URI strings), or only those of one `kind`: a build context that loads for one folder must
   * not re-lint the whole workspace scan (files × folders), and the simulator's images matter to
   * manifests only.
   */
  validateAll(folders?: readonly string[], kind?: FileKind): void {
    const wanted = folders ? new Set(folders) : undefined;
    const inScope = (uri: vscode.Uri) => !wanted || (uri.scheme !== 'untitled' && wanted.has(vscode.Uri.joinPath(uri, '..').toString()));
    for (const document of vscode.workspace.textDocuments) if (inScope(document.uri) && (!kind || documentKind(document) === kind)) this.validateNow(document);
    for (const { uri, text } of this.onDisk.values()) if (inScope(uri) && (!kind || fileKind(uri.path) === kind)) this.validateText(uri, text);
  }

  /**
   * Validates the files of `scan` that are not open, from disk, as they are found, saved,
   * created and deleted. Disposing the result forgets them (their diagnostics are cleared),
   * before the scan itself is disposed.
   */
  watch(scan: WorkspaceScan): vscode.Disposable {
    this.scans.add(scan);
    const sub = scan.onDidChange((changes) => void this.onScanChange(changes));
    return new vscode.Disposable(() => {
      sub.dispose();
      this.scans.delete(scan);
      for (const [key, { uri }] of this.onDisk) {
        if (this.scanned(uri)) continue;
        this.onDisk.delete(key);
        this.reads.delete(key);
        if (!this.openDocument(uri)) this.collection.delete(uri);
      }
    });
  }

  private scanned(uri: vscode.Uri): boolean {
    for (const scan of this.scans) if (scan.has(uri)) return true;
    return false;
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key);
  }

  private async onScanChange(changes: readonly ScanChange[]): Promise<void> {
    for (const { kind, uri } of changes) {
      const key = uri.toString();
      if (kind === 'removed') {
        this.reads.set(key, (this.reads.get(key) ?? 0) + 1);
        this.onDisk.delete(key);
        // Gone from disk: only unsaved text in an open document still has something to judge.
        if (!this.openDocument(uri)?.isDirty) this.collection.delete(uri);
      } else if (!this.openDocument(uri)) {
        await this.readAndValidate(uri);
      }
    }
  }

  private async readAndValidate(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const read = (this.reads.get(key) ?? 0) + 1;
    this.reads.set(key, read);
    let text: string | undefined;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size <= MAX_SCANNED_BYTES) text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      text = undefined; // deleted meanwhile: the watcher reports it
    }
    // Superseded by a newer read or a removal, opened meanwhile (the document wins), or no longer scanned.
    if (this.reads.get(key) !== read || this.openDocument(uri) || !this.scanned(uri)) return;
    if (text === undefined) {
      this.onDisk.delete(key);
      this.collection.delete(uri);
      return;
    }
    this.onDisk.set(key, { uri, text });
    this.validateText(uri, text);
  }

  private validateText(uri: vscode.Uri, text: string): void {
    const kind = fileKind(uri.path);
    if (!kind) return;
    if (!this.config.get<boolean>('enable', true)) {
      this.collection.delete(uri);
      return;
    }
    const languageId = kind === 'dockerfile' ? 'dockerfile' : 'yaml';
    const diagnostics = lintText(kind, text, { fileName: uri.path, ...this.options({ uri, languageId }) });
    this.collection.set(uri, diagnostics.map(toVsDiagnostic));
  }

  private schedule(document: vscode.TextDocument): void {
    if (!documentKind(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const delay = Math.max(0, this.config.get<number>('debounceMs', 200));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.validateNow(document);
      }, delay),
    );
  }

  validateNow(document: vscode.TextDocument): void {
    const kind = documentKind(document);
    if (!kind || document.isClosed) return;
    const key = document.uri.toString();
    if (this.onDisk.delete(key)) this.reads.set(key, (this.reads.get(key) ?? 0) + 1); // the open document takes over
    if (!this.config.get<boolean>('enable', true)) {
      this.collection.delete(document.uri);
      return;
    }
    let cache: ManifestLintCache | undefined;
    if (kind === 'yaml') {
      cache = this.yamlCaches.get(key);
      if (!cache) this.yamlCaches.set(key, (cache = new ManifestLintCache()));
    }
    const diagnostics = lintText(kind, document.getText(), { fileName: document.uri.path, ...this.options(document), ...(cache ? { cache } : {}) });
    this.collection.set(document.uri, diagnostics.map(toVsDiagnostic));
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.yamlCaches.delete(key);
    // A scanned file goes back to its text on disk (the diagnostics stay until that is read).
    if (this.scanned(document.uri)) void this.readAndValidate(document.uri);
    else this.collection.delete(document.uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.yamlCaches.clear();
    for (const d of this.disposables) d.dispose();
  }
}
