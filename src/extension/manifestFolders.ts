import * as vscode from 'vscode';
import { baseName } from '../core/files';
import type { ManifestFile } from '../core/manifest/context';
import { lintParsedFolder, readFolderFile } from '../core/manifest';
import type { RuleSettings } from '../core/settings';
import type { Diagnostic as CoreDiagnostic } from '../core/diagnostic';
import { ignoreAnnotationFix } from '../core/manifest/suppress';
import { fixAction } from './codeActions';
import { codeOf, toVsDiagnostic, toVsRange } from './convert';
import { documentKind } from './diagnostics';
import { WorkspaceFiles } from './workspaceFiles';

const FOLDER_DEBOUNCE_MS = 400;

/**
 * Cross-resource findings in the editor (K8S030–033): the scope is the folder of each open
 * YAML file — what `kubectl apply -f DIR` sends together — including files that are not open
 * (read through `vscode.workspace.fs`, `files.exclude` honoured). Each file is parsed once per
 * version/mtime; the folder is re-checked, debounced, when any of its YAML files changes, is
 * created or deleted. A finding sits in the file that owns it; `relatedInformation` points to
 * the other object. Per-keystroke work on the open file is untouched (DiagnosticsController).
 */
export class ManifestFolderDiagnostics implements vscode.Disposable, vscode.CodeActionProvider {
  private readonly collection = vscode.languages.createDiagnosticCollection('kube-tutor-folder');
  private readonly files: WorkspaceFiles;
  private readonly parsed = new Map<string, { stamp: string; file: ManifestFile }>();
  /** Folder → the file URIs we set diagnostics on (cleared when the folder is re-checked or dropped). */
  private readonly published = new Map<string, vscode.Uri[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generation = new Map<string, number>();
  /** File URI → the findings published on it, with the text stamp they were computed from (for quick fixes). */
  private readonly findings = new Map<string, { stamp: string; diagnostics: readonly CoreDiagnostic[] }>();
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private readonly idle = new vscode.EventEmitter<string>();
  /** Fires with a folder URI each time its findings were published (tests await it). */
  readonly onDidCheckFolder = this.idle.event;

  constructor(
    private readonly rules: (uri: vscode.Uri) => RuleSettings,
    log?: vscode.LogOutputChannel,
  ) {
    this.files = new WorkspaceFiles('*.{yaml,yml}', log);
    this.disposables.push(
      this.files,
      this.idle,
      this.files.onDidChange((e) => this.touch(e.uri)),
      vscode.workspace.onDidOpenTextDocument((d) => this.touchDocument(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.touchDocument(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.touchDocument(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('kubeTutor') || e.affectsConfiguration('files.exclude')) this.checkAll();
      }),
    );
    this.checkAll();
  }

  private static folderOf(uri: vscode.Uri): vscode.Uri {
    return vscode.Uri.joinPath(uri, '..');
  }

  /** Folders that hold an open YAML document (the ones worth checking). */
  private openFolders(): Map<string, vscode.Uri> {
    const out = new Map<string, vscode.Uri>();
    for (const d of vscode.workspace.textDocuments) {
      if (d.isClosed || d.uri.scheme === 'untitled' || documentKind(d) !== 'yaml') continue;
      const folder = ManifestFolderDiagnostics.folderOf(d.uri);
      out.set(folder.toString(), folder);
    }
    return out;
  }

  checkAll(): void {
    const open = this.openFolders();
    for (const key of [...this.published.keys()]) if (!open.has(key)) this.schedule(vscode.Uri.parse(key), 0);
    for (const folder of open.values()) this.schedule(folder, 0);
  }

  private touchDocument(document: vscode.TextDocument): void {
    if (document.uri.scheme === 'untitled' || documentKind(document) !== 'yaml') return;
    this.touch(document.uri);
  }

  private touch(uri: vscode.Uri): void {
    const folder = ManifestFolderDiagnostics.folderOf(uri);
    const key = folder.toString();
    if (this.published.has(key) || this.openFolders().has(key)) this.schedule(folder, FOLDER_DEBOUNCE_MS);
  }

  private schedule(folder: vscode.Uri, delay: number): void {
    const key = folder.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.check(folder);
      }, delay),
    );
  }

  /** Re-checks one folder now; resolves when its findings are published. */
  async check(folder: vscode.Uri): Promise<void> {
    const key = folder.toString();
    const run = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, run);
    const enabled = vscode.workspace.getConfiguration('kubeTutor.validation', folder).get<boolean>('enable', true);
    const uris = enabled && this.openFolders().has(key) ? await this.files.list(folder) : [];
    // Open documents of the folder that are not on disk yet still count.
    for (const d of vscode.workspace.textDocuments)
      if (!d.isClosed && d.uri.scheme !== 'untitled' && documentKind(d) === 'yaml' && ManifestFolderDiagnostics.folderOf(d.uri).toString() === key && !uris.some((u) => u.toString() === d.uri.toString()))
        uris.push(d.uri);
    const texts = await Promise.all(uris.map((u) => this.files.read(u)));
    if (this.generation.get(key) !== run) return; // a newer check of this folder is under way
    const byName = new Map<string, vscode.Uri>();
    const stamps = new Map<string, string>();
    const parsed: ManifestFile[] = [];
    for (const t of texts) {
      if (!t) continue;
      const name = baseName(t.uri.path);
      byName.set(name, t.uri);
      stamps.set(name, t.stamp);
      const cacheKey = t.uri.toString();
      let entry = this.parsed.get(cacheKey);
      if (entry?.stamp !== t.stamp) {
        entry = { stamp: t.stamp, file: readFolderFile(name, t.text) };
        this.parsed.set(cacheKey, entry);
      }
      parsed.push(entry.file);
    }
    const found = lintParsedFolder(parsed, { rules: this.rules(folder) });
    for (const uri of this.published.get(key) ?? []) {
      this.collection.delete(uri);
      this.findings.delete(uri.toString());
    }
    const published: vscode.Uri[] = [];
    for (const [name, diagnostics] of found) {
      const uri = byName.get(name);
      if (!uri || diagnostics.length === 0) continue;
      this.findings.set(uri.toString(), { stamp: stamps.get(name) ?? '', diagnostics });
      this.collection.set(
        uri,
        diagnostics.map((d) => {
          const out = toVsDiagnostic(d);
          if (d.related?.length)
            out.relatedInformation = d.related.flatMap((r) => {
              const target = byName.get(r.path);
              return target ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(target, toVsRange(r.range)), r.message)] : [];
            });
          return out;
        }),
      );
      published.push(uri);
    }
    if (uris.length === 0) {
      this.published.delete(key);
      for (const k of [...this.parsed.keys()]) if (k.startsWith(`${key}/`)) this.parsed.delete(k);
    } else this.published.set(key, published);
    this.idle.fire(key);
  }

  /**
   * Quick fixes of the folder findings of `document` (select a workload's pods, use a declared
   * targetPort…) and the ignore annotation, offered only while the document is the text they
   * were computed from; an edit re-checks the folder and brings fresh ones.
   */
  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const entry = this.findings.get(document.uri.toString());
    if (!entry || entry.stamp !== `v${document.version}`) return [];
    const actions: vscode.CodeAction[] = [];
    for (const vsd of context.diagnostics) {
      const match = entry.diagnostics.find((d) => d.code === codeOf(vsd) && toVsRange(d.range).isEqual(vsd.range));
      if (!match) continue;
      for (const fix of match.fix ?? []) actions.push(fixAction(document, vsd, fix));
      const ignore = ignoreAnnotationFix(document.getText(), match);
      if (ignore) actions.push(fixAction(document, vsd, ignore));
    }
    return actions;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
