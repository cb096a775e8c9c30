/**
 * `kubectl expose (TYPE NAME | TYPE/NAME) [--port] [--target-port] [--name] [--type]
 * [--protocol] [--selector] [--labels]` (k8s.io/kubectl/pkg/cmd/expose): the selector and ports
 * are introspected from the object (RC `spec.selector`, Deployment/ReplicaSet `matchLabels`,
 * pod labels; the template's container ports).
 */
import type { Json, KObject } from '../../../cluster/types';
import { type KubectlCommand, DRY_RUN_FLAG, OUTPUT_FLAG, dryRun, fail } from '../context';
import { toJson, toYaml } from '../output';
import { targets } from '../resources';
import { parseLabels } from './run';

function introspect(o: KObject): { selector?: Record<string, string>; ports: Json[] } {
  switch (o.kind) {
    case 'Pod':
      return { selector: o.metadata.labels && Object.keys(o.metadata.labels).length ? { ...o.metadata.labels } : undefined, ports: o.spec?.containers?.flatMap((c: Json) => c.ports ?? []) ?? [] };
    case 'ReplicationController':
      return { selector: o.spec?.selector, ports: o.spec?.template?.spec?.containers?.flatMap((c: Json) => c.ports ?? []) ?? [] };
    case 'ReplicaSet':
    case 'Deployment':
      if (o.spec?.selector?.matchExpressions?.length) fail(`couldn't retrieve selectors via --selector flag or introspection: the ${o.kind} has a selector with matchExpressions, which expose cannot use`);
      return { selector: o.spec?.selector?.matchLabels, ports: o.spec?.template?.spec?.containers?.flatMap((c: Json) => c.ports ?? []) ?? [] };
    case 'Service':
      return { selector: o.spec?.selector, ports: o.spec?.ports?.map((p: Json) => ({ containerPort: p.port, protocol: p.protocol })) ?? [] };
    default:
      fail(`cannot expose a ${o.kind}`);
  }
}

export const expose: KubectlCommand = {
  name: 'expose',
  flags: [
    { name: 'port', type: 'string' },
    { name: 'target-port', type: 'string' },
    { name: 'name', type: 'string' },
    { name: 'type', type: 'string' },
    { name: 'protocol', type: 'string' },
    { name: 'selector', type: 'string' },
    { name: 'labels', short: 'l', type: 'string' },
    { name: 'external-ip', type: 'string' },
    { name: 'cluster-ip', type: 'string' },
    { name: 'session-affinity', type: 'string' },
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
  ],
  run(inv) {
    const { flags, ctx, cluster } = inv;
    if (!flags.args.length) fail("You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
    const { targets: ts } = targets(flags.args);
    const t = ts[0]!;
    if (t.name === undefined) fail('resource(s) were provided, but no name was specified');
    const o = cluster.api.get(t.info.kind, inv.namespace, t.name);
    const found = introspect(o);
    const selector = flags.has('selector') ? parseLabels(flags.string('selector')) : found.selector;
    if (!selector) fail(o.kind === 'Pod' ? `the pod has no labels and cannot be exposed` : `couldn't retrieve selectors via --selector flag or introspection: the ${o.kind.toLowerCase()} has no selector`);
    const protocol = flags.string('protocol', '');
    let ports: Json[];
    if (flags.has('port')) ports = [{ port: Number(flags.string('port')) }];
    else {
      if (!found.ports.length) fail("couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples");
      ports = found.ports.map((p) => ({ port: p.containerPort, protocol: p.protocol }));
    }
    ports = ports.map((p, i) => {
      const out: Json = { port: p.port, protocol: protocol || p.protocol || 'TCP' };
      if (ports.length > 1) out.name = `port-${i + 1}`;
      const tp = flags.string('target-port');
      out.targetPort = tp ? (/^\d+$/.test(tp) ? Number(tp) : tp) : p.port;
      return out;
    });
    const name = flags.string('name') || o.metadata.name;
    const type = flags.string('type');
    const types: Record<string, string> = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer', externalname: 'ExternalName' };
    if (type && !types[type.toLowerCase()]) fail(`invalid service type: ${type}`);
    const spec: Json = { ports, selector };
    if (type) spec.type = types[type.toLowerCase()];
    if (flags.has('external-ip')) spec.externalIPs = [flags.string('external-ip')];
    if (flags.has('cluster-ip')) spec.clusterIP = flags.string('cluster-ip');
    if (flags.has('session-affinity')) spec.sessionAffinity = flags.string('session-affinity');
    const labels = flags.has('labels') ? parseLabels(flags.string('labels')) : o.metadata.labels ? { ...o.metadata.labels } : undefined;
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name, labels }, spec };
    const mode = dryRun(flags);
    const result = mode === 'client' ? svc : cluster.api.create(svc, { namespace: inv.namespace, dryRun: mode === 'server' });
    const out = flags.string('output');
    if (out === 'yaml' || out === 'json') ctx.out(out === 'yaml' ? toYaml(result) : toJson(result));
    else ctx.out(`service/${name} exposed${mode === 'none' ? '' : ` (${mode} dry run)`}\n`);
    return 0;
  },
};
