/**
 * `docker build` with the classic builder's output (moby `builder/dockerfile`): "Step n/N",
 * " ---> Running in", " ---> Using cache", "Successfully built/tagged". Each instruction
 * becomes an image whose id is the sha256 of (parent, instruction, inputs), so the build
 * cache is a lookup of that id. Multi-stage, ARG/--build-arg, --target, several -t.
 * The Dockerfile is first checked with the editor's validator: errors stop the build.
 * With `options.trace` the build prints nothing and records its steps instead, for
 * BuildKit-style output (./buildkit.ts); the images it makes are the same.
 */
import { parseDockerfile, type Instruction } from '../dockerfile/parser';
import type { Diagnostic } from '../diagnostic';
import { lintDockerfile } from '../dockerfile';
import { expandVariables } from '../dockerfile/variables';
import type { WorkspaceFs } from '../shell/types';
import { joinPath, readContext, sendingLine, type BuildContext } from './context';
import { digestOf } from './digest';
import type { DockerEngine } from './engine';
import { ClientError, DaemonError, type Output } from './errors';
import { shortId } from './format';
import { changesSize, normalizePath, type FsChanges } from './fs';
import { cloneConfig, setEnv, type Image, type Layer, type MutableConfig } from './model';
import { familiarName, familiarTagged, fullTagged, parseReference } from './reference';
import { copyFiles } from './copy';
import { jsonForm, rawArgs } from './instructions';
import { simulateRun } from './run';

export interface BuildOptions {
  /** Build context directory as given (`.`). */
  readonly context: string;
  /** `-f`: relative to the current directory, default `<context>/Dockerfile`. */
  readonly file?: string;
  readonly tags?: readonly string[];
  readonly buildArgs?: Readonly<Record<string, string | undefined>>;
  readonly target?: string;
  readonly noCache?: boolean;
  readonly quiet?: boolean;
  /** For messages only: the absolute current directory. */
  readonly cwd?: string;
  /**
   * BuildKit front end: the build records what it does here instead of printing the classic
   * builder's lines (./buildkit.ts renders it as `--progress=plain|tty`).
   */
  readonly trace?: BuildTrace;
}

/** What a build did, step by step, for BuildKit-style output. Durations come from the virtual clock. */
export interface BuildTrace {
  dockerfile?: { readonly name: string; readonly size: number; readonly text: string };
  dockerignoreSize?: number;
  /** Bytes of the context files (what "load build context" transfers). */
  contextSize?: number;
  readonly stages: TraceStage[];
  imageId?: string;
  readonly tags: string[];
  /** Whether any step was executed (not cached): "exporting layers" then takes time. */
  exported?: boolean;
  /** The Dockerfile validator's findings (BuildKit prints those with a BuildKit alias as warnings). */
  findings?: readonly Diagnostic[];
  /** The base image being resolved (`docker.io/library/node:7`) when its pull failed. */
  unresolved?: { readonly written: string; readonly full: string };
}

export interface TraceStage {
  /** `AS` name, if any. */
  readonly name?: string;
  /** The image as written after ARG expansion (`node:7`), or a stage name, or `scratch`. */
  readonly base: string;
  readonly kind: 'image' | 'stage' | 'scratch';
  /** `docker.io/library/node:7@sha256:…` for images. */
  readonly resolved?: string;
  /** Layers downloaded for this FROM (empty when the image was already local). */
  readonly pulled: readonly { readonly id: string; readonly size: number }[];
  /** BuildKit's step count of the stage: FROM plus its RUN/COPY/ADD/WORKDIR (the `[2/3]` denominator). */
  readonly total: number;
  /** Line of the FROM instruction, one-based. */
  readonly line: number;
  readonly steps: TraceStep[];
}

export interface TraceStep {
  readonly keyword: string;
  /** The instruction as written (moby's `node.Original`). */
  readonly text: string;
  readonly line: number;
  readonly cached: boolean;
  readonly output: readonly string[];
  readonly durationMs: number;
  readonly failed?: { readonly message: string; readonly code: number };
}

export interface BuildResult {
  readonly imageId: string;
  readonly cachedSteps: number;
  readonly steps: number;
}

/** Build failure with the exit status docker uses (the failing RUN's code, or 1). */
export class BuildError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

interface Stage {
  readonly name?: string;
  readonly from: Instruction;
  readonly instructions: Instruction[];
}

interface StageState {
  image: Image;
  config: MutableConfig;
  /** ARGs declared in this stage, with their effective values. */
  args: Map<string, string | undefined>;
  /** Whether this stage set CMD itself (ENTRYPOINT resets an inherited CMD, moby dispatchers.go). */
  cmdSet: boolean;
}

const METADATA = new Set(['ENV', 'LABEL', 'EXPOSE', 'WORKDIR', 'CMD', 'ENTRYPOINT', 'USER', 'VOLUME', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL', 'ONBUILD', 'MAINTAINER', 'ARG']);
/** Instructions BuildKit runs as a vertex of their own (the others only change the image config). */
export const FS_STEPS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);
const KNOWN = new Set([...METADATA, 'FROM', 'RUN', 'COPY', 'ADD']);
/** Predefined ARGs usable without declaration (moby `builtinAllowedBuildArgs`). */
const BUILTIN_ARGS = new Set(['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy']);

export function build(engine: DockerEngine, fs: WorkspaceFs, options: BuildOptions, out: Output): BuildResult {
  const tags = options.tags ?? [];
  for (const t of tags) {
    try {
      parseReference(t);
    } catch (error) {
      throw new ClientError(`invalid argument "${t}" for "-t, --tag" flag: ${(error as Error).message}\nSee 'docker build --help'.`, 125);
    }
  }
  if (fs.stat(options.context) !== 'dir') throw new ClientError(`unable to prepare context: path "${options.context}" not found`);
  const dockerfilePath = options.file ?? joinPath(options.context, 'Dockerfile');
  const text = fs.readFile(dockerfilePath);
  if (text === undefined) {
    const abs = dockerfilePath.startsWith('/') ? dockerfilePath : joinPath(options.cwd ?? '', dockerfilePath);
    throw new ClientError(`unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat ${normalizePath(abs)}: no such file or directory`);
  }
  const relDockerfile = options.file ? relativeTo(options.context, options.file) : 'Dockerfile';
  const context = readContext(fs, options.context, ['Dockerfile', '.dockerignore', relDockerfile]);
  const trace = options.trace;
  const say = (line: string): void => {
    if (!options.quiet && !trace) out.out(`${line}\n`);
  };
  say(sendingLine(context));
  if (trace) {
    trace.dockerfile = { name: relDockerfile, size: fs.size(dockerfilePath) ?? utf8Length(text), text };
    const ignoreSize = fs.size(joinPath(options.context, '.dockerignore'));
    if (ignoreSize !== undefined) trace.dockerignoreSize = ignoreSize;
    let bytes = 0;
    for (const f of context.files.values()) if (f.path !== relDockerfile && f.path !== '.dockerignore') bytes += f.size;
    trace.contextSize = bytes;
    trace.tags.push(...tags);
  }

  const dockerfile = parseDockerfile(text);
  const all = dockerfile.getInstructions();
  for (const instr of all) {
    const keyword = instr.getKeyword();
    if (!KNOWN.has(keyword)) throw new DaemonError(`dockerfile parse error line ${instr.getRange().start.line + 1}: unknown instruction: ${keyword}`);
  }
  const findings = lintDockerfile(text);
  if (trace) trace.findings = findings;
  const errors = findings.filter((d) => d.severity === 'error');
  if (errors.length) {
    const first = errors[0]!;
    throw new DaemonError(`dockerfile parse error line ${first.range.start.line + 1}: ${first.message}`);
  }
  if (!all.some((i) => i.getKeyword() === 'FROM')) throw new DaemonError('the Dockerfile (Dockerfile) cannot be empty');

  // Global ARGs (before the first FROM) and stages.
  const metaArgs: Instruction[] = [];
  const stages: Stage[] = [];
  for (const instr of all) {
    if (instr.getKeyword() === 'FROM') {
      const args = instr.getArguments().map((a) => a.getValue());
      if (args.length !== 1 && !(args.length === 3 && args[1]!.toUpperCase() === 'AS')) {
        throw new DaemonError(`dockerfile parse error line ${instr.getRange().start.line + 1}: FROM requires either one or three arguments`);
      }
      stages.push({ from: instr, instructions: [], ...(args[2] ? { name: args[2].toLowerCase() } : {}) });
    } else if (!stages.length) {
      if (instr.getKeyword() !== 'ARG') throw new DaemonError(`dockerfile parse error line ${instr.getRange().start.line + 1}: no build stage in current context`);
      metaArgs.push(instr);
    } else {
      stages[stages.length - 1]!.instructions.push(instr);
    }
  }
  let targetIndex = stages.length - 1;
  if (options.target !== undefined) {
    targetIndex = stages.findIndex((s) => s.name === options.target!.toLowerCase());
    if (targetIndex < 0) throw new DaemonError(`failed to reach build target ${options.target} in Dockerfile`);
  }
  const total = metaArgs.length + stages.reduce((n, s) => n + 1 + s.instructions.length, 0);
  const buildArgs = options.buildArgs ?? {};
  const usedArgs = new Set<string>();
  const globals = new Map<string, string | undefined>();
  let step = 0;
  const stepLine = (instr: Instruction): void => say(`Step ${++step}/${total} : ${original(instr)}`);

  for (const instr of metaArgs) {
    stepLine(instr);
    for (const [name, def] of argDeclarations(instr)) {
      const value = name in buildArgs ? buildArgs[name] : def === undefined ? undefined : expand(def, (n) => globals.get(n));
      if (name in buildArgs) usedArgs.add(name);
      globals.set(name, value);
    }
  }

  const built = new Map<string, Image>();
  const stageImages: Image[] = [];
  let cachedSteps = 0;
  let state: StageState | undefined;
  for (let s = 0; s <= targetIndex; s++) {
    const stage = stages[s]!;
    stepLine(stage.from);
    const rawImage = stage.from.getArguments()[0]!.getValue();
    const imageName = expand(rawImage, (n) => globals.get(n));
    let base: Image | undefined = built.get(imageName.toLowerCase());
    let kind: TraceStage['kind'] = base ? 'stage' : 'image';
    let pulled: { id: string; size: number }[] = [];
    let resolved: string | undefined;
    if (!base) {
      if (imageName === 'scratch') {
        base = scratchImage();
        kind = 'scratch';
      } else {
        let ref;
        try {
          ref = parseReference(imageName);
        } catch (error) {
          throw new DaemonError(`failed to parse stage name "${imageName}": ${(error as Error).message}`);
        }
        base = engine.findImage(imageName);
        if (!base) {
          const before = new Set(engine.store.layers.keys());
          if (trace) trace.unresolved = { written: imageName, full: fullTagged(ref) };
          base = engine.pull(imageName, { out: (t) => say(t.replace(/\n$/, '')), err: (t) => say(t.replace(/\n$/, '')) });
          if (trace) delete trace.unresolved;
          pulled = engine.store.layersOf(base).filter((l) => !before.has(l.id)).map((l) => ({ id: l.id, size: l.size }));
        }
        const digest = base.repoDigests.find((d) => d.startsWith(`${familiarName(ref)}@`))?.split('@')[1];
        resolved = `${fullTagged(ref)}${digest ? `@${digest}` : ''}`;
      }
    }
    const traced: TraceStage | undefined = trace ? { base: imageName, kind, pulled, steps: [], total: 1 + stage.instructions.filter((i) => FS_STEPS.has(i.getKeyword())).length, line: stage.from.getRange().start.line + 1, ...(stage.name ? { name: stage.name } : {}), ...(resolved ? { resolved } : {}) } : undefined;
    if (traced) trace!.stages.push(traced);
    state = { image: base, config: cloneConfig(base.config), args: new Map(), cmdSet: false };
    say(` ---> ${shortId(base.id)}`);
    for (const instr of stage.instructions) {
      stepLine(instr);
      const startedAt = engine.clock.now();
      const result = execute(engine, state, instr, context, buildArgs, usedArgs, built, stageImages, options.noCache ?? false);
      if (traced) {
        traced.steps.push({ keyword: instr.getKeyword(), text: original(instr), line: instr.getRange().start.line + 1, cached: result.cached, output: result.output, durationMs: engine.clock.now() - startedAt, ...(result.failed ? { failed: result.failed } : {}) });
        if (!result.cached && !result.failed) trace!.exported = true;
      }
      if (result.cached) {
        cachedSteps++;
        say(' ---> Using cache');
      } else if (result.container) {
        say(` ---> Running in ${result.container}`);
        for (const line of result.output) say(line);
        if (result.failed) {
          throw new BuildError(result.failed.message, result.failed.code);
        }
        say(`Removing intermediate container ${result.container}`);
      } else if (result.failed) {
        throw new BuildError(result.failed.message, result.failed.code);
      }
      say(` ---> ${shortId(state.image.id)}`);
    }
    stageImages.push(state.image);
    if (stage.name) built.set(stage.name, state.image);
    built.set(String(s), state.image);
  }
  const final = state!.image;
  // The last step's image is the result: visible in `docker images` even untagged.
  if ((final as { intermediate?: boolean }).intermediate) engine.store.images.set(final.id, { ...final, intermediate: false });
  const unused = Object.keys(buildArgs).filter((a) => !usedArgs.has(a) && !BUILTIN_ARGS.has(a));
  if (unused.length) say(`[Warning] One or more build-args [${unused.sort().join(' ')}] were not consumed`);
  say(`Successfully built ${shortId(final.id)}`);
  for (const t of tags) {
    engine.store.tag(final.id, t);
    say(`Successfully tagged ${familiarTagged(parseReference(t))}`);
  }
  if (options.quiet && !trace) out.out(`${final.id}\n`);
  if (trace) trace.imageId = final.id;
  engine.changed();
  return { imageId: final.id, cachedSteps, steps: step };
}

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

function relativeTo(context: string, file: string): string {
  const c = context === '.' ? '' : context.replace(/\/+$/, '');
  return c && file.startsWith(`${c}/`) ? file.slice(c.length + 1) : file;
}

/** moby's `node.Original`: the instruction text with line continuations joined. */
function original(instr: Instruction): string {
  const raw = `${instr.getInstruction()} ${rawArgs(instr)}`.trim();
  return raw.replace(/\\\r?\n/g, '').replace(/\r?\n\s*#[^\n]*/g, '');
}

function expand(text: string, lookup: (name: string) => string | undefined): string {
  return expandVariables(text, lookup) ?? text;
}

function argDeclarations(instr: Instruction): [string, string | undefined][] {
  return instr.getArguments().map((a) => {
    const v = a.getValue();
    const i = v.indexOf('=');
    return i < 0 ? [v, undefined] : [v.slice(0, i), unquote(v.slice(i + 1))];
  });
}

function unquote(v: string): string {
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) return v.slice(1, -1);
  return v;
}

function scratchImage(): Image {
  return { id: digestOf({ scratch: true }), created: 0, layers: [], history: [], config: {}, repoDigests: [] };
}

interface StepResult {
  readonly cached: boolean;
  readonly container?: string;
  readonly output: string[];
  readonly failed?: { message: string; code: number };
}

function execute(
  engine: DockerEngine,
  state: StageState,
  instr: Instruction,
  context: BuildContext,
  buildArgs: Readonly<Record<string, string | undefined>>,
  usedArgs: Set<string>,
  built: Map<string, Image>,
  stageImages: Image[],
  noCache: boolean,
): StepResult {
  const keyword = instr.getKeyword();
  const config = cloneConfig(state.config);
  const envMap = new Map<string, string>();
  for (const e of config.env ?? []) {
    const i = e.indexOf('=');
    envMap.set(e.slice(0, i), e.slice(i + 1));
  }
  const lookup = (n: string): string | undefined => envMap.get(n) ?? (state.args.has(n) ? state.args.get(n) : undefined);
  const x = (t: string): string => expand(t, lookup);
  const line = instr.getRange().start.line + 1;
  let changes: FsChanges | undefined;
  let output: string[] = [];
  let inputs: unknown = null;
  let runFailure: { message: string; code: number } | undefined;
  let durationMs = 100;
  const parseError = (message: string): never => {
    throw new DaemonError(`dockerfile parse error line ${line}: ${message}`);
  };

  switch (keyword) {
    case 'ARG':
      for (const [name, def] of argDeclarations(instr)) {
        const value = name in buildArgs ? buildArgs[name] : def === undefined ? undefined : x(def);
        if (name in buildArgs) usedArgs.add(name);
        state.args.set(name, value);
      }
      break;
    case 'ENV': {
      const args = instr.getArguments().map((a) => a.getValue());
      if (!args.length) parseError('ENV requires at least one argument');
      const pairs: [string, string][] = args.some((a) => a.includes('=')) ? args.map((a) => [a.slice(0, a.indexOf('=')), unquote(x(a.slice(a.indexOf('=') + 1)))]) : [[args[0]!, x(args.slice(1).join(' '))]];
      for (const [k, v] of pairs) config.env = setEnv(config.env, k, v);
      break;
    }
    case 'LABEL':
      config.labels = { ...(config.labels ?? {}) };
      for (const a of instr.getArguments().map((v) => v.getValue())) {
        const i = a.indexOf('=');
        if (i > 0) config.labels[unquote(a.slice(0, i))] = unquote(x(a.slice(i + 1)));
      }
      break;
    case 'MAINTAINER':
      break;
    case 'EXPOSE': {
      const ports = new Set(config.exposedPorts ?? []);
      for (const a of instr.getArguments().map((v) => x(v.getValue()))) {
        const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(a);
        if (!m || Number(m[1]) < 1 || Number(m[1]) > 65535) parseError(`invalid containerPort: ${a}`);
        ports.add(`${m![1]}/${(m![3] ?? 'tcp').toLowerCase()}`);
      }
      config.exposedPorts = [...ports];
      break;
    }
    case 'WORKDIR': {
      const dirPath = normalizePath(x(rawArgs(instr) || '/'), config.workdir ?? '/');
      config.workdir = dirPath;
      if (!engine.imageFs(state.image).get(dirPath)) changes = { [dirPath]: { type: 'dir', size: 0 } };
      break;
    }
    case 'CMD':
    case 'ENTRYPOINT': {
      const json = jsonForm(instr);
      const value = json ?? [...(config.shell ?? ['/bin/sh', '-c']), rawArgs(instr)];
      if (keyword === 'CMD') {
        config.cmd = value;
        state.cmdSet = true;
      } else {
        config.entrypoint = value;
        // Setting ENTRYPOINT resets a CMD inherited from the base image (moby dispatchers.go).
        if (!state.cmdSet) delete config.cmd;
      }
      break;
    }
    case 'USER':
      config.user = x(rawArgs(instr));
      break;
    case 'VOLUME':
      config.volumes = [...(config.volumes ?? []), ...(jsonForm(instr) ?? instr.getArguments().map((a) => x(a.getValue())))];
      break;
    case 'STOPSIGNAL':
      config.stopSignal = x(rawArgs(instr));
      break;
    case 'SHELL': {
      const json = jsonForm(instr);
      if (!json) parseError('SHELL requires the arguments to be in JSON form');
      config.shell = json;
      break;
    }
    case 'ONBUILD':
      config.onbuild = [...(config.onbuild ?? []), rawArgs(instr)];
      break;
    case 'HEALTHCHECK':
      break;
    case 'COPY':
    case 'ADD': {
      const r = copyFiles(engine, instr, context, built, stageImages, x, config.workdir ?? '/', state.image);
      if ('error' in r) {
        return { cached: false, output: [], failed: { message: r.error, code: 1 } };
      }
      changes = r.changes;
      inputs = r.digest;
      break;
    }
    case 'RUN': {
      const json = jsonForm(instr);
      const env = [...(config.env ?? [])];
      for (const [k, v] of state.args) if (v !== undefined && !envMap.has(k)) env.push(`${k}=${v}`);
      const shellForm = rawArgs(instr);
      inputs = { args: [...state.args].filter(([, v]) => v !== undefined) };
      // Cache hit: the command is not run again (the cache key does not depend on its result).
      const hit = !noCache && engine.store.images.get(cacheId(state, keyword, instr, x, inputs, false, engine));
      if (hit) return useCache(state, hit);
      const fs = engine.imageFs(state.image);
      const result = simulateRun(fs, json ? { exec: json } : { shell: shellForm.replace(/\\\r?\n/g, ' ') }, env, config.workdir ?? '/');
      output = result.output;
      changes = result.changes;
      durationMs = result.durationMs;
      if (result.exitCode !== 0) {
        const shown = json ? JSON.stringify(json) : `${(config.shell ?? ['/bin/sh', '-c']).join(' ')} ${original(instr).slice(4)}`;
        runFailure = { message: `The command '${shown}' returned a non-zero code: ${result.exitCode}`, code: result.exitCode };
      }
      break;
    }
    default:
      break;
  }

  const emptyLayer = changes === undefined;
  const id = cacheId(state, keyword, instr, x, inputs, noCache, engine);
  const cached = !noCache && engine.store.images.get(id);
  if (cached && !runFailure) return useCache(state, cached);
  const container = METADATA.has(keyword) || keyword === 'RUN' ? engine.random.hex(12) : undefined;
  if (runFailure) return { cached: false, output, failed: runFailure, ...(container ? { container } : {}) };
  engine.clock.advance(durationMs);
  const layers: Layer[] = [];
  const layerIds = [...state.image.layers];
  if (!emptyLayer || keyword === 'RUN') {
    const layer: Layer = { id: digestOf({ layerOf: id }), size: changesSize(changes ?? {}), changes: changes ?? {} };
    layers.push(layer);
    layerIds.push(layer.id);
  }
  const image: Image = {
    id,
    parent: state.image.id,
    created: engine.clock.now(),
    layers: layerIds,
    history: [...state.image.history, { created: engine.clock.now(), createdBy: createdBy(instr, keyword), emptyLayer: !layers.length }],
    config,
    intermediate: true,
    repoDigests: [],
  };
  engine.store.add(image, layers);
  state.image = image;
  state.config = cloneConfig(config);
  return { cached: false, output, ...(container ? { container } : {}) };
}

/** The step's image id: sha256 of (parent, instruction after expansion, inputs). Equal ids = cache hit. */
function cacheId(state: StageState, keyword: string, instr: Instruction, x: (t: string) => string, inputs: unknown, noCache: boolean, engine: DockerEngine): string {
  return digestOf({ parent: state.image.id, instruction: `${keyword} ${x(rawArgs(instr))}`, inputs, config: keyword === 'ARG' ? [...state.args] : null, nonce: noCache ? engine.random.hex(16) : null });
}

function useCache(state: StageState, cached: Image): StepResult {
  state.image = cached;
  state.config = cloneConfig(cached.config);
  return { cached: true, output: [] };
}

function createdBy(instr: Instruction, keyword: string): string {
  const text = original(instr).slice(keyword.length + 1);
  return keyword === 'RUN' ? `/bin/sh -c ${text}` : `/bin/sh -c #(nop) ${keyword} ${text}`;
}

