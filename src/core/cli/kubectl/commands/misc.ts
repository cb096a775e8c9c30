/** `version`, `cluster-info`, `api-resources`, `explain` (from the schema table), `wait`. */
import { KUBERNETES_VERSION } from '../../../cluster/profiles';
import { RESOURCES, resolveResource } from '../../../cluster/kinds';
import { isPodReady } from '../../../cluster/podutil';
import type { Json, KObject } from '../../../cluster/types';
import { explainSchema, schemaKindsNamed } from '../../../manifest/schema/kubectlExplain';
import { type KubectlCommand, fail, OUTPUT_FLAG } from '../context';
import { qualifiedKind, toYaml } from '../output';
import { table } from '../tabwriter';
import { targets } from '../resources';
import { selectorFlag } from './get';

export const CLIENT_VERSION = 'v1.32.0';

export const version: KubectlCommand = {
  name: 'version',
  offline: true,
  flags: [{ name: 'client', type: 'bool' }, OUTPUT_FLAG],
  run(inv) {
    const { ctx, flags } = inv;
    const server = !flags.bool('client') && inv.host.cluster;
    const info = (v: string) => ({ major: '1', minor: v.split('.')[1], gitVersion: v, platform: 'linux/amd64' });
    const out = flags.string('output');
    if (out === 'yaml' || out === 'json') {
      const doc: Json = { clientVersion: info(CLIENT_VERSION), kustomizeVersion: 'v5.5.0' };
      if (server) doc.serverVersion = info(KUBERNETES_VERSION);
      ctx.out(out === 'yaml' ? toYaml(doc) : JSON.stringify(doc, null, 2) + '\n');
      return 0;
    }
    ctx.out(`Client Version: ${CLIENT_VERSION}\nKustomize Version: v5.5.0\n`);
    if (flags.bool('client')) return 0;
    if (!server) {
      ctx.err(inv.host.connectionError() + '\n');
      return 1;
    }
    ctx.out(`Server Version: ${KUBERNETES_VERSION}\n`);
    return 0;
  },
};

export const clusterInfo: KubectlCommand = {
  name: 'cluster-info',
  flags: [],
  run(inv) {
    const server = inv.host.profile.server;
    const green = (s: string) => `\x1b[0;32m${s}\x1b[0m`;
    const yellow = (s: string) => `\x1b[0;33m${s}\x1b[0m`;
    inv.ctx.out(
      `${green('Kubernetes control plane')} is running at ${yellow(server)}\n` +
        `${green('CoreDNS')} is running at ${yellow(`${server}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy`)}\n\n` +
        `To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`,
    );
    return 0;
  },
};

export const apiResources: KubectlCommand = {
  name: 'api-resources',
  offline: true,
  flags: [OUTPUT_FLAG, { name: 'namespaced', type: 'string' }],
  run(inv) {
    const rows = [...RESOURCES]
      .filter((r) => !inv.flags.has('namespaced') || String(r.namespaced) === inv.flags.string('namespaced'))
      .sort((a, b) => (a.apiVersion.includes('/') ? 1 : 0) - (b.apiVersion.includes('/') ? 1 : 0) || a.plural.localeCompare(b.plural))
      .map((r) => [r.plural, r.shortNames.join(','), r.apiVersion, String(r.namespaced), r.kind]);
    inv.ctx.out(table(['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'], rows));
    return 0;
  },
};

/** `kubectl explain TYPE[.FIELD...] [--recursive] [--api-version=G/V]`, from the bundled schema. */
export const explain: KubectlCommand = {
  name: 'explain',
  offline: true,
  flags: [{ name: 'recursive', type: 'bool' }, { name: 'api-version', type: 'string' }, OUTPUT_FLAG],
  run(inv) {
    const arg = inv.flags.args[0];
    if (!arg) fail('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.');
    if (inv.flags.args.length > 1) fail(`We accept only this format: explain RESOURCE`);
    const output = inv.flags.string('output', 'plaintext');
    if (output !== 'plaintext' && output !== 'plaintext-openapiv2') fail(`unsupported output format: ${output}`);
    const [type, ...path] = arg.split('.');
    const info = resolveResource(type!);
    const candidates = info ? [{ apiVersion: info.apiVersion, kind: info.kind }] : schemaKindsNamed(type!);
    const wanted = inv.flags.string('api-version', '');
    const chosen = wanted ? schemaKindsNamed(info?.kind ?? type!).find((c) => c.apiVersion === wanted) : (candidates.find((c) => !c.apiVersion.startsWith('autoscaling/v1')) ?? candidates[0]);
    if (!chosen) {
      if (wanted && candidates.length) fail(`couldn't find resource for "${wanted}, Kind=${candidates[0]!.kind}"`);
      fail(`the server doesn't have a resource type "${type}"`);
    }
    const result = explainSchema({ ...chosen, path: path.filter(Boolean), recursive: inv.flags.bool('recursive') });
    if (!result.ok) {
      inv.ctx.err(result.error + '\n');
      return 1;
    }
    inv.ctx.out(result.text);
    return 0;
  },
};

function conditionMet(o: KObject | undefined, cond: string, value: string): boolean {
  if (!o) return false;
  if (o.kind === 'Pod' && cond.toLowerCase() === 'ready') return isPodReady(o) === (value.toLowerCase() === 'true');
  return (o.status?.conditions ?? []).some((c: Json) => c.type.toLowerCase() === cond.toLowerCase() && c.status.toLowerCase() === value.toLowerCase());
}

/** `kubectl wait --for=condition=Ready|delete|jsonpath=… (TYPE/NAME | TYPE -l …) [--timeout=30s]`: advances virtual time. */
export const wait: KubectlCommand = {
  name: 'wait',
  flags: [{ name: 'for', type: 'string' }, { name: 'timeout', type: 'string' }, { name: 'selector', short: 'l', type: 'string' }, { name: 'all', type: 'bool' }],
  run(inv) {
    const { flags, ctx, cluster } = inv;
    const forSpec = flags.string('for');
    if (!forSpec) fail('--for must be set');
    const m = /^(?:condition=([^=]+)(?:=(.+))?|(delete))$/i.exec(forSpec);
    if (!m) fail(`unrecognized condition: "${forSpec}"`);
    const t = /^(\d+)(s|m|h)?$/.exec(flags.string('timeout', '30s'));
    const timeout = t ? Number(t[1]) * ({ s: 1000, m: 60_000, h: 3_600_000 } as Record<string, number>)[t[2] ?? 's']! : 30_000;
    const { targets: ts } = targets(flags.args);
    const selector = selectorFlag(inv);
    const objects: KObject[] = [];
    for (const tg of ts) {
      if (tg.name !== undefined) {
        const o = cluster.api.tryGet(tg.info.kind, tg.info.namespaced ? inv.namespace : undefined, tg.name);
        if (!o) {
          if (m[3]) continue;
          fail(`${tg.info.plural} "${tg.name}" not found`);
        }
        objects.push(o);
      } else objects.push(...cluster.api.list(tg.info.kind, tg.info.namespaced ? inv.namespace : undefined, selector));
    }
    if (!objects.length) fail('no matching resources found');
    let status = 0;
    for (const o of objects) {
      const cur = () => {
        const c = cluster.api.tryGet(o.kind, o.metadata.namespace, o.metadata.name);
        return c && c.metadata.uid === o.metadata.uid ? c : undefined;
      };
      const ok = m[3] ? cluster.advanceUntil(() => !cur(), timeout) : cluster.advanceUntil(() => conditionMet(cur(), m[1]!, m[2] ?? 'true'), timeout);
      const name = `${qualifiedKind(o.kind)}/${o.metadata.name}`;
      if (ok) ctx.out(`${name} condition met\n`);
      else {
        ctx.err(`error: timed out waiting for the condition on ${qualifiedKind(o.kind).replace(/^(\w+)/, (k) => (k.endsWith('s') ? k : `${k}s`))}/${o.metadata.name}\n`);
        status = 1;
      }
    }
    return status;
  },
};
