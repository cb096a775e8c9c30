/**
 * `kubectl run NAME --image=IMAGE [--port] [--labels] [--env] [--restart] [-- args]`: since
 * kubectl 1.18 it creates a single Pod (k8s.io/kubectl/pkg/cmd/run, generateversioned
 * BasicPod), labelled `run=NAME`. The book's `--generator=run/v1` is gone: kubectl answers
 * `Error: unknown flag: --generator`; Kube Tutor adds a hint and `--tutor-rc`, its own flag,
 * which creates the ReplicationController the book intended.
 */
import * as l10n from '@vscode/l10n';
import type { Json } from '../../../cluster/types';
import { type Invocation, type KubectlCommand, DRY_RUN_FLAG, OUTPUT_FLAG, dryRun, fail } from '../context';
import { qualifiedName, toJson, toYaml } from '../output';

export function parseLabels(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    if (!part) continue;
    const i = part.indexOf('=');
    if (i <= 0) fail(`invalid label spec: ${part}`);
    out[part.slice(0, i)] = part.slice(i + 1);
  }
  return out;
}

export function podSpecFromFlags(inv: Invocation, name: string): Json {
  const { flags } = inv;
  const container: Json = { name, image: flags.string('image') };
  if (flags.has('port')) container.ports = [{ containerPort: flags.int('port', 0) }];
  const env = flags.strings('env');
  if (env.length) container.env = env.map((e) => ({ name: e.split('=')[0], value: e.split('=').slice(1).join('=') }));
  if (flags.dash && flags.rest.length) {
    if (flags.bool('command')) container.command = flags.rest;
    else container.args = flags.rest;
  }
  container.resources = {};
  return container;
}

export function bookReplicationController(name: string, image: string, port: number | undefined): Json {
  const container: Json = { name, image };
  if (port !== undefined) container.ports = [{ containerPort: port }];
  return {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name, labels: { run: name } },
    spec: { replicas: 1, selector: { run: name }, template: { metadata: { labels: { run: name } }, spec: { containers: [container] } } },
  };
}

export const run: KubectlCommand = {
  name: 'run',
  flags: [
    { name: 'image', type: 'string' },
    { name: 'port', type: 'int' },
    { name: 'labels', short: 'l', type: 'string' },
    { name: 'env', type: 'strings' },
    { name: 'restart', type: 'string' },
    { name: 'command', type: 'bool' },
    { name: 'image-pull-policy', type: 'string' },
    { name: 'rm', type: 'bool' },
    { name: 'stdin', short: 'i', type: 'bool' },
    { name: 'tty', short: 't', type: 'bool' },
    { name: 'tutor-rc', type: 'bool' },
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
  ],
  run(inv) {
    const { flags, ctx, cluster } = inv;
    const name = flags.args[0];
    if (!name) fail('NAME is required for run\nSee \'kubectl run -h\' for help and examples');
    if (!flags.string('image')) fail('required flag(s) "image" not set');
    const mode = dryRun(flags);
    if (flags.bool('tutor-rc')) {
      const rc = cluster.api.create(bookReplicationController(name, flags.string('image'), flags.has('port') ? flags.int('port', 0) : undefined), { namespace: inv.namespace, dryRun: mode !== 'none' });
      ctx.out(`${qualifiedName('ReplicationController', rc.metadata.name)} created${mode !== 'none' ? ` (${mode} dry run)` : ''}\n`);
      return 0;
    }
    const labels = flags.has('labels') ? parseLabels(flags.string('labels')) : { run: name };
    const restart = flags.string('restart', 'Always');
    if (!['Always', 'OnFailure', 'Never'].includes(restart)) fail(`invalid restart policy: ${restart}`);
    const container = podSpecFromFlags(inv, name);
    if (flags.has('image-pull-policy')) container.imagePullPolicy = flags.string('image-pull-policy');
    const pod: Json = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, labels },
      spec: { containers: [container], restartPolicy: restart, dnsPolicy: 'ClusterFirst' },
      status: {},
    };
    if (mode === 'client') {
      const out = { ...pod, metadata: { ...pod.metadata, creationTimestamp: null } };
      const o = flags.string('output');
      ctx.out(o === 'yaml' ? toYaml(out) : o === 'json' ? toJson(out) : `pod/${name} created (dry run)\n`);
      return 0;
    }
    const created = cluster.api.create(pod, { namespace: inv.namespace, dryRun: mode === 'server' });
    const o = flags.string('output');
    if (o === 'yaml' || o === 'json') ctx.out(o === 'yaml' ? toYaml(created) : toJson(created));
    else ctx.out(`pod/${name} created${mode === 'server' ? ' (server dry run)' : ''}\n`);
    return 0;
  },
};

/** The hint shown after kubectl's own `unknown flag: --generator` error. */
export function generatorHint(argv: readonly string[]): string {
  const generator = argv.find((a) => a.startsWith('--generator'))?.split('=')[1] ?? '';
  const rest = argv.filter((a) => !a.startsWith('--generator'));
  if (generator === 'run-pod/v1')
    return (
      l10n.t('Kube Tutor: kubectl 1.18 removed --generator; "kubectl run" now always creates a Pod, which is what run-pod/v1 did. Drop the flag:') +
      `\n  ${['kubectl', ...rest].join(' ')}\n`
    );
  const again = ['kubectl', ...rest, '--tutor-rc'].join(' ');
  return (
    l10n.t(
      'Kube Tutor: kubectl 1.18 removed --generator, so "kubectl run" now creates a single Pod. The book used --generator=run/v1 to get a ReplicationController (needed later for "kubectl expose rc" and "kubectl scale rc"). To create that ReplicationController as the book intended, run:',
    ) + `\n  ${again}\n`
  );
}
