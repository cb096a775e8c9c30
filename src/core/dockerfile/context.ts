import { parseDockerfile, type Dockerfile, type From, type Instruction, type Onbuild, type PropertyInstruction } from './parser';
import { ContextIndex, type BuildContextSnapshot } from './buildContext';
import type { HadolintConfig } from './hadolintConfig';
import { shellOf, type RunShell } from './runShell';
import { LineIndex } from './text';
import { expandVariables } from './variables';

/** An instruction as rules see it; an `ONBUILD` trigger is judged like the instruction it wraps. */
export interface Inst {
  readonly node: Instruction;
  /** Upper-case keyword (`RUN`); for an ONBUILD trigger, the trigger's keyword. */
  readonly keyword: string;
  /** Index of the stage (`-1` before the first `FROM`: a fragment or global ARGs). */
  readonly stage: number;
  /** The wrapping `ONBUILD`, when this is its trigger. */
  readonly onbuild?: Onbuild;
  /** Position among the top-level instructions. */
  readonly index: number;
}

export interface Stage {
  readonly from: From;
  readonly index: number;
  /** `AS name` as written. */
  readonly name: string | undefined;
}

/** Variables visible at an instruction: value, or `null` when declared without a known value. */
export type Scope = ReadonlyMap<string, string | null>;

export interface DockerfileContext {
  readonly text: string;
  readonly lines: LineIndex;
  readonly dockerfile: Dockerfile;
  readonly escape: string;
  /** `ARG`s declared before the first `FROM`, with their default values (if any). */
  readonly globalArgs: ReadonlyMap<string, string | undefined>;
  /** Top-level instructions in order (`ONBUILD` as itself). */
  readonly instructions: readonly Inst[];
  /** What rules judge: top-level instructions with every `ONBUILD` replaced by its trigger. */
  readonly effective: readonly Inst[];
  readonly stages: readonly Stage[];
  readonly hadolint: HadolintConfig | undefined;
  readonly buildContext: ContextIndex | undefined;
  /** Variables visible at an instruction (for `FROM`: the global `ARG`s). */
  scopeAt(inst: Inst): Scope;
  /** Expands `$VAR` forms with the scope of `inst`; `undefined` when a value is unknown. */
  expand(inst: Inst, text: string): string | undefined;
  /** The parsed shell script of a `RUN` (shell, exec or heredoc form), cached. */
  shell(inst: Inst): RunShell | undefined;
  /** Per-lint-run memo for values several rules derive (run commands, stage files…). */
  memo<T>(key: string, compute: () => T): T;
}

export interface ContextOptions {
  readonly hadolint?: HadolintConfig;
  readonly buildContext?: BuildContextSnapshot;
}

/** Build arguments BuildKit defines without an `ARG` (in the global scope). */
export const PREDEFINED_ARGS = [
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
  'HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY',
  'http_proxy', 'https_proxy', 'ftp_proxy', 'no_proxy', 'all_proxy',
  'BUILDKIT_SYNTAX', 'BUILDKIT_INLINE_CACHE', 'SOURCE_DATE_EPOCH',
];

const PREDEFINED_SCOPE: ReadonlyMap<string, string | null> = new Map(PREDEFINED_ARGS.map((name) => [name, null]));

export function createContext(text: string, options: ContextOptions = {}): DockerfileContext {
  return new Context(text, options);
}

interface Scopes {
  readonly global: Map<string, string | null>;
  /** By instruction index. */
  readonly at: Scope[];
}

/**
 * Instructions and stages are read at once; the variable scopes, the memo table and the shell
 * parses only when a rule first asks (a small file often needs none of them).
 */
class Context implements DockerfileContext {
  readonly lines: LineIndex;
  readonly dockerfile: Dockerfile;
  readonly escape: string;
  readonly instructions: Inst[] = [];
  readonly effective: Inst[] = [];
  readonly stages: Stage[] = [];
  readonly hadolint: HadolintConfig | undefined;
  readonly buildContext: ContextIndex | undefined;
  private readonly initialArgs: Map<string, string | undefined>;
  private scopes: Scopes | undefined;
  private shells: Map<Instruction, RunShell | undefined> | undefined;
  private memos: Map<string, unknown> | undefined;

  constructor(readonly text: string, options: ContextOptions) {
    const dockerfile = (this.dockerfile = parseDockerfile(text));
    this.lines = new LineIndex(text);
    this.escape = dockerfile.getEscapeCharacter();
    this.hadolint = options.hadolint;
    this.buildContext = options.buildContext ? new ContextIndex(options.buildContext) : undefined;
    const globalArgs = (this.initialArgs = new Map<string, string | undefined>());
    for (const arg of dockerfile.getInitialARGs()) {
      for (const property of arg.getProperties()) globalArgs.set(property.getName(), property.getValue() ?? undefined);
    }
    const { instructions, effective, stages } = this;
    const nodes = dockerfile.getInstructions();
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      const keyword = node.getKeyword();
      if (keyword === 'FROM') {
        const from = node as From;
        stages.push({ from, index: stages.length, name: from.getBuildStage() ?? undefined });
      }
      const inst: Inst = { node, keyword, stage: stages.length - 1, index };
      instructions.push(inst);
      if (keyword === 'ONBUILD') {
        const trigger = (node as Onbuild).getTriggerInstruction();
        if (trigger) {
          effective.push({ node: trigger, keyword: trigger.getKeyword(), stage: inst.stage, onbuild: node as Onbuild, index });
          continue;
        }
      }
      effective.push(inst);
    }
  }

  /** `ARG`s before the first `FROM`, their defaults expanded (they may refer to earlier ones). */
  get globalArgs(): ReadonlyMap<string, string | undefined> {
    if (this.initialArgs.size > 0) this.computedScopes();
    return this.initialArgs;
  }

  scopeAt(inst: Inst): Scope {
    const scopes = this.computedScopes();
    return scopes.at[inst.index] ?? scopes.global;
  }

  expand(inst: Inst, value: string): string | undefined {
    if (!value.includes('$')) return value;
    const scope = this.scopeAt(inst);
    return expandVariables(value, (n) => scope.get(n) ?? undefined, this.escape);
  }

  memo<T>(key: string, compute: () => T): T {
    const memos = (this.memos ??= new Map<string, unknown>());
    let value = memos.get(key);
    if (value === undefined && !memos.has(key)) {
      value = compute();
      memos.set(key, value);
    }
    return value as T;
  }

  shell(inst: Inst): RunShell | undefined {
    if (inst.keyword !== 'RUN') return undefined;
    const shells = (this.shells ??= new Map<Instruction, RunShell | undefined>());
    if (!shells.has(inst.node)) shells.set(inst.node, shellOf(this, inst.node));
    return shells.get(inst.node);
  }

  /** Variable scopes, copy-on-write: ARG/ENV per stage, global ARGs for FROM. */
  private computedScopes(): Scopes {
    if (this.scopes) return this.scopes;
    const { instructions, stages, escape } = this;
    const globalScope = new Map<string, string | null>(PREDEFINED_SCOPE);
    const at: Scope[] = [];
    const stageEnv: Array<Map<string, string | null>> = [];
    let scope = globalScope;
    const expandWith = (s: Scope, value: string) => expandVariables(value, (n) => s.get(n) ?? undefined, escape);
    for (const inst of instructions) {
      if (inst.keyword === 'FROM') {
        const parent = parentStage(stages, inst.stage);
        at.push(globalScope);
        stageEnv[inst.stage] = new Map(parent >= 0 ? stageEnv[parent] ?? [] : []);
        scope = new Map(stageEnv[inst.stage]);
        continue;
      }
      at.push(scope);
      if (inst.keyword === 'ARG' || inst.keyword === 'ENV') {
        const next = new Map(scope);
        const properties = (inst.node as PropertyInstruction).getProperties();
        for (const p of properties) {
          const raw = p.getValue();
          let value: string | null;
          if (raw !== null) value = expandWith(next, raw) ?? null;
          else if (inst.keyword === 'ARG' && inst.stage >= 0 && globalScope.has(p.getName())) value = globalScope.get(p.getName()) ?? null;
          else value = inst.keyword === 'ARG' ? null : '';
          next.set(p.getName(), value);
          if (inst.keyword === 'ENV' && inst.stage >= 0) stageEnv[inst.stage]!.set(p.getName(), value);
        }
        if (inst.stage < 0) for (const [k, v] of next) globalScope.set(k, v);
        scope = inst.stage < 0 ? globalScope : next;
      }
    }
    // Global ARG defaults may refer to earlier ones (`ARG BASE=node:${V}`): keep them expanded.
    const globalArgs = this.initialArgs;
    for (const name of globalArgs.keys()) globalArgs.set(name, globalScope.get(name) ?? undefined);
    return (this.scopes = { global: globalScope, at });
  }
}

/**
 * The earlier stage a stage is built `FROM` (`FROM build AS test`), or -1. Without an earlier
 * named stage the image name (a parse of the reference) is not needed: then only a `FROM`
 * without an image, whose name is `null`, matches, and it matches the first (unnamed) stage.
 */
export function parentStage(stages: readonly Stage[], stage: number): number {
  const from = stages[stage]?.from;
  let named = false;
  for (let i = 0; i < stage && !named; i++) named = stages[i]!.name !== undefined;
  if (!named) return stage > 0 && (from === undefined || from.getImage() === null) ? 0 : -1;
  const parent = from?.getImageName()?.toLowerCase();
  return stages.findIndex((x, i) => i < stage && x.name?.toLowerCase() === parent);
}

