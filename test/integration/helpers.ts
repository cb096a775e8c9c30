import * as vscode from 'vscode';

export const EXTENSION_ID = 'kube-tutor.kube-tutor';

/** Resolves when `uri` has diagnostics matching `predicate` (event-driven, no sleeps). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = 15_000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const current = vscode.languages.getDiagnostics(uri);
    if (predicate(current)) return resolve(current);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for diagnostics on ${uri.toString()}: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.message))}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (predicate(diagnostics)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(diagnostics);
      }
    });
  });
}

export function ours(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.source?.startsWith('Kube Tutor'));
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

function topologyTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('kubeTutor.topology'));
}

/** Resolves with the topology webview tabs once `count` of them exist (event-driven). */
export function waitForTopologyTabs(count: number, timeoutMs = 15_000): Promise<vscode.Tab[]> {
  return new Promise((resolve, reject) => {
    if (topologyTabs().length === count) return resolve(topologyTabs());
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`expected ${count} topology tab(s), tabs are: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')}`));
    }, timeoutMs);
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (topologyTabs().length !== count) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(topologyTabs());
    });
  });
}
