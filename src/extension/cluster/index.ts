// The cluster side of the extension: the embedded cluster host and what shows or drives it.
import * as vscode from 'vscode';
import type { DockerSimulator } from '../docker/simulator';
import type { TerminalManager } from '../docker/terminal';
import { ManifestCodeLensProvider } from './codelens';
import { registerClusterCommands } from './commands';
import { ClusterSimulator } from './simulator';
import { ClusterStatusBar } from './statusBar';
import { ClusterTreeProvider } from './tree';

export { ClusterSimulator } from './simulator';
export { ClusterEditor, EDIT_SCHEME } from './editor';
export type { ClusterNode } from './tree';

export interface ClusterUi {
  readonly simulator: ClusterSimulator;
  readonly tree: ClusterTreeProvider;
  readonly view: vscode.TreeView<import('./tree').ClusterNode>;
  readonly statusBar: ClusterStatusBar;
}

/** Wires the cluster into VS Code: palette commands, the Cluster tree, the status bar, the manifest CodeLens. */
export function registerCluster(context: vscode.ExtensionContext, docker: DockerSimulator, terminals: TerminalManager, log: vscode.LogOutputChannel): ClusterUi {
  const simulator = new ClusterSimulator(docker, context.workspaceState, log);
  const tree = new ClusterTreeProvider(simulator);
  const view = vscode.window.createTreeView('kubeTutor.cluster', { treeDataProvider: tree, showCollapseAll: true });
  const statusBar = new ClusterStatusBar(simulator);
  context.subscriptions.push(
    simulator,
    tree,
    view,
    statusBar,
    ...registerClusterCommands(simulator, docker, terminals),
    vscode.languages.registerCodeLensProvider([{ language: 'yaml' }], new ManifestCodeLensProvider()),
  );
  return { simulator, tree, view, statusBar };
}
