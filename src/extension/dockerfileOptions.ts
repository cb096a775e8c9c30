import * as vscode from 'vscode';
import { parseHadolintConfig, type HadolintConfig } from '../core/dockerfile';
import type { LintOptions } from '../core/lint';
import { ruleSettings } from './ruleSettings';
import { BuildContexts } from './buildContexts';
import { documentKind, type LintTarget } from './diagnostics';

/**
 * Lint options for a document: `kubeTutor.dockerfile.rules` or `kubeTutor.manifest.rules` (per-code severity or "off")
 * and the `.hadolint.yaml` of its workspace folder, loaded once and on change.
 */
export class DockerfileOptions implements vscode.Disposable {
  private readonly hadolint = new Map<string, HadolintConfig>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires with the folders (URI strings) whose files need linting again; `undefined`: every file. */
  private readonly changed = new vscode.EventEmitter<readonly string[] | undefined>();
  readonly onDidChange = this.changed.event;

  private readonly contexts: BuildContexts;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.contexts = new BuildContexts(log);
    this.disposables.push(this.contexts, this.contexts.onDidChange((folders) => this.changed.fire(folders)));
    const watcher = vscode.workspace.createFileSystemWatcher('**/.hadolint.{yaml,yml}');
    this.disposables.push(
      watcher,
      this.changed,
      watcher.onDidCreate((u) => void this.load(u)),
      watcher.onDidChange((u) => void this.load(u)),
      watcher.onDidDelete((u) => {
        this.hadolint.delete(this.folderKey(u));
        this.changed.fire(undefined);
      }),
    );
    void vscode.workspace.findFiles('**/.hadolint.{yaml,yml}', '**/node_modules/**', 20).then((uris) => Promise.all(uris.map((u) => this.load(u))));
  }

  private folderKey(uri: vscode.Uri): string {
    return vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
  }

  private async load(uri: vscode.Uri): Promise<void> {
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const { config, errors } = parseHadolintConfig(text);
      for (const e of errors) this.log.warn(`${uri.fsPath}: ${e}`);
      this.hadolint.set(this.folderKey(uri), config);
      this.changed.fire(undefined);
    } catch (error) {
      this.log.warn(`${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Options for one document or scanned file (synchronous: called on every keystroke). */
  for(document: LintTarget): LintOptions {
    const rules = ruleSettings(documentKind(document) ?? 'yaml', document.uri);
    const hadolint = this.hadolint.get(this.folderKey(document.uri));
    const buildContext = document.languageId === 'dockerfile' ? this.contexts.for(document) : undefined;
    return { rules, ...(hadolint ? { hadolint } : {}), ...(buildContext ? { buildContext } : {}) };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
