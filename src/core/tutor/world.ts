/**
 * The tutor's facts read from the real simulator (engine + cluster), and a lesson world that
 * replays "show me" actions or a student's commands through the same shell the Kube Tutor
 * terminal uses, over an in-memory lesson folder. Tests replay lessons with it; teacher mode
 * grades a student's transcript with it.
 */
import { REVISION } from '../cluster/controllers/deployment';
import type { ClusterHost } from '../cluster/host';
import type { KObject } from '../cluster/types';
import { DockerEngine } from '../engine/engine';
import { createDockerShell } from '../shell/dockerShell';
import { hintLine } from '../shell/explain';
import { MemoryFs } from '../shell/memfs';
import type { Shell } from '../shell/shell';
import { commands as shellCommands, tokenize } from '../shell/words';
import { clusterFor, clusterProviders } from '../sim/cluster';
import { clusterViewOf } from '../topology/fromSimulator';
import { resolveAction } from './engine';
import { FACTS_VERSION, type CommandFact, type Facts } from './facts';
import { factsOf, type SimulatorFacts } from './fromSimulator';
import type { Action, Lesson } from './lesson';
import { workspaceFacts } from './workspace';

/**
 * Everything the checks read from the engine and the cluster. Beyond the topology's view:
 * Compose labels and exit codes of containers, probes of pod containers, deployment revisions.
 */
export function simulatorFacts(engine: DockerEngine, host: ClusterHost): SimulatorFacts {
  const cluster = host.cluster;
  const loggedInAs = [...engine.logins.values()][0];
  const base = factsOf(clusterViewOf(engine, cluster), {
    clusterRunning: host.state === 'Running',
    profile: host.profile.name,
    ...(loggedInAs ? { loggedInAs } : {}),
  });
  const byName = new Map([...engine.containers.values()].map((c) => [c.name, c]));
  const pod = (namespace: string | undefined, name: string): KObject | undefined => cluster?.store.get('Pod', namespace ?? 'default', name);
  const deployment = (name: string): KObject | undefined => cluster?.store.list('Deployment').find((d) => d.metadata.name === name);
  return {
    ...base,
    containers: base.containers.map((c) => {
      const record = byName.get(c.name);
      if (!record) return c;
      const labels = Object.fromEntries(Object.entries(record.labels).filter(([k]) => k.startsWith('com.docker.compose.')));
      return {
        ...c,
        ...(c.state === 'exited' || c.state === 'dead' ? { exitCode: record.exitCode } : {}),
        ...(Object.keys(labels).length ? { labels } : {}),
      };
    }),
    pods: base.pods.map((p) => {
      const spec = pod(p.namespace, p.name)?.spec as { containers?: { name: string; readinessProbe?: unknown; livenessProbe?: unknown }[] } | undefined;
      return {
        ...p,
        containers: p.containers.map((c) => {
          const s = spec?.containers?.find((x) => x.name === c.name);
          return { ...c, ...(s?.readinessProbe ? { readinessProbe: true } : {}), ...(s?.livenessProbe ? { livenessProbe: true } : {}) };
        }),
      };
    }),
    deployments: base.deployments.map((d) => {
      const revision = Number(deployment(d.name)?.metadata.annotations?.[REVISION]);
      return Number.isInteger(revision) && revision > 0 ? { ...d, revision } : d;
    }),
  };
}

/** Output and status of one line in the world's terminal. */
export interface LineResult {
  readonly line: string;
  readonly exitCode: number;
  readonly output: string;
}

/** Where the lesson folder appears to be in messages (`docker build` context, `pwd`). */
export const WORLD_CWD = '/home/student/lesson';

/**
 * A fresh simulator (Docker engine, registry, a cluster created by `minikube start`) with one
 * terminal shell over an in-memory lesson folder. Commands are recorded as the extension records
 * them (one fact per simple command of a line, with the line's status; not the lines typed into
 * an interactive session such as a container shell or a password prompt).
 */
export class LessonWorld {
  readonly fs: MemoryFs;
  readonly engine = new DockerEngine();
  readonly host: ClusterHost = clusterFor(this.engine);
  readonly commands: CommandFact[] = [];
  private readonly files: Record<string, string> = {};
  private readonly shell: Shell;

  constructor(files: Readonly<Record<string, string>> = {}) {
    this.fs = new MemoryFs();
    for (const [path, text] of Object.entries(files)) this.write(path, text);
    this.shell = createDockerShell(this.engine, { fs: this.fs, cwd: WORLD_CWD, hint: hintLine }, clusterProviders(() => this.host));
  }

  /** "Open Lesson": the lesson's scaffold files (replacing files of the same path). */
  scaffold(lesson: Lesson): void {
    for (const f of lesson.files) this.write(f.path, f.text);
  }

  write(path: string, text: string): void {
    this.files[path] = text;
    this.fs.write(path, text);
  }

  read(path: string): string | undefined {
    return this.files[path];
  }

  /** Whether the terminal is inside an interactive session (container shell, password prompt). */
  get inSession(): boolean {
    return this.shell.session !== undefined;
  }

  /** Runs a line in the terminal, as typed; the virtual clock does not move (the CLIs return at once). */
  async run(line: string): Promise<LineResult> {
    let output = '';
    const sink = { out: (t: string) => (output += t), err: (t: string) => (output += t) };
    const recorded = !this.inSession;
    const exitCode = await this.shell.execute(line, sink);
    if (recorded && line.trim()) {
      try {
        for (const c of shellCommands(tokenize(line, {}, false))) if (c.argv.length) this.commands.push({ argv: c.argv, exitCode });
      } catch {
        // A line the shell could not split was reported by the shell itself; nothing to record.
      }
    }
    return { line, exitCode, output };
  }

  /**
   * Before the next recorded command: answers a pending password prompt (the simulated registry
   * takes any password; transcripts never show it) and types `exit` into any other session (a
   * container shell, whose lines a transcript shows after its own prompt, not as `$` commands).
   */
  async leaveSession(): Promise<void> {
    const quiet = { out: () => undefined, err: () => undefined };
    for (let i = 0; i < 3 && this.shell.session; i++) {
      const session = this.shell.session;
      await this.shell.execute(session.secret ? 'kube-tutor' : 'exit', quiet);
      if (this.shell.session === session) this.shell.interrupt(quiet);
    }
  }

  /** Lets simulated time pass (the learner reads the output; pods start, IPs are assigned). */
  wait(seconds: number): void {
    this.engine.clock.advance(seconds * 1000);
  }

  /** Performs one "show me" action; a failed `replace` is an error (the lesson is wrong). */
  async perform(action: Action): Promise<LineResult | undefined> {
    const a = resolveAction(action, this.facts());
    switch (a.kind) {
      case 'write':
        this.write(a.path, a.text);
        return undefined;
      case 'replace': {
        const text = this.files[a.path];
        if (text === undefined || !text.includes(a.find)) throw new Error(`replace: ${a.path} has no ${JSON.stringify(a.find)}`);
        this.write(a.path, text.replace(a.find, a.replace));
        return undefined;
      }
      case 'vscode':
        return undefined;
      case 'run':
        return this.run(a.line);
    }
  }

  facts(): Facts {
    return { version: FACTS_VERSION, ...simulatorFacts(this.engine, this.host), commands: [...this.commands], ...workspaceFacts({ ...this.files }) };
  }
}
