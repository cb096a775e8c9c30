/**
 * TEST-ONLY stand-in for the simulator: applies "show me" actions to a Facts value with the
 * few docker/kubectl/minikube/curl behaviours the lessons use. It exists until the real
 * engine and cluster can replay the actions; it is deliberately strict (unknown commands,
 * missing images, name clashes fail) so that a lesson whose show-me is wrong fails its test.
 */
import { load } from 'js-yaml';
import { splitCommandLine } from '../../../src/core/tutor/argv';
import { normalizeArgv } from '../../../src/core/tutor/checks';
import { resolveAction } from '../../../src/core/tutor/engine';
import { emptyFacts, type ContainerFact, type Facts, type PodFact, type WorkloadFact } from '../../../src/core/tutor/facts';
import type { Action } from '../../../src/core/tutor/lesson';
import { workspaceFacts } from '../../../src/core/tutor/workspace';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
type World = Mutable<Facts> & { files: Record<string, string> };

/** Images the simulated Docker Hub serves (the seeds' base images and the book's luksa/kubia). */
interface ManifestContainer {
  name: string;
  image: string;
  readinessProbe?: object;
  livenessProbe?: object;
}
interface Manifest {
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec: { replicas: number; containers?: ManifestContainer[]; template: { spec: { containers: ManifestContainer[] } } };
}

const HUB = new Set(['busybox', 'node', 'ubuntu', 'luksa/kubia']);

export class FakeWorld {
  readonly w: World = { ...structuredClone(emptyFacts()), files: {} } as World;
  private seq = 0;

  get facts(): Facts {
    return { ...this.w, ...workspaceFacts(this.w.files) };
  }

  perform(action: Action): void {
    const a = resolveAction(action, this.facts);
    switch (a.kind) {
      case 'write':
        this.w.files[a.path] = a.text;
        return;
      case 'replace': {
        const text = this.w.files[a.path];
        if (text === undefined || !text.includes(a.find)) throw new Error(`replace: ${a.path} has no ${a.find}`);
        this.w.files[a.path] = text.replace(a.find, a.replace);
        return;
      }
      case 'vscode':
        return;
      case 'run': {
        const split = splitCommandLine(a.line);
        if ('error' in split) throw new Error(split.error);
        let code: number;
        try {
          code = this.exec(normalizeArgv(split.argv), split.argv);
        } catch (error) {
          throw new Error(`${a.line}: ${(error as Error).message}`);
        }
        this.w.commands.push({ argv: split.argv, exitCode: code });
      }
    }
  }

  private exec(a: string[], raw: string[]): number {
    const [tool, sub] = a;
    if (tool === 'docker') return this.docker(a.slice(1));
    if (tool === 'minikube' && sub === 'start') {
      this.w.cluster = { running: true, profile: 'minikube', nodes: [{ name: 'minikube', ready: true, roles: ['control-plane'] }] };
      return 0;
    }
    if (tool === 'kubectl') return this.kubectl(a.slice(1), raw);
    if (tool === 'curl') {
      const url = a[1]!;
      if (url.startsWith('localhost:')) return this.w.containers.some((c) => c.state === 'running' && c.ports.some((p) => `localhost:${p.hostPort}` === url)) ? 0 : 7;
      return this.w.services.some((s) => s.externalIP && url.startsWith(`${s.externalIP}:`)) ? 0 : 7;
    }
    if (tool === 'ps' || tool === 'exit') return 0;
    throw new Error('fake world does not know this command');
  }

  private image(ref: string): { repository: string; tag: string } {
    const i = ref.lastIndexOf(':');
    return i > ref.lastIndexOf('/') ? { repository: ref.slice(0, i), tag: ref.slice(i + 1) } : { repository: ref, tag: 'latest' };
  }

  private hasImage(ref: string): boolean {
    const { repository, tag } = this.image(ref);
    return this.w.images.some((i) => i.repository === repository && i.tag === tag);
  }

  private flag(args: string[], name: string): string | undefined {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  }

  private docker(args: string[]): number {
    const [cmd] = args;
    const container = (name: string) => this.w.containers.find((c) => c.name === name);
    switch (cmd) {
      case 'run': {
        const rest = args.slice(1);
        let i = 0;
        const opts: Record<string, string> = {};
        for (; i < rest.length && rest[i]!.startsWith('-'); i++) {
          if (['--name', '-p'].includes(rest[i]!)) opts[rest[i]!] = rest[++i]!;
        }
        const ref = rest[i]!;
        if (!this.hasImage(ref)) {
          if (!HUB.has(this.image(ref).repository)) return 125; // pull access denied
          this.w.images.push({ ...this.image(ref), id: `sha256:${++this.seq}` });
        }
        const name = opts['--name'] ?? `container_${++this.seq}`;
        if (container(name)) return 125;
        const detached = rest.slice(0, i).includes('-d');
        const ports = opts['-p'] ? [{ hostPort: Number(opts['-p'].split(':')[0]), containerPort: Number(opts['-p'].split(':')[1]) }] : [];
        const c: ContainerFact = detached ? { name, image: ref, state: 'running', ports } : { name, image: ref, state: 'exited', exitCode: 0, ports };
        this.w.containers.push(c);
        return 0;
      }
      case 'ps':
      case 'images':
      case 'image':
      case 'container':
        return 0;
      case 'inspect':
        return container(args[1]!) ? 0 : 1;
      case 'exec':
        return args.slice(1).some((x) => container(x)?.state === 'running') ? 0 : 1;
      case 'stop': {
        const c = container(args[1]!);
        if (!c) return 1;
        Object.assign(c, { state: 'exited', exitCode: 137 });
        return 0;
      }
      case 'rm': {
        const c = container(args[1]!);
        if (!c || c.state === 'running') return 1;
        this.w.containers = this.w.containers.filter((x) => x !== c);
        return 0;
      }
      case 'tag': {
        if (!this.hasImage(args[1]!)) return 1;
        this.w.images.push({ ...this.image(args[2]!), id: 'sha256:tagged' });
        return 0;
      }
      case 'login':
        this.w.registry = { ...this.w.registry, loggedInAs: this.flag(args, '-u') ?? 'user' };
        return 0;
      case 'push': {
        const { repository, tag } = this.image(args[1]!);
        if (!this.w.registry.loggedInAs || !repository.includes('/') || !this.hasImage(args[1]!)) return 1;
        this.w.registry = { ...this.w.registry, repositories: [...this.w.registry.repositories, { name: repository, tags: [tag] }] };
        return 0;
      }
      case 'build': {
        const file = this.flag(args, '-f') ?? 'Dockerfile';
        const text = this.w.files[file];
        if (text === undefined) return 1;
        if ((this.facts.diagnostics[file] ?? []).some((d) => d.severity === 'error')) return 1;
        this.w.images.push({ ...this.image(this.flag(args, '-t')!), id: `sha256:${++this.seq}` });
        return 0;
      }
      case 'compose': {
        const file = this.flag(args, '-f')!.replace(/^\.\//, '');
        if (this.w.files[file] === undefined) return 14;
        if (args.includes('up')) {
          const services = Object.keys((load(this.w.files[file]!) as { services: object }).services);
          if (this.w.containers.some((c) => c.state === 'running' && c.ports.some((p) => p.hostPort === 8080))) return 1;
          for (const s of services)
            this.w.containers.push({ name: `lesson-${s}-1`, image: s, state: 'running', ports: [], labels: { 'com.docker.compose.service': s } });
          return 0;
        }
        if (args.includes('down')) {
          this.w.containers = this.w.containers.filter((c) => !c.labels?.['com.docker.compose.service']);
          return 0;
        }
        return 0;
      }
    }
    throw new Error('fake docker does not know this subcommand');
  }

  private pod(name: string, labels: Record<string, string>, image: string, owner?: { kind: string; name: string }): PodFact {
    return { name, phase: 'Running', ready: true, labels, node: 'minikube', ...(owner ? { owner } : {}), containers: [{ name: 'kubia', image, ready: true }] };
  }

  private syncRc(rc: WorkloadFact): void {
    const owned = this.w.pods.filter((p) => p.owner?.name === rc.name && p.owner.kind === 'ReplicationController');
    for (let i = owned.length; i < rc.replicas; i++) this.w.pods.push(this.pod(`${rc.name}-${++this.seq}`, { app: 'kubia' }, rc.image!, { kind: 'ReplicationController', name: rc.name }));
    Object.assign(rc, { readyReplicas: rc.replicas });
  }

  private kubectl(args: string[], raw: string[]): number {
    if (!this.w.cluster.running) return 1;
    const [cmd] = args;
    if (raw.some((r) => r.startsWith('--generator'))) return 1; // Error: unknown flag: --generator
    switch (cmd) {
      case 'get':
      case 'describe':
      case 'logs':
      case 'exec':
        return 0;
      case 'run': {
        const name = args[1]!;
        const image = this.flag(args, '--image')!;
        if (!HUB.has(this.image(image).repository)) return 0; // the pod would sit in ErrImagePull
        this.w.pods.push(this.pod(name, { run: name }, image));
        return 0;
      }
      case 'create':
      case 'apply': {
        const file = this.flag(args, '-f')!;
        const doc = load(this.w.files[file] ?? '') as Manifest | undefined;
        if (!doc) return 1;
        const name = doc.metadata.name;
        if (doc.kind === 'ReplicationController') {
          const rc: WorkloadFact = { name, replicas: doc.spec.replicas, readyReplicas: 0, image: doc.spec.template.spec.containers[0].image };
          this.w.replicationControllers.push(rc);
          this.syncRc(rc);
        } else if (doc.kind === 'Deployment') {
          const image = doc.spec.template.spec.containers[0].image;
          this.w.deployments.push({ name, replicas: doc.spec.replicas, readyReplicas: doc.spec.replicas, revision: 1, image });
          this.w.replicaSets.push({ name: `${name}-1`, replicas: doc.spec.replicas, readyReplicas: doc.spec.replicas, revision: 1, owner: { kind: 'Deployment', name } });
          for (let i = 0; i < doc.spec.replicas; i++) this.w.pods.push(this.pod(`${name}-1-${++this.seq}`, { app: 'kubia' }, image, { kind: 'ReplicaSet', name: `${name}-1` }));
        } else if (doc.kind === 'Pod') {
          this.w.pods.push({
            name,
            phase: 'Running',
            ready: true,
            labels: doc.metadata.labels ?? {},
            containers: doc.spec.containers!.map((c) => ({ name: c.name, image: c.image, ready: true, readinessProbe: !!c.readinessProbe, livenessProbe: !!c.livenessProbe })),
          });
        } else return 1;
        return 0;
      }
      case 'expose': {
        const rc = this.w.replicationControllers.find((r) => r.name === args[2]);
        if (!rc) return 1;
        this.w.services.push({ name: this.flag(args, '--name')!, type: this.flag(args, '--type') as 'LoadBalancer', selector: { app: 'kubia' }, clusterIP: '10.96.0.10', externalIP: '10.0.0.1', ports: [{ port: 8080, targetPort: 8080 }] });
        return 0;
      }
      case 'scale': {
        const rc = this.w.replicationControllers.find((r) => r.name === args[2]);
        if (!rc) return 1;
        Object.assign(rc, { replicas: Number(this.flag(args, '--replicas')) });
        this.syncRc(rc);
        return 0;
      }
      case 'delete': {
        if (args[1] !== 'rc') return 1;
        this.w.replicationControllers = this.w.replicationControllers.filter((r) => r.name !== args[2]);
        this.w.pods = this.w.pods.filter((p) => p.owner?.name !== args[2] || p.owner.kind !== 'ReplicationController');
        return 0;
      }
      case 'set': {
        const d = this.w.deployments.find((x) => x.name === args[3]);
        if (!d) return 1;
        Object.assign(d, { revision: (d.revision ?? 1) + 1, image: args[4]!.split('=')[1] });
        return 0;
      }
      case 'rollout':
        return 0;
    }
    throw new Error('fake kubectl does not know this subcommand');
  }
}
