import * as vscode from 'vscode';
import { BuildCodeLensProvider } from './codelens';
import { registerDockerCommands } from './commands';
import { DockerSimulator } from './simulator';
import { TerminalManager } from './terminal';
import { DockerTreeProvider } from './tree';

/** Wires the Docker side of the simulator into VS Code: terminal, palette commands, tree, CodeLens. */
export function registerDocker(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): { simulator: DockerSimulator; terminals: TerminalManager } {
  const simulator = new DockerSimulator(context.workspaceState, log);
  const terminals = new TerminalManager(simulator);
  const tree = new DockerTreeProvider(simulator);
  const view = vscode.window.createTreeView('kubeTutor.docker', { treeDataProvider: tree, showCollapseAll: false });
  context.subscriptions.push(
    simulator,
    terminals,
    tree,
    view,
    ...registerDockerCommands(simulator, terminals),
    vscode.languages.registerCodeLensProvider({ language: 'dockerfile' }, new BuildCodeLensProvider()),
  );
  return { simulator, terminals };
}
