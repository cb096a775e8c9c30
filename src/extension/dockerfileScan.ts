import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';
import { WorkspaceScan } from './workspaceScan';

/** The Dockerfile names of package.json `contributes.languages` (what VS Code opens as a Dockerfile), plus `Dockerfile`. */
export function dockerfileNames(packageJSON: unknown): string[] {
  const languages = (packageJSON as { contributes?: { languages?: unknown } } | undefined)?.contributes?.languages;
  const names = new Set(['Dockerfile']);
  if (Array.isArray(languages)) {
    for (const l of languages as Array<{ id?: unknown; filenames?: unknown; filenamePatterns?: unknown }>) {
      if (l.id !== 'dockerfile') continue;
      for (const list of [l.filenames, l.filenamePatterns]) {
        if (Array.isArray(list)) for (const n of list) if (typeof n === 'string' && !/[{},]/.test(n)) names.add(n);
      }
    }
  }
  return [...names];
}

/**
 * Diagnostics for the Dockerfiles of the workspace that are not open: a background scan while
 * `kubeTutor.validation.workspaceScan` is on (default), capped by `…workspaceScanMaxFiles`,
 * restarted when either setting changes. Activation does not wait for it.
 */
export function registerDockerfileScan(context: vscode.ExtensionContext, diagnostics: DiagnosticsController, log: vscode.LogOutputChannel): vscode.Disposable {
  const names = dockerfileNames(context.extension.packageJSON);
  let current: vscode.Disposable | undefined;
  const start = (): void => {
    current?.dispose();
    current = undefined;
    const config = vscode.workspace.getConfiguration('kubeTutor.validation');
    if (!config.get<boolean>('workspaceScan', true)) return;
    const maxFiles = Math.max(1, Math.floor(config.get<number>('workspaceScanMaxFiles', 500)));
    const scan = new WorkspaceScan({ label: 'Dockerfile', names, maxFiles }, log);
    current = vscode.Disposable.from(diagnostics.watch(scan), scan);
  };
  start();
  const onConfig = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('kubeTutor.validation.workspaceScan') || e.affectsConfiguration('kubeTutor.validation.workspaceScanMaxFiles')) start();
  });
  return new vscode.Disposable(() => {
    onConfig.dispose();
    current?.dispose();
  });
}
