import { performance } from 'node:perf_hooks';
const loadStart = performance.now();

import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import { DiagnosticsController } from './diagnostics';
import { LintCodeActions } from './codeActions';
import { ignoreRuleFix } from '../core/dockerfile';
import { ignoreAnnotationFix } from '../core/manifest/suppress';
import { DockerfileOptions } from './dockerfileOptions';
import { DockerfileHover } from './hover';
import { registerDocker } from './docker';
import { ClusterEditor, ClusterSimulator } from './cluster';
import { SimulatorFeed } from './simulatorFeed';
import { factsOf } from '../core/tutor/fromSimulator';
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
  /** The simulated Docker daemon (engine, registry, network) behind the terminal and tree. */
  readonly docker: DockerSimulator;
  /** The embedded Kubernetes cluster (kubectl and minikube in the Kube Tutor terminal). */
  readonly cluster: ClusterSimulator;
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
  const lintOptions = (d: vscode.TextDocument) => dockerfileOptions.for(d);
  const diagnostics = new DiagnosticsController(lintOptions);
  const dockerfile: vscode.DocumentSelector = { language: 'dockerfile' };
  context.subscriptions.push(
    log,
    dockerfileOptions,
    diagnostics,
    dockerfileOptions.onDidChange(() => diagnostics.validateAll()),
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
  );
  const topology = registerTopology(context, log);

  const docker = registerDocker(context, log);
  const cluster = new ClusterSimulator(docker, context.workspaceState, log);
  const clusterEditor = new ClusterEditor(log);
  docker.edit = (request, report) => void clusterEditor.open(request, report).catch((e: Error) => report(`error: ${e.message}\n`));
  context.subscriptions.push(clusterEditor);

  const tutor = registerTutor(context, log);
  context.subscriptions.push(cluster, wireSimulator(docker, cluster, topology, tutor, log));

  const activationMs = Math.round((performance.now() - loadStart) * 10) / 10;
  log.info(`Kube Tutor activated in ${activationMs} ms`);
  return { activationMs, diagnostics, docker, cluster, clusterEditor, topology, tutor };
}

/**
 * The views that follow the simulator: the topology shows its state live (until the first change,
 * or after a sample is loaded, the sample stays); the tutor checks lesson steps against its facts
 * and the commands typed in the Kube Tutor terminal; "show me" types into that terminal.
 */
function wireSimulator(docker: DockerSimulator, cluster: ClusterSimulator, topology: TopologyApi, tutor: Tutor, log: vscode.LogOutputChannel): vscode.Disposable {
  const feed = new SimulatorFeed(docker, cluster);
  feed.onView((view) => topology.source.set(view));
  feed.onView((view) => {
    const host = cluster.host;
    const loggedInAs = [...docker.engine.logins.values()][0];
    void tutor.controller.setSimulatorFacts(
      factsOf(view, { clusterRunning: host.state === 'Running', profile: host.profile.name, ...(loggedInAs ? { loggedInAs } : {}) }),
    );
  });
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
