import * as path from '../posixPath';
import { normalize } from '../buildContext';
import { parentStage, type DockerfileContext, type Inst } from '../context';
import { isJsonForm } from './util';

/** A COPY/ADD from the build context into the image, as paths (no file system access). */
interface Copy {
  /** Absolute image path. */
  readonly dest: string;
  /** Context-relative source path ('' for the whole context). */
  readonly source: string;
  /** The destination is a directory that receives the source (or its contents). */
  readonly intoDir: boolean;
  readonly inst: Inst;
}

export interface StageFiles {
  readonly copies: readonly Copy[];
  /** A `COPY --from`, or an unresolved variable: the stage may contain files we cannot see. */
  readonly opaque: boolean;
}

/** WORKDIR in effect at `inst` (`/` by default), or `undefined` when it comes from an unknown variable. */
export function workdirAt(context: DockerfileContext, inst: Inst): string | undefined {
  let dir: string | undefined = '/';
  for (const change of workdirChanges(context, inst.stage)) {
    if (change.index >= inst.index) break;
    dir = change.dir;
  }
  return dir;
}

/**
 * The WORKDIR after each WORKDIR of a stage's chain, in order: one pass per stage instead
 * of one walk of the chain per asking instruction (quadratic in the stage's length).
 */
function workdirChanges(context: DockerfileContext, stage: number): ReadonlyArray<{ index: number; dir: string | undefined }> {
  return perStage(context, 'workdirs', stage, () => {
    const out: Array<{ index: number; dir: string | undefined }> = [];
    let dir: string | undefined = '/';
    for (const i of stageChain(context, stage)) {
      if (i.keyword !== 'WORKDIR' || i.onbuild) continue;
      const raw = (i.node.getArgumentsContent() ?? '').trim().replace(/^["']|["']$/g, '');
      const value = context.expand(i, raw);
      if (value === undefined || dir === undefined) dir = undefined;
      else dir = path.resolve(dir, value);
      out.push({ index: i.index, dir });
    }
    return out;
  });
}

/** A per-lint memo by stage index (constant memo keys: a key built per call costs a hash each time). */
function perStage<T>(context: DockerfileContext, name: string, stage: number, compute: () => T): T {
  const cache = context.memo(name, () => new Map<number, T>());
  let value = cache.get(stage);
  if (value === undefined) {
    value = compute();
    cache.set(stage, value);
  }
  return value;
}

/** Instructions of a stage and of the earlier stages it is built FROM, in order. */
export function stageChain(context: DockerfileContext, stage: number): Inst[] {
  return perStage(context, 'stageChain', stage, () => computeStageChain(context, stage));
}

function computeStageChain(context: DockerfileContext, stage: number): Inst[] {
  const stages: number[] = [];
  let s = stage;
  while (s >= 0 && !stages.includes(s)) {
    stages.unshift(s);
    s = parentStage(context.stages, s);
  }
  if (stage < 0) stages.push(-1);
  // the stages' instructions in document order (a stage's parents come before it)
  const byStage = effectiveByStage(context);
  if (stages.length === 1) return (byStage.get(stages[0]!) ?? []).slice();
  return stages.sort((a, b) => a - b).flatMap((s) => byStage.get(s) ?? []);
}

/** Effective instructions (ONBUILD triggers left out) per stage, grouped once per lint. */
function effectiveByStage(context: DockerfileContext): ReadonlyMap<number, readonly Inst[]> {
  return context.memo('effectiveByStage', () => {
    const out = new Map<number, Inst[]>();
    for (const i of context.effective) {
      if (i.onbuild) continue;
      let list = out.get(i.stage);
      if (!list) out.set(i.stage, (list = []));
      list.push(i);
    }
    return out;
  });
}

/** Sources and destination of a COPY/ADD (JSON or plain form), `undefined` for heredocs and comments. */
export function copyArgs(inst: Inst): { sources: string[]; dest: string } | undefined {
  let values: string[];
  if (isJsonForm(inst)) values = JSON.parse(inst.node.getArgumentsContent()!.replace(/\\\r?\n/g, ' ')) as string[];
  else values = inst.node.getArguments().map((a) => a.getValue());
  if (values.length < 2 || values.some((v) => v.startsWith('<<') || v.startsWith('#'))) return undefined;
  return { sources: values.slice(0, -1), dest: values[values.length - 1]! };
}

export function fromFlag(inst: Inst): string | undefined {
  return inst.node.getFlags().find((f) => f.getName() === 'from')?.getValue() ?? undefined;
}

export function stageFiles(context: DockerfileContext, stage: number): StageFiles {
  return perStage(context, 'stageFiles', stage, () => computeStageFiles(context, stage));
}

function computeStageFiles(context: DockerfileContext, stage: number): StageFiles {
  const copies: Copy[] = [];
  let opaque = false;
  for (const inst of stageChain(context, stage)) {
    if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD') continue;
    if (fromFlag(inst) !== undefined) {
      opaque = true;
      continue;
    }
    const a = copyArgs(inst);
    const workdir = workdirAt(context, inst);
    if (!a || workdir === undefined) {
      opaque = true; // heredoc, a stray comment or an unknown WORKDIR: files we cannot name
      continue;
    }
    const dest = context.expand(inst, a.dest);
    if (dest === undefined) {
      opaque = true;
      continue;
    }
    const absDest = path.resolve(workdir, dest);
    const intoDir = dest.endsWith('/') || a.sources.length > 1 || dest === '.' || /\/\.$/.test(dest);
    for (const raw of a.sources) {
      const src = context.expand(inst, raw);
      if (src === undefined || /^[a-z]+:\/\//i.test(src)) {
        opaque = true;
        continue;
      }
      copies.push({ dest: absDest, source: normalize(src), intoDir, inst });
    }
  }
  return { copies, opaque };
}

/**
 * The context path an image path comes from: `''`-rooted relative path, `null` when the
 * file is in the image but its source cannot be named, `undefined` when nothing copies it.
 */
export function sourceOf(context: DockerfileContext, files: StageFiles, imagePath: string): string | null | undefined {
  const target = path.resolve('/', imagePath);
  const index = context.buildContext;
  for (let k = files.copies.length - 1; k >= 0; k--) {
    const c = files.copies[k]!;
    const isGlob = /[*?[]/.test(c.source);
    // a file copied to an exact path
    if (!c.intoDir && c.dest === target && !isGlob) return c.source;
    // a file copied into a directory
    if (c.intoDir && path.join(c.dest, path.basename(c.source)) === target) {
      if (!index || index.has(c.source)) return c.source;
    }
    // a directory (or the whole context) copied: its contents land under dest
    const isDir = index ? c.source === '' || index.match(c.source).some((f) => f !== c.source) : !/\.[A-Za-z0-9]+$/.test(path.basename(c.source));
    if (isDir && target.startsWith(c.dest === '/' ? '/' : `${c.dest}/`)) {
      const rel = path.relative(c.dest, target);
      const candidate = normalize(c.source === '' || c.source === '.' ? rel : `${c.source}/${rel}`);
      if (!index) return isGlob ? null : candidate;
      if (index.has(candidate)) return candidate;
      if (isGlob && index.match(c.source).some((f) => path.basename(f) === path.basename(target))) return null;
    }
  }
  return undefined;
}
