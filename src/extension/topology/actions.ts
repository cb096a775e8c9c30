import * as vscode from 'vscode';
import type { ObjectDetails, ObjectRef, TopologyAction } from '../../core/topology';
import type { DockerNode } from '../docker/tree';
import { actionLabel } from './strings';

/**
 * Context actions run the extension's own commands with the object they are for: cluster objects
 * go to the Cluster commands (`kubeTutor.cluster.*`, which take `{ kind, name, namespace }` and
 * ask for what is missing, e.g. the replica count), containers and images to the Docker commands.
 * Each command types the equivalent `kubectl`/`docker` line into the Kube Tutor terminal.
 */
const CLUSTER_COMMANDS: Readonly<Record<TopologyAction, string>> = {
  scale: 'kubeTutor.cluster.scale',
  delete: 'kubeTutor.cluster.delete',
  logs: 'kubeTutor.cluster.logs',
  describe: 'kubeTutor.cluster.describe',
  openYaml: 'kubeTutor.cluster.edit',
};

/** The command and arguments an action runs, or undefined when the object has no such action. */
export function actionCommand(action: TopologyAction, ref: ObjectRef): { readonly command: string; readonly args: readonly unknown[] } | undefined {
  if (ref.kind === 'Container') {
    const node: DockerNode = { id: `container:${ref.name}`, kind: 'container', ref: ref.name };
    if (action === 'delete') return { command: 'kubeTutor.removeContainer', args: [node] };
    if (action === 'logs') return { command: 'kubeTutor.showLogs', args: [node] };
    if (action === 'describe') return { command: 'kubeTutor.runInTerminal', args: [`docker inspect ${ref.name}`] };
    return undefined;
  }
  if (ref.kind === 'Image') {
    if (action === 'delete') return { command: 'kubeTutor.removeImage', args: [{ id: `image:${ref.name}`, kind: 'image', ref: ref.name } satisfies DockerNode] };
    if (action === 'describe') return { command: 'kubeTutor.runInTerminal', args: [`docker image inspect ${ref.name}`] };
    return undefined;
  }
  const target: ActionArgs = { kind: ref.kind, name: ref.name, ...(ref.namespace ? { namespace: ref.namespace } : {}) };
  return { command: CLUSTER_COMMANDS[action], args: [target] };
}

export interface ActionArgs {
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
}

const SHORT: Record<string, string> = { ReplicationController: 'rc', ReplicaSet: 'rs', Deployment: 'deployment', Pod: 'pod', Service: 'service', Node: 'node' };

/** The real CLI command the action stands for (kubectl for cluster objects, docker for engine objects). */
export function equivalentCommand(action: TopologyAction, ref: ObjectRef, replicas?: number): string {
  const docker = ref.kind === 'Container' || ref.kind === 'Image';
  const ns = ref.namespace ? ` -n ${ref.namespace}` : '';
  const obj = `${SHORT[ref.kind] ?? ref.kind.toLowerCase()} ${ref.name}`;
  switch (action) {
    case 'scale':
      return `kubectl scale ${obj} --replicas=${replicas ?? 3}${ns}`;
    case 'delete':
      return docker ? (ref.kind === 'Image' ? `docker rmi ${ref.name}` : `docker rm -f ${ref.name}`) : `kubectl delete ${obj}${ns}`;
    case 'logs':
      return docker ? `docker logs ${ref.name}` : `kubectl logs ${ref.name}${ns}`;
    case 'describe':
      return docker ? `docker inspect ${ref.name}` : `kubectl describe ${obj}${ns}`;
    case 'openYaml':
      return `kubectl get ${obj}${ns} -o yaml`;
  }
}

async function commandExists(id: string): Promise<boolean> {
  return (await vscode.commands.getCommands(true)).includes(id);
}

export async function runAction(action: TopologyAction, ref: ObjectRef, details: ObjectDetails | undefined, log: vscode.LogOutputChannel): Promise<void> {
  const target = actionCommand(action, ref);
  if (!target || !(await commandExists(target.command))) {
    if (action === 'describe' && details) {
      // Describe needs no simulator command: the text is computed from the ClusterView.
      const doc = await vscode.workspace.openTextDocument({ content: `$ ${details.command}\n${details.text}\n`, language: 'plaintext' });
      await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Active });
      return;
    }
    log.info(`Topology action ${action} on ${ref.kind}/${ref.name}: no command for it`);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('"{0}" is not available for {1}. The equivalent real command is: {2}', actionLabel(action), `${ref.kind}/${ref.name}`, equivalentCommand(action, ref)),
    );
    return;
  }
  await vscode.commands.executeCommand(target.command, ...target.args);
}
