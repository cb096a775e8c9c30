import * as vscode from 'vscode';
import type { ObjectDetails, ObjectRef, TopologyAction } from '../../core/topology';
import { actionLabel } from './strings';

/**
 * Context actions run extension commands by id with `{ kind, namespace, name }` (and
 * `replicas` for scale). The simulator's commands register these ids; until they exist the
 * learner gets a clear "not available yet" message with the equivalent real command.
 */
export const ACTION_COMMANDS: Readonly<Record<TopologyAction, string>> = {
  scale: 'kubeTutor.scale',
  delete: 'kubeTutor.delete',
  logs: 'kubeTutor.logs',
  describe: 'kubeTutor.describe',
  openYaml: 'kubeTutor.openYaml',
};

export interface ActionArgs {
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly replicas?: number;
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
  const command = ACTION_COMMANDS[action];
  const available = await commandExists(command);
  if (!available) {
    if (action === 'describe' && details) {
      // Describe needs no simulator command: the text is computed from the ClusterView.
      const doc = await vscode.workspace.openTextDocument({ content: `$ ${details.command}\n${details.text}\n`, language: 'plaintext' });
      await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Active });
      return;
    }
    log.info(`Topology action ${action} on ${ref.kind}/${ref.name}: ${command} is not registered yet`);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('"{0}" is not available yet: the simulator command it needs ({1}) is not part of this build. The equivalent real command is: {2}', actionLabel(action), command, equivalentCommand(action, ref)),
    );
    return;
  }
  let replicas: number | undefined;
  if (action === 'scale') {
    const input = await vscode.window.showInputBox({
      title: vscode.l10n.t('Scale {0}', `${ref.kind}/${ref.name}`),
      prompt: vscode.l10n.t('Number of replicas'),
      value: '3',
      validateInput: (v) => (/^\d{1,3}$/.test(v.trim()) ? undefined : vscode.l10n.t('Enter a whole number from 0 to 999.')),
    });
    if (input === undefined) return;
    replicas = Number(input.trim());
  }
  const args: ActionArgs = { kind: ref.kind, name: ref.name, ...(ref.namespace ? { namespace: ref.namespace } : {}), ...(replicas !== undefined ? { replicas } : {}) };
  await vscode.commands.executeCommand(command, args);
}
