/**
 * `kubectl logs (POD | TYPE/NAME) [-c CONTAINER] [-p] [--tail=N] [-f]` (pkg/cmd/logs), with the
 * API server's BadRequest wording for containers that have not started.
 */
import { ApiError } from '../../../cluster/errors';
import { Selector } from '../../../cluster/labels';
import type { Json, KObject } from '../../../cluster/types';
import { type KubectlCommand, fail } from '../context';

export function podFor(inv: Parameters<KubectlCommand['run']>[0], arg: string): KObject {
  const { cluster } = inv;
  const i = arg.indexOf('/');
  if (i < 0 || /^(po|pod|pods)\//.test(arg)) return cluster.api.get('Pod', inv.namespace, i < 0 ? arg : arg.slice(i + 1));
  const type = arg.slice(0, i);
  const name = arg.slice(i + 1);
  const kinds: Record<string, string> = { deploy: 'Deployment', deployment: 'Deployment', deployments: 'Deployment', rs: 'ReplicaSet', replicaset: 'ReplicaSet', rc: 'ReplicationController', replicationcontroller: 'ReplicationController', svc: 'Service', service: 'Service' };
  const kind = kinds[type];
  if (!kind) fail(`cannot attach to *v1.${type}: selector for *v1.${type} not implemented`);
  const o = cluster.api.get(kind, inv.namespace, name);
  const sel = kind === 'Deployment' || kind === 'ReplicaSet' ? Selector.fromLabelSelector(o.spec?.selector) : Selector.fromMap(kind === 'Service' ? o.spec?.selector : o.spec?.selector);
  const pods = cluster.api.list('Pod', inv.namespace, sel).sort((a, b) => (a.metadata.creationTimestamp < b.metadata.creationTimestamp ? -1 : 1));
  if (!pods.length) fail(`timed out waiting for the condition`);
  return pods[0]!;
}

export function containerOf(inv: Parameters<KubectlCommand['run']>[0], pod: KObject, name: string): Json {
  const cs: Json[] = pod.spec?.containers ?? [];
  if (name) {
    const c = cs.find((x) => x.name === name);
    if (!c) throw ApiError.badRequest(`container ${name} is not valid for pod ${pod.metadata.name}`);
    return c;
  }
  if (cs.length > 1) inv.ctx.err(`Defaulted container "${cs[0].name}" out of: ${cs.map((c) => c.name).join(', ')}\n`);
  return cs[0];
}

export const logs: KubectlCommand = {
  name: 'logs',
  flags: [
    { name: 'container', short: 'c', type: 'string' },
    { name: 'previous', short: 'p', type: 'bool' },
    { name: 'follow', short: 'f', type: 'bool' },
    { name: 'tail', type: 'int' },
    { name: 'timestamps', type: 'bool' },
  ],
  run(inv) {
    const { flags, ctx, cluster } = inv;
    const arg = flags.args[0];
    if (!arg) fail("expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples");
    const pod = podFor(inv, arg);
    const c = containerOf(inv, pod, flags.string('container') || flags.args[1] || '');
    const res = cluster.kubelets.logs(pod.metadata.namespace!, pod.metadata.name, c.name, flags.bool('previous'));
    if (res.error === 'no-previous') throw ApiError.badRequest(`previous terminated container "${c.name}" in pod "${pod.metadata.name}" not found`);
    if (res.error || !res.lines) {
      const st = (pod.status?.containerStatuses ?? []).find((s: Json) => s.name === c.name);
      const reason = st?.state?.waiting?.reason ?? 'ContainerCreating';
      if (reason === 'ErrImagePull' || reason === 'ImagePullBackOff')
        throw ApiError.badRequest(`container "${c.name}" in pod "${pod.metadata.name}" is waiting to start: trying and failing to pull image`);
      throw ApiError.badRequest(`container "${c.name}" in pod "${pod.metadata.name}" is waiting to start: ${reason}`);
    }
    const lines = flags.has('tail') && flags.int('tail', -1) >= 0 ? res.lines.slice(Math.max(0, res.lines.length - flags.int('tail', 0))) : res.lines;
    ctx.out(lines.map((l) => `${l}\n`).join(''));
    return 0;
  },
};
