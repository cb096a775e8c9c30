import { VirtualClock } from '../../../src/core/sim/clock';
import type { ImageInfo, ImageSource } from '../../../src/core/sim/images';
import { Network } from '../../../src/core/sim/network';
import { SeededRandom } from '../../../src/core/sim/random';
import { Cluster, type ClusterOptions } from '../../../src/core/cluster/cluster';

/** A stand-in for the engine's registry: the images chapter 2 uses, nothing else. */
export class FakeImages implements ImageSource {
  readonly pulls: string[] = [];
  private readonly extra = new Map<string, ImageInfo>();

  add(name: string, info: Omit<ImageInfo, 'reference'>): void {
    this.extra.set(name, { reference: `docker.io/${name}:latest`, ...info });
  }

  resolve(reference: string): ImageInfo | undefined {
    this.pulls.push(reference);
    const name = reference.replace(/:latest$/, '');
    const extra = this.extra.get(reference) ?? this.extra.get(name);
    if (extra) return extra;
    const base = reference.replace(/:[\w.-]+$/, '');
    if (base === 'luksa/kubia' || base === 'kubia')
      return {
        reference: 'docker.io/luksa/kubia:latest',
        id: 'sha256:' + 'a'.repeat(64),
        sizeBytes: 660_000_000,
        config: { cmd: ['node', 'app.js'], exposedPorts: ['8080/tcp'] },
        behaviour: {
          kind: 'server',
          port: 8080,
          protocol: 'http',
          startupLog: ['Kubia server starting...'],
          respond: (host) => `You've hit ${host}\n`,
        },
      };
    if (name === 'busybox')
      return {
        reference: 'docker.io/library/busybox:latest',
        id: 'sha256:' + 'b'.repeat(64),
        sizeBytes: 4_300_000,
        config: { cmd: ['sh'] },
        behaviour: { kind: 'exit', output: [], exitCode: 0 },
      };
    if (name === 'nginx' || name.startsWith('nginx:'))
      return {
        reference: `docker.io/library/${name.includes(':') ? name : name + ':latest'}`,
        id: 'sha256:' + 'c'.repeat(64),
        sizeBytes: 190_000_000,
        config: { cmd: ['nginx', '-g', 'daemon off;'], exposedPorts: ['80/tcp'] },
        behaviour: { kind: 'server', port: 80, protocol: 'http', startupLog: ['start worker processes'], respond: () => '<h1>Welcome to nginx!</h1>\n' },
      };
    return undefined;
  }
}

export interface TestCluster {
  cluster: Cluster;
  clock: VirtualClock;
  network: Network;
  images: FakeImages;
}

export function makeCluster(options: Partial<ClusterOptions> = {}): TestCluster {
  const clock = new VirtualClock();
  const network = new Network();
  const images = new FakeImages();
  const cluster = new Cluster({ clock, random: new SeededRandom(42), images, network, freeze: true, systemPods: false, ...options });
  return { cluster, clock, network, images };
}

export function pod(name: string, image = 'luksa/kubia', extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { run: name } },
    spec: { containers: [{ name, image, ports: [{ containerPort: 8080 }] }], ...extra },
  };
}
