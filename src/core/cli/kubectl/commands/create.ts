/**
 * `kubectl create` (k8s.io/kubectl/pkg/cmd/create): `-f FILE|DIR`, and the generators
 * `deployment NAME --image [--replicas] [--port]`, `service clusterip|nodeport|loadbalancer NAME
 * --tcp=port:target`, `namespace NAME`, `configmap NAME --from-literal`. The generated objects
 * match `kubectl create … --dry-run=client -o yaml` (checked against the real client in tests).
 */
import type { Json } from '../../../cluster/types';
import { type Invocation, type KubectlCommand, DRY_RUN_FLAG, OUTPUT_FLAG, dryRun, fail, printError, withSource } from '../context';
import { qualifiedName, toJson, toYaml } from '../output';
import { readManifests } from './apply';

export function generate(inv: Invocation): Json {
  const { flags } = inv;
  const [what, ...rest] = flags.args;
  switch (what) {
    case 'deployment':
    case 'deploy': {
      const name = rest[0];
      if (!name) fail('exactly one NAME is required, got 0\nSee \'kubectl create deployment -h\' for help and examples');
      const images = flags.strings('image');
      if (!images.length) fail('required flag(s) "image" not set');
      const labels = { app: name };
      const containers = images.map((image, i) => {
        const base = image.replace(/[@:].*$/, '').split('/').pop()!.replace(/[^a-z0-9-]/g, '-');
        const c: Json = { image, name: images.length > 1 ? `${base}` : base };
        if (i === 0 && flags.has('port')) c.ports = [{ containerPort: flags.int('port', 0) }];
        c.resources = {};
        return c;
      });
      if (flags.dash && flags.rest.length) containers[0].command = flags.rest;
      return {
        kind: 'Deployment',
        apiVersion: 'apps/v1',
        metadata: { name, creationTimestamp: null, labels },
        spec: {
          replicas: flags.int('replicas', 1),
          selector: { matchLabels: labels },
          template: { metadata: { creationTimestamp: null, labels }, spec: { containers } },
          strategy: {},
        },
        status: {},
      };
    }
    case 'service':
    case 'svc': {
      const [type, name] = rest;
      const types: Record<string, string> = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer', externalname: 'ExternalName' };
      if (!type || !types[type]) fail(`unknown service type: ${type ?? ''}\nSee 'kubectl create service -h' for help and examples`);
      if (!name) fail('exactly one NAME is required, got 0');
      const ports = flags.strings('tcp').map((spec) => {
        const [port, target] = spec.split(':');
        if (!/^\d+$/.test(port ?? '')) fail(`invalid port "${port}"`);
        const p: Json = { name: `${port}-${target ?? port}`, protocol: 'TCP', port: Number(port), targetPort: /^\d+$/.test(target ?? port!) ? Number(target ?? port) : target };
        if (flags.has('node-port')) p.nodePort = flags.int('node-port', 0);
        return p;
      });
      const spec: Json = { ports, selector: { app: name }, type: types[type] };
      if (type === 'clusterip' && flags.string('clusterip') === 'None') spec.clusterIP = 'None';
      if (type === 'externalname') {
        spec.externalName = flags.string('external-name');
        delete spec.selector;
      }
      return { kind: 'Service', apiVersion: 'v1', metadata: { name, creationTimestamp: null, labels: { app: name } }, spec, status: { loadBalancer: {} } };
    }
    case 'namespace':
    case 'ns':
      if (!rest[0]) fail('exactly one NAME is required, got 0');
      return { kind: 'Namespace', apiVersion: 'v1', metadata: { name: rest[0], creationTimestamp: null }, spec: {}, status: {} };
    case 'configmap':
    case 'cm': {
      if (!rest[0]) fail('exactly one NAME is required, got 0');
      const data: Record<string, string> = {};
      for (const l of flags.strings('from-literal')) {
        const i = l.indexOf('=');
        if (i <= 0) fail(`invalid literal source ${l}, expected key=value`);
        data[l.slice(0, i)] = l.slice(i + 1);
      }
      return { kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: rest[0], creationTimestamp: null }, data };
    }
    default:
      fail(`Unexpected args: [${flags.args.join(' ')}]\nSee 'kubectl create -h' for help and examples`);
  }
}

export const create: KubectlCommand = {
  name: 'create',
  flags: [
    { name: 'filename', short: 'f', type: 'strings' },
    { name: 'recursive', short: 'R', type: 'bool' },
    { name: 'image', type: 'strings' },
    { name: 'replicas', short: 'r', type: 'int' },
    { name: 'port', type: 'int' },
    { name: 'tcp', type: 'strings' },
    { name: 'node-port', type: 'int' },
    { name: 'clusterip', type: 'string' },
    { name: 'external-name', type: 'string' },
    { name: 'from-literal', type: 'strings' },
    { name: 'save-config', type: 'bool' },
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
  ],
  run(inv) {
    const { flags, ctx } = inv;
    const mode = dryRun(flags);
    const docs = flags.has('filename') ? readManifests(inv, flags.strings('filename'), flags.bool('recursive')) : [{ source: '', object: generate(inv) }];
    let status = 0;
    for (const { source, object } of docs) {
      const out = flags.string('output');
      if (mode === 'client') {
        ctx.out(out === 'yaml' ? toYaml(object) : out === 'json' ? toJson(object) : `${qualifiedName(object.kind, object.metadata?.name)} created (dry run)\n`);
        continue;
      }
      try {
        const input = { ...object, metadata: { ...object.metadata } };
        delete input.metadata.creationTimestamp;
        const o = inv.cluster.api.create(input, { namespace: inv.flags.has('namespace') ? inv.namespace : undefined, dryRun: mode === 'server' });
        ctx.out(out === 'yaml' ? toYaml(o) : out === 'json' ? toJson(o) : `${qualifiedName(o.kind, o.metadata.name)} created${mode === 'server' ? ' (server dry run)' : ''}\n`);
      } catch (e) {
        status = printError(ctx, withSource(e, 'creating', source));
      }
    }
    return status;
  },
};
