import { performance } from 'node:perf_hooks';
const loadStart = performance.now();

import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import { DiagnosticsController } from './diagnostics';
import { TOPOLOGY_VIEW_TYPE, TopologyPanel, TopologySerializer } from './topology/panel';
import { registerTutor, type Tutor } from './tutor';

export interface KubeTutorApi {
  /** Milliseconds from loading the bundle to the end of `activate`. */
  readonly activationMs: number;
  readonly diagnostics: DiagnosticsController;
  /** Lessons, progress and the hooks for the simulator adapters and the tutor terminal. */
  readonly tutor: Tutor;
}

export function activate(context: vscode.ExtensionContext): KubeTutorApi {
  // Core messages use @vscode/l10n; give it the bundle VS Code picked for this display language.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });

  const log = vscode.window.createOutputChannel('Kube Tutor', { log: true });
  const diagnostics = new DiagnosticsController();
  context.subscriptions.push(
    log,
    diagnostics,
    vscode.commands.registerCommand('kubeTutor.showTopology', () => {
      TopologyPanel.show(context.extensionUri, log);
      return true;
    }),
    vscode.window.registerWebviewPanelSerializer(TOPOLOGY_VIEW_TYPE, new TopologySerializer(context.extensionUri, log)),
    { dispose: () => TopologyPanel.current?.dispose() },
  );

  const tutor = registerTutor(context, log);

  const activationMs = Math.round((performance.now() - loadStart) * 10) / 10;
  log.info(`Kube Tutor activated in ${activationMs} ms`);
  return { activationMs, diagnostics, tutor };
}

export function deactivate(): void {}
