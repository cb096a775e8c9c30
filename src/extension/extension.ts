import { performance } from 'node:perf_hooks';
const loadStart = performance.now();

import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import { DiagnosticsController, type LintTarget } from './diagnostics';
import { LintCodeActions } from './codeActions';
import { ignoreRuleFix } from '../core/dockerfile';
import { ignoreAnnotationFix } from '../core/manifest/suppress';
import { DockerfileOptions } from './dockerfileOptions';
import { ManifestFolderDiagnostics } from './manifestFolders';
import { ruleSettings } from './ruleSettings';
import { SimulatorImageActions, SimulatorImages } from './simulatorImages';
import { DockerfileHover } from './hover';
import { registerDockerfileScan } from './dockerfileScan';
import { registerDocker } from './docker';
import { ClusterEditor, registerCluster, type ClusterSimulator, type ClusterUi } from './cluster';
import { SimulatorFeed } from './simulatorFeed';
import { simulatorFacts } from '../core/tutor/world';
import { commands as shellCommands, tokenize } from '../core/shell/words';
import type { DockerSimulator } from './docker/simulator';
import { MANIFEST_SELECTOR, ManifestHoverProvider } from './manifestHover';
import { MANIFEST_COMPLETION_TRIGGERS, ManifestCompletionProvider } from './manifestCompletion';
import { registerTopology, type TopologyApi } from './topology/register';
import { registerTutor, type Tutor } from './tutor';

export interface KubeTutorApi {
  /** Milliseconds from loading the bundle to the end of `activate`. */
  readonly activationMs: number;
  readonly diagnostics: DiagnosticsController;
  /** Cross-resource findings (K8S030–033) over the folder of each open YAML file. */
  readonly folderDiagnostics: ManifestFolderDiagnostics;
  /** The simulated Docker daemon (engine, registry, network) behind the terminal and tree. */
  readonly docker: DockerSimulator;
  /** The embedded Kubernetes cluster (kubectl and minikube in the Kube Tutor terminal). */
  readonly cluster: ClusterSimulator;
  /** The cluster's views: the Cluster tree and the status bar item. */
  readonly clusterUi: ClusterUi;
  /** The editor tabs behind `kubectl edit`. */
  readonly clusterEditor: ClusterEditor;
  readonly topology: TopologyApi;
  /** Lessons, progress and the hooks for the simulator adapters and the tutor terminal. */
  readonly tutor: Tutor;
}

export function activate(context: vscode.ExtensionContext): KubeTutorApi {
  // Core messages use @vscode/l10n; give it the bundle VS Code picked for this display language.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });

  const log = vscode.window.createOutputChannel('Kube Tutor', { log: true });
  const dockerfileOptions = new DockerfileOptions(log);
  // The Docker simulator's images (K8S022) join the options once the simulator exists, below.
  const simulator: { images?: SimulatorImages } = {};
  const lintOptions = (d: LintTarget) => {
    const options = dockerfileOptions.for(d);
    return simulator.images ? { ...options, images: simulator.images.current } : options;
  };
  const diagnostics = new DiagnosticsController(lintOptions);
  const folderDiagnostics = new ManifestFolderDiagnostics((uri) => ruleSettings('yaml', uri), log);
  const dockerfile: vscode.DocumentSelector = { language: 'dockerfile' };
  context.subscriptions.push(
    log,
    dockerfileOptions,
    diagnostics,
    folderDiagnostics,
    dockerfileOptions.onDidChange((folders) => diagnostics.validateAll(folders)),
    registerDockerfileScan(context, diagnostics, log),
    vscode.languages.registerCodeActionsProvider(dockerfile, new LintCodeActions('dockerfile', lintOptions, ignoreRuleFix), {
      providedCodeActionKinds: LintCodeActions.providedCodeActionKinds,
    }),
    vscode.languages.registerHoverProvider(dockerfile, new DockerfileHover()),
    vscode.languages.registerHoverProvider(MANIFEST_SELECTOR, new ManifestHoverProvider()),
    vscode.languages.registerCompletionItemProvider(MANIFEST_SELECTOR, new ManifestCompletionProvider(), ...MANIFEST_COMPLETION_TRIGGERS),
    vscode.languages.registerCodeActionsProvider(
      MANIFEST_SELECTOR,
      new LintCodeActions('yaml', lintOptions, (text, d) => (d.code.startsWith('K8S') ? ignoreAnnotationFix(text, d) : undefined)),
      { providedCodeActionKinds: LintCodeActions.providedCodeActionKinds },
    ),
    vscode.languages.registerCodeActionsProvider(MANIFEST_SELECTOR, folderDiagnostics, { providedCodeActionKinds: LintCodeActions.providedCodeActionKinds }),
  );
  const topology = registerTopology(context, log);

  const { simulator: docker, terminals } = registerDocker(context, log);
  const simulatorImages = (simulator.images = new SimulatorImages(docker));
  context.subscriptions.push(
    simulatorImages,
    simulatorImages.onDidChange(() => diagnostics.validateAll(undefined, 'yaml')),
    vscode.languages.registerCodeActionsProvider(MANIFEST_SELECTOR, new SimulatorImageActions(simulatorImages), {
      providedCodeActionKinds: SimulatorImageActions.providedCodeActionKinds,
    }),
  );
  // Manifests again, now with the simulator's images (K8S022); Dockerfiles are already judged.
  diagnostics.validateAll(undefined, 'yaml');
  const clusterUi = registerCluster(context, docker, terminals, log);
  const cluster = clusterUi.simulator;
  const clusterEditor = new ClusterEditor(log);
  docker.edit = (request, report) => void clusterEditor.open(request, report).catch((e: Error) => report(`error: ${e.message}\n`));
  context.subscriptions.push(clusterEditor);

  const tutor = registerTutor(context, log);
  context.subscriptions.push(wireSimulator(docker, cluster, topology, tutor, log));

  const activationMs = Math.round((performance.now() - loadStart) * 10) / 10;
  log.info(`Kube Tutor activated in ${activationMs} ms`);
  return { activationMs, diagnostics, folderDiagnostics, docker, cluster, clusterUi, clusterEditor, topology, tutor };
}

/**
 * The views that follow the simulator: the topology shows its state live from activation (a
 * restored cluster, or nothing yet; a sample loaded from the palette stays until the next change); the tutor checks lesson steps against its facts
 * and the commands typed in the Kube Tutor terminal; "show me" types into that terminal.
 */
function wireSimulator(docker: DockerSimulator, cluster: ClusterSimulator, topology: TopologyApi, tutor: Tutor, log: vscode.LogOutputChannel): vscode.Disposable {
  const feed = new SimulatorFeed(docker, cluster);
  feed.onView((view) => topology.source.set(view));
  // The checks also read what the topology does not draw (Compose labels, probes, revisions).
  feed.onView(() => void tutor.controller.setSimulatorFacts(simulatorFacts(docker.engine, cluster.host)));
  const ran = docker.onDidRunCommand(({ line, exitCode }) => {
    try {
      for (const command of shellCommands(tokenize(line, {}, false))) void tutor.controller.recordCommand(command.argv, exitCode);
    } catch (error) {
      log.debug(`tutor: could not split "${line}": ${(error as Error).message}`);
    }
  });
  const runner = tutor.showMe.setTerminalRunner(async (lines) => {
    for (const line of lines) await vscode.commands.executeCommand('kubeTutor.runInTerminal', line);
  });
  return vscode.Disposable.from(feed, ran, runner);
}

export function deactivate(): void {}
