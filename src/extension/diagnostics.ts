import * as vscode from 'vscode';
import { fileKind, type FileKind } from '../core/files';
import { lintText, type LintOptions } from '../core/lint';
import { toVsDiagnostic } from './convert';

/** The linter that judges a document, or `undefined` when it is none of ours. */
export function documentKind(document: vscode.TextDocument): FileKind | undefined {
  if (document.languageId === 'dockerfile') return 'dockerfile';
  const byName = document.uri.scheme === 'untitled' ? undefined : fileKind(document.uri.path);
  if (byName) return byName;
  if (document.languageId === 'yaml') return 'yaml';
  return undefined;
}

/**
 * One `DiagnosticCollection` for every file Kube Tutor judges. Documents are validated
 * on open, on change (debounced per document) and cleared on close.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('kube-tutor');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly options: (document: vscode.TextDocument) => LintOptions = () => ({})) {
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

  validateAll(): void {
    for (const document of vscode.workspace.textDocuments) this.validateNow(document);
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
    if (!this.config.get<boolean>('enable', true)) {
      this.collection.delete(document.uri);
      return;
    }
    const diagnostics = lintText(kind, document.getText(), { fileName: document.uri.path, ...this.options(document) });
    this.collection.set(document.uri, diagnostics.map(toVsDiagnostic));
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.collection.delete(document.uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
