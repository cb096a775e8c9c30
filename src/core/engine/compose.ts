/**
 * Docker Compose v2 over the simulated engine: loads a compose file (js-yaml), validates
 * the keys the curriculum uses (services with build or image, ports, environment,
 * depends_on, command, container_name) with compose's wording, and orders services by
 * depends_on (compose-go `graph.go`). Containers are named `<project>-<service>-1`.
 */
import * as yaml from 'js-yaml';
import type { WorkspaceFs } from '../shell/types';
import { tokenize } from '../shell/words';
import { joinPath } from './context';
import { ClientError } from './errors';

export interface ComposeService {
  readonly name: string;
  readonly image?: string;
  readonly build?: { readonly context: string; readonly dockerfile?: string; readonly args: Record<string, string>; readonly target?: string };
  readonly ports: string[];
  readonly environment: string[];
  readonly dependsOn: string[];
  readonly command?: string[];
  readonly entrypoint?: string;
  readonly containerName?: string;
  readonly workingDir?: string;
  readonly tty: boolean;
  readonly stdinOpen: boolean;
}

export interface ComposeProject {
  readonly name: string;
  readonly file: string;
  readonly dir: string;
  /** In start order (dependencies first). */
  readonly services: ComposeService[];
  /** Keys used in the file that the simulator accepts but does not model (volumes, restart…). */
  readonly ignored: string[];
}

export const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

const SERVICE_KEYS = new Set(['image', 'build', 'ports', 'environment', 'depends_on', 'command', 'entrypoint', 'container_name', 'restart', 'volumes', 'networks', 'expose', 'working_dir', 'labels', 'env_file', 'healthcheck', 'stdin_open', 'tty', 'hostname', 'deploy', 'platform', 'user', 'links', 'logging', 'secrets', 'configs', 'profiles', 'extra_hosts', 'dns', 'cap_add', 'privileged', 'pull_policy', 'init', 'ulimits', 'shm_size', 'stop_signal', 'stop_grace_period']);
/** Keys the simulator models; every other valid key is reported as ignored. */
const MODELLED = new Set(['image', 'build', 'ports', 'environment', 'depends_on', 'command', 'entrypoint', 'container_name', 'working_dir', 'stdin_open', 'tty', 'expose', 'labels', 'hostname']);
const TOP_KEYS = new Set(['version', 'name', 'services', 'volumes', 'networks', 'configs', 'secrets']);

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i);
}

function basename(p: string): string {
  return p.replace(/\/+$/, '').split('/').pop() ?? p;
}

/** compose-go `NormalizeProjectName`: lower case, only [a-z0-9_-], must start with a letter or digit. */
export function projectName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_-]/g, '').replace(/^[^a-z0-9]+/, '');
}

export function loadCompose(fs: WorkspaceFs, cwd: string, files: readonly string[], project?: string): ComposeProject {
  const file = files[0] ?? COMPOSE_FILES.find((f) => fs.stat(f) === 'file');
  if (!file) throw new ClientError('no configuration file provided: not found');
  const text = fs.readFile(file);
  const abs = file.startsWith('/') ? file : joinPath(cwd, file.replace(/^\.\//, ''));
  if (text === undefined) throw new ClientError(`open ${abs}: no such file or directory`);
  let doc: unknown;
  try {
    doc = yaml.load(text);
  } catch (error) {
    throw new ClientError(`yaml: ${(error as yaml.YAMLException).reason ?? (error as Error).message}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new ClientError(`validating ${abs}: Top-level object must be a mapping`);
  const top = doc as Record<string, unknown>;
  for (const key of Object.keys(top)) if (!TOP_KEYS.has(key)) throw new ClientError(`validating ${abs}: additional properties '${key}' not allowed`);
  const services = top.services;
  if (!services || typeof services !== 'object' || Array.isArray(services)) throw new ClientError(`validating ${abs}: services must be a mapping`);
  const dir = dirname(file);
  const parsed: ComposeService[] = [];
  const ignored = new Set<string>();
  for (const key of Object.keys(top)) if (key !== 'services' && key !== 'version' && key !== 'name') ignored.add(key);
  for (const [name, raw] of Object.entries(services as Record<string, unknown>)) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ClientError(`validating ${abs}: services.${name} must be a mapping`);
    const s = raw as Record<string, unknown>;
    for (const key of Object.keys(s)) {
      if (!SERVICE_KEYS.has(key)) throw new ClientError(`validating ${abs}: services.${name} additional properties '${key}' not allowed`);
      if (!MODELLED.has(key)) ignored.add(key);
    }
    if (s.image === undefined && s.build === undefined) throw new ClientError(`service "${name}" has neither an image nor a build context specified: invalid compose project`);
    let build: ComposeService['build'];
    if (typeof s.build === 'string') build = { context: joinPath(dir === '.' ? '' : dir, s.build), args: {} };
    else if (s.build && typeof s.build === 'object') {
      const b = s.build as Record<string, unknown>;
      const args: Record<string, string> = {};
      if (Array.isArray(b.args)) for (const a of b.args) args[String(a).split('=')[0]!] = String(a).split('=').slice(1).join('=');
      else if (b.args && typeof b.args === 'object') for (const [k, v] of Object.entries(b.args)) args[k] = String(v);
      build = {
        context: joinPath(dir === '.' ? '' : dir, String(b.context ?? '.')) || '.',
        args,
        ...(b.dockerfile ? { dockerfile: String(b.dockerfile) } : {}),
        ...(b.target ? { target: String(b.target) } : {}),
      };
    }
    const ports = (Array.isArray(s.ports) ? s.ports : []).map((p: unknown) => {
      if (p && typeof p === 'object') {
        const o = p as Record<string, unknown>;
        return `${o.published ? `${o.published}:` : ''}${o.target}${o.protocol ? `/${o.protocol}` : ''}`;
      }
      return String(p);
    });
    const environment: string[] = [];
    if (Array.isArray(s.environment)) environment.push(...s.environment.map(String));
    else if (s.environment && typeof s.environment === 'object') for (const [k, v] of Object.entries(s.environment)) environment.push(v === null ? k : `${k}=${String(v)}`);
    const dependsOn = Array.isArray(s.depends_on) ? s.depends_on.map(String) : s.depends_on && typeof s.depends_on === 'object' ? Object.keys(s.depends_on) : [];
    const command = typeof s.command === 'string' ? tokenize(s.command, {}, false).flatMap((t) => ('word' in t ? [t.word] : [])) : Array.isArray(s.command) ? s.command.map(String) : undefined;
    parsed.push({
      name,
      ...(s.image !== undefined ? { image: String(s.image) } : {}),
      ...(build ? { build } : {}),
      ports,
      environment,
      dependsOn,
      ...(command ? { command } : {}),
      ...(typeof s.entrypoint === 'string' ? { entrypoint: s.entrypoint } : {}),
      ...(s.container_name ? { containerName: String(s.container_name) } : {}),
      ...(s.working_dir ? { workingDir: String(s.working_dir) } : {}),
      tty: s.tty === true,
      stdinOpen: s.stdin_open === true,
    });
  }
  for (const s of parsed) {
    for (const d of s.dependsOn) if (!parsed.some((x) => x.name === d)) throw new ClientError(`service "${s.name}" depends on undefined service "${d}": invalid compose project`);
  }
  const name = projectName(project ?? (typeof top.name === 'string' ? top.name : basename(dir === '.' ? cwd : dir)));
  return { name, file, dir, services: order(parsed), ignored: [...ignored].sort() };
}

function order(services: ComposeService[]): ComposeService[] {
  const out: ComposeService[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (s: ComposeService, path: string[]): void => {
    if (state.get(s.name) === 'done') return;
    if (state.get(s.name) === 'visiting') throw new ClientError(`dependency cycle detected: ${[...path, s.name].join(' -> ')}`);
    state.set(s.name, 'visiting');
    for (const d of s.dependsOn) visit(services.find((x) => x.name === d)!, [...path, s.name]);
    state.set(s.name, 'done');
    out.push(s);
  };
  for (const s of [...services].sort((a, b) => (a.name < b.name ? -1 : 1))) visit(s, []);
  return out;
}
