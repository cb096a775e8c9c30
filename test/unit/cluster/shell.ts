import { ClusterHost } from '../../../src/core/cluster/host';
import { KubectlProvider } from '../../../src/core/cli/kubectl';
import { MinikubeProvider } from '../../../src/core/cli/minikube';
import type { CommandContext, EditRequest, WorkspaceFs } from '../../../src/core/shell/types';
import { VirtualClock } from '../../../src/core/sim/clock';
import { Network } from '../../../src/core/sim/network';
import { SeededRandom } from '../../../src/core/sim/random';
import type { ProfileName } from '../../../src/core/cluster/profiles';
import { FakeImages } from './fakes';

/** In-memory workspace: path → content; directories are implied by paths. */
export class MemoryFs implements WorkspaceFs {
  constructor(readonly files: Record<string, string> = {}) {}
  private norm(p: string): string {
    return p.replace(/^\.\//, '').replace(/\/$/, '');
  }
  readFile(path: string): string | undefined {
    return this.files[this.norm(path)];
  }
  size(path: string): number | undefined {
    return this.readFile(path)?.length;
  }
  readdir(path: string): string[] | undefined {
    const dir = this.norm(path);
    const prefix = dir === '.' || dir === '' ? '' : `${dir}/`;
    const names = new Set<string>();
    for (const f of Object.keys(this.files)) if (f.startsWith(prefix)) names.add(f.slice(prefix.length).split('/')[0]!);
    return names.size ? [...names] : undefined;
  }
  stat(path: string): 'file' | 'dir' | undefined {
    const p = this.norm(path);
    if (p in this.files) return 'file';
    return this.readdir(p) ? 'dir' : undefined;
  }
}

/** Splits a command line into words (single and double quotes). */
export function words(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

export class Session {
  readonly clock = new VirtualClock();
  readonly network = new Network();
  readonly images = new FakeImages();
  readonly host: ClusterHost;
  readonly kubectl: KubectlProvider;
  readonly minikube: MinikubeProvider;
  /** What `kubectl edit` opened, newest last; `undefined` makes the session editor-less like the CLI. */
  edits: EditRequest[] | undefined = [];
  constructor(
    readonly fs = new MemoryFs(),
    profile: ProfileName = 'minikube',
  ) {
    this.host = new ClusterHost({ clock: this.clock, random: new SeededRandom(7), images: this.images, network: this.network }, { profile });
    this.kubectl = new KubectlProvider(this.host);
    this.minikube = new MinikubeProvider(this.host);
  }

  get cluster() {
    return this.host.cluster!;
  }

  /** Runs one command; `stdin` is piped into it (`kubectl apply -f -`). */
  run(line: string, stdin?: string): { code: number; out: string; err: string } {
    let out = '';
    let err = '';
    const edits = this.edits;
    const ctx: CommandContext = { out: (t) => (out += t), err: (t) => (err += t), cwd: '/work', env: {}, fs: this.fs, ...(stdin === undefined ? {} : { stdin }), ...(edits ? { edit: (r: EditRequest) => edits.push(r) } : {}) };
    const argv = words(line);
    if (argv[0] === 'sleep') {
      this.clock.advance(Number(argv[1]) * 1000);
      return { code: 0, out, err };
    }
    if (argv[0] === 'curl') {
      const m = /^(?:https?:\/\/)?([^/:]+):?(\d+)?(\/.*)?$/.exec(argv[argv.length - 1]!)!;
      const r = this.network.request({ host: m[1]!, port: Number(m[2] ?? 80), path: m[3] ?? '/', method: 'GET' });
      return r.ok ? { code: 0, out: r.body, err } : { code: r.exitCode, out, err: r.error + '\n' };
    }
    const provider = argv[0] === 'minikube' ? this.minikube : this.kubectl;
    const code = provider.run(argv, ctx) as number;
    return { code, out, err };
  }
}
