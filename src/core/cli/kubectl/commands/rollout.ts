/**
 * `kubectl rollout status|history|undo|restart|pause|resume deployment/NAME`
 * (pkg/cmd/rollout, polymorphichelpers/rollout_status.go and history.go). `status` advances
 * the virtual clock until the rollout completes (or `--timeout`), printing the same
 * progress lines as the real client.
 */
import { REVISION, stripHash } from '../../../cluster/controllers/deployment';
import type { Json, KObject } from '../../../cluster/types';
import { type Invocation, type KubectlCommand, fail } from '../context';
import { qualifiedName } from '../output';
import { targets } from '../resources';
import { tabwrite } from '../tabwriter';

/** DeploymentStatusViewer.Status */
export function rolloutStatus(d: KObject): { message: string; done: boolean } {
  const name = d.metadata.name;
  const s = d.status ?? {};
  if ((d.metadata.generation ?? 0) > (s.observedGeneration ?? 0)) return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
  const progressing = (s.conditions ?? []).find((c: Json) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') fail(`deployment "${name}" exceeded its progress deadline`);
  const want = d.spec?.replicas ?? 1;
  const updated = s.updatedReplicas ?? 0;
  if (updated < want) return { message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${want} new replicas have been updated...\n`, done: false };
  if ((s.replicas ?? 0) > updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${(s.replicas ?? 0) - updated} old replicas are pending termination...\n`, done: false };
  if ((s.availableReplicas ?? 0) < updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${s.availableReplicas ?? 0} of ${updated} updated replicas are available...\n`, done: false };
  return { message: `deployment "${name}" successfully rolled out\n`, done: true };
}

function parseTimeout(text: string): number {
  if (!text || text === '0') return 600_000;
  const m = /^(\d+)(ms|s|m|h)?$/.exec(text);
  if (!m) fail(`invalid argument "${text}" for "--timeout" flag: time: invalid duration "${text}"`);
  return Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as Record<string, number>)[m[2] ?? 's']!;
}

function deploymentArg(inv: Invocation): KObject {
  const { targets: ts } = targets(inv.flags.args.slice(1));
  const t = ts[0]!;
  if (t.info.kind !== 'Deployment') fail(`no rollout ${inv.flags.args[0]} for ${t.info.plural}`);
  if (t.name === undefined) fail('required resource name not specified');
  return inv.cluster.api.get('Deployment', inv.namespace, t.name);
}

export const rollout: KubectlCommand = {
  name: 'rollout',
  flags: [{ name: 'timeout', type: 'string' }, { name: 'to-revision', type: 'int' }, { name: 'watch', short: 'w', type: 'bool' }, { name: 'revision', type: 'int' }],
  run(inv) {
    const { flags, ctx, cluster } = inv;
    const sub = flags.args[0];
    const subs = ['history', 'pause', 'restart', 'resume', 'status', 'undo'];
    if (!sub || !subs.includes(sub)) fail(`Unknown command "${sub ?? ''}" for "kubectl rollout"\nAvailable Commands: ${subs.join(', ')}`);
    const d = deploymentArg(inv);
    const key = { ns: d.metadata.namespace, name: d.metadata.name };
    const fresh = () => cluster.api.get('Deployment', key.ns, key.name);
    switch (sub) {
      case 'status': {
        let last = '';
        const print = () => {
          const st = rolloutStatus(fresh());
          if (st.message !== last) ctx.out(st.message);
          last = st.message;
          return st.done;
        };
        if (print()) return 0;
        if (flags.has('watch') && !flags.bool('watch')) return 0;
        const ok = cluster.advanceUntil(() => print(), parseTimeout(flags.string('timeout')));
        if (!ok) fail('timed out waiting for the condition');
        return 0;
      }
      case 'history': {
        const rss = cluster.store.byIndex('ReplicaSet', 'controller', d.metadata.uid).sort((a, b) => Number(a.metadata.annotations?.[REVISION]) - Number(b.metadata.annotations?.[REVISION]));
        if (flags.has('revision')) {
          const rs = rss.find((r) => Number(r.metadata.annotations?.[REVISION]) === flags.int('revision', 0));
          if (!rs) fail(`unable to find the specified revision`);
          ctx.out(`deployment.apps/${d.metadata.name} with revision #${flags.int('revision', 0)}\nPod Template:\n  Labels:\t${Object.entries(rs.spec.template.metadata?.labels ?? {}).map(([k, v]) => `${k}=${v}`).join('\n\t')}\n  Containers:\n${rs.spec.template.spec.containers.map((c: Json) => `   ${c.name}:\n    Image:\t${c.image}\n`).join('')}\n`);
          return 0;
        }
        const rows = rss.map((rs) => `${rs.metadata.annotations?.[REVISION]}\t${rs.metadata.annotations?.['kubernetes.io/change-cause'] ?? '<none>'}`);
        ctx.out(`deployment.apps/${d.metadata.name} \n${tabwrite(['REVISION\tCHANGE-CAUSE', ...rows].join('\n'), 2)}\n\n`);
        return 0;
      }
      case 'undo': {
        const rss = cluster.store.byIndex('ReplicaSet', 'controller', d.metadata.uid);
        const current = Number(d.metadata.annotations?.[REVISION] ?? 0);
        const wanted = flags.int('to-revision', 0);
        const candidates = rss.filter((rs) => Number(rs.metadata.annotations?.[REVISION]) !== current).sort((a, b) => Number(b.metadata.annotations?.[REVISION]) - Number(a.metadata.annotations?.[REVISION]));
        const target = wanted ? rss.find((rs) => Number(rs.metadata.annotations?.[REVISION]) === wanted) : candidates[0];
        if (!target) fail(wanted ? `unable to find specified revision ${wanted} in history` : 'no rollout history found for deployment "' + d.metadata.name + '"');
        if (wanted === current) {
          ctx.out(`${qualifiedName('Deployment', d.metadata.name)} skipped rollback (current template already matches revision ${wanted})\n`);
          return 0;
        }
        const template = stripHash(target.spec.template);
        cluster.api.update({ ...d, spec: { ...d.spec, template } });
        ctx.out(`${qualifiedName('Deployment', d.metadata.name)} rolled back\n`);
        return 0;
      }
      case 'restart': {
        const template = d.spec.template;
        const annotations = { ...(template.metadata?.annotations ?? {}), 'kubectl.kubernetes.io/restartedAt': cluster.api.now() };
        cluster.api.update({ ...d, spec: { ...d.spec, template: { ...template, metadata: { ...template.metadata, annotations } } } });
        ctx.out(`${qualifiedName('Deployment', d.metadata.name)} restarted\n`);
        return 0;
      }
      default: {
        const pause = sub === 'pause';
        if (!!d.spec.paused === pause) fail(`deployments.apps "${d.metadata.name}" is ${pause ? 'already paused' : 'not paused'}`);
        cluster.api.update({ ...d, spec: { ...d.spec, paused: pause || undefined } });
        ctx.out(`${qualifiedName('Deployment', d.metadata.name)} ${pause ? 'paused' : 'resumed'}\n`);
        return 0;
      }
    }
  },
};
