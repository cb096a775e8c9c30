import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import type { KObject } from '../../core/cluster/types';
import { isPodReady } from '../../core/cluster/podutil';
import { podStatus } from '../../core/cli/kubectl/printers';
import { hereDocument, kubectlLine, objectNameError, portError, replicasError, type ObjectRef } from '../../core/cli/kubectl/palette';
import { shellQuote as q } from '../../core/shell/words';
import { manifestDocuments } from '../../core/manifest/documents';
import { familiarName, parseReference, referenceError } from '../../core/engine/reference';
import type { DockerSimulator } from '../docker/simulator';
import type { RunResult, TerminalManager } from '../docker/terminal';
import { workspaceFolder } from '../docker/workspaceFs';
import type { ClusterSimulator } from './simulator';

/** What a cluster command acts on: a Cluster tree node (`ref`), an object reference, or nothing (ask). */
type Target = { readonly ref?: ObjectRef } | ObjectRef | undefined;

function refOf(target: unknown): ObjectRef | undefined {
  if (!target || typeof target !== 'object') return undefined;
  const t = target as Partial<ObjectRef> & { ref?: ObjectRef };
  if (t.ref && typeof t.ref.kind === 'string' && typeof t.ref.name === 'string') return t.ref;
  if (typeof t.kind === 'string' && typeof t.name === 'string') return { kind: t.kind, name: t.name, ...(typeof t.namespace === 'string' ? { namespace: t.namespace } : {}) };
  return undefined;
}

const WORKLOADS = ['Deployment', 'ReplicaSet', 'ReplicationController'];

/** The first container port of a pod or a workload's pod template. */
function containerPort(o: KObject | undefined): number | undefined {
  const spec = o?.kind === 'Pod' ? o.spec : o?.spec?.template?.spec;
  for (const c of spec?.containers ?? []) for (const p of c.ports ?? []) if (typeof p.containerPort === 'number') return p.containerPort;
  return undefined;
}

/** Kind/status line of a QuickPick item, as `kubectl get` would summarise it. */
function describeObject(o: KObject): string {
  const ns = o.metadata.namespace && o.metadata.namespace !== 'default' ? ` · ${o.metadata.namespace}` : '';
  if (o.kind === 'Pod') return `Pod · ${podStatus(o)}${ns}`;
  if (WORKLOADS.includes(o.kind)) return `${o.kind} · ${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 1} ${l10n.t('ready')}${ns}`;
  if (o.kind === 'Service') return `Service · ${o.spec?.type ?? 'ClusterIP'}${ns}`;
  return `${o.kind}${ns}`;
}

/**
 * The cluster's palette commands, also used by the Cluster tree, the status bar and the manifest
 * CodeLens. Each asks only what it needs (QuickPicks of the live objects, InputBoxes with checked
 * defaults), then types the equivalent kubectl/minikube line into the Kube Tutor terminal, which
 * runs it through the same code path as a typed command. A second argument presets the answers
 * (tests, walkthroughs); every command resolves to what the terminal ran (or undefined).
 */
export function registerClusterCommands(cluster: ClusterSimulator, docker: DockerSimulator, terminals: TerminalManager): vscode.Disposable[] {
  const host = () => cluster.host;
  const run = (line: string, options?: { stdin: string }): Promise<RunResult> =>
    terminals.run(line, options ? { stdin: options.stdin, shown: hereDocument(line, options.stdin) } : {});

  function startLine(profile = host().profile.name): string {
    return profile === 'three-node' ? 'minikube start --nodes=3' : 'minikube start';
  }

  /** True when the cluster runs; otherwise says so and offers to start it (then goes on). */
  async function requireCluster(): Promise<boolean> {
    if (host().state === 'Running') return true;
    const start = l10n.t('Start Cluster');
    const answer = await vscode.window.showWarningMessage(
      host().state === 'Stopped' ? l10n.t('The cluster is stopped. Start it to run this command.') : l10n.t('There is no cluster yet. Start one (minikube start) to run this command.'),
      start,
    );
    if (answer !== start) return false;
    await run(startLine());
    return host().state === 'Running';
  }

  /** A live object chosen from a QuickPick of `kinds` (or the one given). */
  async function pickObject(target: Target, kinds: readonly string[], placeHolder: string, empty: string): Promise<ObjectRef | undefined> {
    const given = refOf(target);
    if (given) return given;
    const c = host().cluster;
    if (!c) return undefined;
    const objects = kinds.flatMap((k) => c.store.list(k)).filter((o) => o.metadata.namespace !== 'kube-system');
    if (!objects.length) {
      void vscode.window.showInformationMessage(empty);
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      objects.map((o) => ({ label: o.metadata.name, description: describeObject(o), ref: { kind: o.kind, name: o.metadata.name, ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}) } })),
      { placeHolder, matchOnDescription: true },
    );
    return picked?.ref;
  }

  async function needsTrust(): Promise<boolean> {
    if (vscode.workspace.isTrusted) return false;
    const manage = l10n.t('Manage Workspace Trust');
    const answer = await vscode.window.showWarningMessage(l10n.t('Kube Tutor reads manifests from the workspace only when you trust it (Restricted Mode is on).'), manage);
    if (answer === manage) void vscode.commands.executeCommand('workbench.trust.manage');
    return true;
  }

  /** `kubectl apply -f FILE` for a saved workspace file the terminal sees, else `-f -` with the editor's text. */
  async function applyFile(uri: vscode.Uri): Promise<RunResult | undefined> {
    if (await needsTrust()) return undefined;
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(uri);
    } catch (error) {
      void vscode.window.showErrorMessage(l10n.t('Cannot read {0}: {1}', uri.toString(true), (error as Error).message));
      return undefined;
    }
    if (!manifestDocuments(document.getText()).length) {
      void vscode.window.showErrorMessage(l10n.t('{0} has no Kubernetes object (a YAML document with "apiVersion" and "kind").', vscode.workspace.asRelativePath(uri, false)));
      return undefined;
    }
    if (!(await requireCluster())) return undefined;
    const folder = workspaceFolder();
    const inTerminalFs = folder && uri.scheme === 'file' && folder.uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() === folder.uri.toString();
    if (inTerminalFs && !document.isDirty) return run(`kubectl apply -f ${q(vscode.workspace.asRelativePath(uri, false))}`);
    return run('kubectl apply -f -', { stdin: document.getText() });
  }

  async function pickManifestFile(): Promise<vscode.Uri | undefined> {
    const active = vscode.window.activeTextEditor?.document;
    if (active && (active.languageId === 'yaml' || /\.ya?ml$/i.test(active.uri.path)) && manifestDocuments(active.getText()).length) return active.uri;
    const found = await vscode.workspace.findFiles('**/*.{yaml,yml}', '**/node_modules/**', 200);
    if (!found.length) {
      void vscode.window.showErrorMessage(l10n.t('No YAML manifest in this workspace. Open or create one first.'));
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      found.map((f) => ({ label: vscode.workspace.asRelativePath(f, false), uri: f })).sort((a, b) => (a.label < b.label ? -1 : 1)),
      { placeHolder: l10n.t('Manifest to apply') },
    );
    return picked?.uri;
  }

  return [
    vscode.commands.registerCommand('kubeTutor.cluster.apply', async (uri?: unknown) => {
      const target = uri instanceof vscode.Uri ? uri : await pickManifestFile();
      return target ? applyFile(target) : undefined;
    }),
    // CodeLens: one document of a file (`index` among its documents), piped as `kubectl apply -f -`.
    vscode.commands.registerCommand('kubeTutor.cluster.applyDocument', async (uri: unknown, index: unknown) => {
      if (!(uri instanceof vscode.Uri) || typeof index !== 'number') return undefined;
      if (await needsTrust()) return undefined;
      const document = await vscode.workspace.openTextDocument(uri);
      const doc = manifestDocuments(document.getText()).find((d) => d.index === index);
      if (!doc) {
        void vscode.window.showErrorMessage(l10n.t('This document is no longer in the file; save it and try again.'));
        return undefined;
      }
      if (!(await requireCluster())) return undefined;
      return run('kubectl apply -f -', { stdin: doc.text });
    }),
    vscode.commands.registerCommand('kubeTutor.cluster.run', async (preset?: { image?: string; name?: string; port?: string; as?: 'pod' | 'deployment' | 'rc' }) => {
      if (!(await requireCluster())) return undefined;
      const engine = docker.engine;
      let image = preset?.image;
      if (!image) {
        const pushed: vscode.QuickPickItem[] = [];
        for (const [repo, tags] of engine.registry.pushed) for (const tag of tags.keys()) pushed.push({ label: familiarName(parseReference(`${repo}:${tag}`)) + (tag === 'latest' ? '' : `:${tag}`), description: l10n.t('pushed to the registry') });
        const local = [...engine.store.tags.keys()].sort().map((t) => ({ label: t, description: l10n.t('local only: the cluster cannot pull it until you push it') }));
        const other = { label: l10n.t('Another image…'), description: l10n.t('e.g. luksa/kubia, nginx:1.27') };
        const picked = await vscode.window.showQuickPick([...pushed, ...local, other], { placeHolder: l10n.t('Image to run in the cluster') });
        if (!picked) return undefined;
        image = picked === other ? await vscode.window.showInputBox({ prompt: l10n.t('Image (--image)'), validateInput: (v) => (v.trim() ? referenceError(v) : l10n.t('Enter an image name.')) }) : picked.label;
        if (!image) return undefined;
      }
      image = image.trim();
      const base = familiarName(parseReference(image)).split('/').pop()!.replace(/[^a-z0-9-]/g, '-');
      const name = preset?.name ?? (await vscode.window.showInputBox({ prompt: l10n.t('Name of the new object'), value: base, validateInput: objectNameError }));
      if (!name) return undefined;
      const exposed = engine.findImage(image)?.config.exposedPorts?.[0]?.split('/')[0] ?? (image.includes('kubia') ? '8080' : '');
      const port = preset?.port ?? (await vscode.window.showInputBox({ prompt: l10n.t('Container port (--port); empty for none'), value: exposed, validateInput: (v) => (v.trim() ? portError(v) : undefined) }));
      if (port === undefined) return undefined;
      let as = preset?.as;
      if (!as) {
        const picked = await vscode.window.showQuickPick(
          [
            { label: l10n.t('Pod'), description: 'kubectl run', as: 'pod' as const },
            { label: l10n.t('Deployment'), description: 'kubectl create deployment', as: 'deployment' as const },
            { label: l10n.t('ReplicationController (as in the book)'), description: l10n.t('kubectl run --generator=run/v1 was removed; Kube Tutor adds --tutor-rc'), as: 'rc' as const },
          ],
          { placeHolder: l10n.t('What to create') },
        );
        if (!picked) return undefined;
        as = picked.as;
      }
      const portFlag = port.trim() ? ` --port=${port.trim()}` : '';
      const line =
        as === 'deployment'
          ? `kubectl create deployment ${q(name.trim())} --image=${q(image)}${portFlag}`
          : `kubectl run ${q(name.trim())} --image=${q(image)}${portFlag}${as === 'rc' ? ' --tutor-rc' : ''}`;
      return run(line);
    }),
    vscode.commands.registerCommand('kubeTutor.cluster.expose', async (target?: Target, preset?: { type?: string; port?: string; name?: string }) => {
      if (!(await requireCluster())) return undefined;
      const ref = await pickObject(target, ['ReplicationController', 'Deployment', 'ReplicaSet', 'Pod'], l10n.t('Object to expose as a Service'), l10n.t('Nothing to expose yet: run an image or apply a manifest first.'));
      if (!ref) return undefined;
      let type = preset?.type;
      if (!type) {
        const picked = await vscode.window.showQuickPick(
          [
            { label: 'ClusterIP', description: l10n.t('reachable inside the cluster only') },
            { label: 'NodePort', description: l10n.t('also on a port of every node') },
            { label: 'LoadBalancer', description: l10n.t('also on an external IP (as in the book)') },
          ],
          { placeHolder: l10n.t('Service type (--type)') },
        );
        type = picked?.label;
        if (!type) return undefined;
      }
      const detected = containerPort(host().cluster?.api.tryGet(ref.kind, ref.namespace ?? 'default', ref.name));
      const port = preset?.port ?? (await vscode.window.showInputBox({ prompt: l10n.t('Service port (--port)'), value: detected ? String(detected) : '', validateInput: portError }));
      if (!port) return undefined;
      const name = preset?.name ?? (await vscode.window.showInputBox({ prompt: l10n.t('Service name (--name)'), value: `${ref.name}-http`, validateInput: objectNameError }));
      if (!name) return undefined;
      const extra = [`--type=${type}`, `--name ${q(name.trim())}`];
      if (String(detected) !== port.trim()) extra.push(`--port=${port.trim()}`);
      return run(kubectlLine('expose', ref, ...extra));
    }),
    vscode.commands.registerCommand('kubeTutor.cluster.scale', async (target?: Target, preset?: { replicas?: number | string }) => {
      if (!(await requireCluster())) return undefined;
      const ref = await pickObject(target, ['ReplicationController', 'Deployment', 'ReplicaSet'], l10n.t('Workload to scale'), l10n.t('Nothing to scale yet: create a Deployment or ReplicationController first.'));
      if (!ref) return undefined;
      const current = host().cluster?.api.tryGet(ref.kind, ref.namespace ?? 'default', ref.name)?.spec?.replicas ?? 1;
      const answer = preset?.replicas !== undefined ? String(preset.replicas) : await vscode.window.showInputBox({ prompt: l10n.t('Replicas for {0} (now {1})', ref.name, String(current)), value: String(current), validateInput: replicasError });
      if (answer === undefined) return undefined;
      const error = replicasError(answer);
      if (error) {
        void vscode.window.showErrorMessage(error);
        return undefined;
      }
      return run(kubectlLine('scale', ref, `--replicas=${Number(answer.trim())}`));
    }),
    vscode.commands.registerCommand('kubeTutor.cluster.delete', async (target?: Target) => {
      if (!(await requireCluster())) return undefined;
      const ref = await pickObject(target, ['Deployment', 'ReplicationController', 'ReplicaSet', 'Pod', 'Service'], l10n.t('Object to delete'), l10n.t('There is nothing to delete.'));
      return ref ? run(kubectlLine('delete', ref)) : undefined;
    }),
    vscode.commands.registerCommand('kubeTutor.cluster.logs', async (target?: Target) => {
      if (!(await requireCluster())) return undefined;
      const ref = await pickObject(target, ['Pod'], l10n.t('Pod whose logs to show'), l10n.t('There are no pods.'));
      return ref ? run(kubectlLine('logs', ref).replace(/^kubectl logs pod /, 'kubectl logs ')) : undefined;
    }),
    vscode.commands.registerCommand('kubeTutor.cluster.describe', async (target?: Target) => {
      if (!(await requireCluster())) return undefined;
      const ref = await pickObject(target, ['Pod', 'Deployment', 'ReplicaSet', 'ReplicationController', 'Service', 'Node'], l10n.t('Object to describe'), l10n.t('There is nothing to describe.'));
      return ref ? run(kubectlLine('describe', ref)) : undefined;
    }),
    vscode.commands.registerCommand('kubeTutor.cluster.edit', async (target?: Target) => {
      if (!(await requireCluster())) return undefined;
      const ref = await pickObject(target, ['Deployment', 'ReplicationController', 'ReplicaSet', 'Pod', 'Service'], l10n.t('Object to edit'), l10n.t('There is nothing to edit.'));
      return ref ? run(kubectlLine('edit', ref)) : undefined;
    }),
    vscode.commands.registerCommand('kubeTutor.cluster.rolloutRestart', async (target?: Target) => {
      if (!(await requireCluster())) return undefined;
      const ref = await pickObject(target, ['Deployment'], l10n.t('Deployment to restart'), l10n.t('There are no Deployments (rollouts are for Deployments).'));
      return ref ? run(rolloutLine('restart', ref)) : undefined;
    }),
    vscode.commands.registerCommand('kubeTutor.cluster.rolloutUndo', async (target?: Target) => {
      if (!(await requireCluster())) return undefined;
      const ref = await pickObject(target, ['Deployment'], l10n.t('Deployment to roll back'), l10n.t('There are no Deployments (rollouts are for Deployments).'));
      return ref ? run(rolloutLine('undo', ref)) : undefined;
    }),
    vscode.commands.registerCommand('kubeTutor.cluster.start', () => run(startLine())),
    vscode.commands.registerCommand('kubeTutor.cluster.stop', () => {
      if (host().state !== 'Running') {
        void vscode.window.showInformationMessage(l10n.t('The cluster is not running.'));
        return undefined;
      }
      return run('minikube stop');
    }),
    vscode.commands.registerCommand('kubeTutor.cluster.reset', async (preset?: { confirm?: boolean }) => {
      if (preset?.confirm !== true) {
        const reset = l10n.t('Reset');
        const answer = await vscode.window.showWarningMessage(l10n.t('Delete the cluster and everything in it, then start a fresh one?'), { modal: true }, reset);
        if (answer !== reset) return undefined;
      }
      if (host().state !== 'Absent') await run('minikube delete');
      return run(startLine());
    }),
    vscode.commands.registerCommand('kubeTutor.cluster.switchProfile', async (preset?: { profile?: 'minikube' | 'three-node' }) => {
      let profile = preset?.profile;
      if (!profile) {
        const current = host().profile.name;
        const picked = await vscode.window.showQuickPick(
          [
            { label: 'minikube', description: l10n.t('1 node, like minikube on a laptop'), profile: 'minikube' as const, picked: current === 'minikube' },
            { label: 'three-node', description: l10n.t("3 worker nodes, like the book's GKE cluster"), profile: 'three-node' as const, picked: current === 'three-node' },
          ],
          { placeHolder: l10n.t('Cluster profile (the current cluster is deleted)') },
        );
        profile = picked?.profile;
        if (!profile) return undefined;
      }
      if (profile === host().profile.name && host().state === 'Running') {
        void vscode.window.showInformationMessage(l10n.t('The cluster already runs the {0} profile.', profile));
        return undefined;
      }
      if (host().state !== 'Absent') await run('minikube delete');
      return run(startLine(profile));
    }),
    vscode.commands.registerCommand('kubeTutor.cluster.actions', async () => {
      const running = host().state === 'Running';
      const items: Array<vscode.QuickPickItem & { command: string }> = [
        { label: `$(type-hierarchy) ${l10n.t('Show Cluster Topology')}`, command: 'kubeTutor.showTopology' },
        ...(running
          ? [
              { label: `$(cloud-upload) ${l10n.t('Apply Manifest')}`, command: 'kubeTutor.cluster.apply' },
              { label: `$(play) ${l10n.t('Run Image')}`, command: 'kubeTutor.cluster.run' },
              { label: `$(plug) ${l10n.t('Expose')}`, command: 'kubeTutor.cluster.expose' },
              { label: `$(arrow-both) ${l10n.t('Scale')}`, command: 'kubeTutor.cluster.scale' },
              { label: `$(debug-stop) ${l10n.t('Stop Cluster')}`, command: 'kubeTutor.cluster.stop' },
            ]
          : [{ label: `$(play) ${l10n.t('Start Cluster')}`, command: 'kubeTutor.cluster.start' }]),
        { label: `$(server-environment) ${l10n.t('Switch Cluster Profile')}`, command: 'kubeTutor.cluster.switchProfile' },
        { label: `$(discard) ${l10n.t('Reset Cluster')}`, command: 'kubeTutor.cluster.reset' },
      ];
      const picked = await vscode.window.showQuickPick(items, { placeHolder: l10n.t('Cluster: {0}', describeHost()) });
      if (picked) await vscode.commands.executeCommand(picked.command);
    }),
  ];

  function describeHost(): string {
    const h = host();
    const c = h.cluster;
    if (!c) return h.state === 'Stopped' ? l10n.t('{0}, stopped', h.profile.name) : l10n.t('not started');
    const pods = c.store.list('Pod').filter((p) => p.metadata.namespace !== 'kube-system');
    return l10n.t('{0}, running, {1} of {2} pods ready', h.profile.name, String(pods.filter(isPodReady).length), String(pods.length));
  }
}

function rolloutLine(sub: 'restart' | 'undo', ref: ObjectRef): string {
  return `kubectl rollout ${sub} deployment/${q(ref.name)}${ref.namespace && ref.namespace !== 'default' ? ` -n ${q(ref.namespace)}` : ''}`;
}

