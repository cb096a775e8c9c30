/**
 * `docker build` as BuildKit prints it (the default builder since Docker 23): the same
 * simulated build (./build.ts) recorded as a trace, then laid out as BuildKit's vertices —
 * `--progress=plain` (`#1 [internal] load build definition from Dockerfile` … `#1 DONE 0.0s`,
 * moby/buildkit `util/progress/progressui/printer.go`), `tty` (the final frame of the
 * `[+] Building` display, display.go) or `quiet` (the image id). Build-check warnings follow
 * as buildx prints them (commands/build.go `printWarnings`). Durations are the virtual
 * clock's: the same build prints the same numbers.
 */
import type { WorkspaceFs } from '../shell/types';
import { build, FS_STEPS, type BuildOptions, type BuildTrace } from './build';
import { buildCheckWarnings, warningSummary, type BuildCheckWarning } from './buildChecks';
import type { DockerEngine } from './engine';
import { ClientError, DaemonError, type Output } from './errors';
import { BuildError } from './build';
import { parseReference } from './reference';

export type BuildKitProgress = 'plain' | 'tty' | 'quiet';

interface Status {
  readonly text: string;
  readonly ms?: number;
  /** Bytes shown as `45.32MB / 45.32MB` (downloads) or after the text (`transferring context: 2B`). */
  readonly bytes?: { readonly current: number; readonly total?: number };
}

interface Vertex {
  readonly name: string;
  readonly cached?: boolean;
  readonly statuses: readonly Status[];
  readonly logs: readonly { readonly at: number; readonly text: string }[];
  readonly warnings: readonly string[];
  readonly ms: number;
  readonly error?: string;
}

/** tonistiigi/units `%.2f`: `96B`, `1.23kB`, `45.32MB` (decimal units). */
export function buildkitBytes(n: number): string {
  if (n < 1000) return `${Math.round(n)}B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = n / 1000;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v.toFixed(2)}${units[i]}`;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;
/** Simulated transfer rates for the FROM vertex of a pulled image (bytes per millisecond). */
const DOWNLOAD_RATE = 25_000;
const EXTRACT_RATE = 100_000;
/** Resolving the base image's manifest on the registry ("load metadata for …"). */
const METADATA_MS = 500;
const EXPORT_MS = 100;
const WIDTH = 80;

/** Runs `docker build` with BuildKit output. Returns the exit status (1 on any failure, as buildx). */
export function buildWithBuildKit(engine: DockerEngine, fs: WorkspaceFs, options: Omit<BuildOptions, 'trace' | 'quiet'>, out: Output, progress: BuildKitProgress): number {
  const trace: BuildTrace = { stages: [], tags: [] };
  let failure: string | undefined;
  try {
    build(engine, fs, { ...options, trace }, out);
  } catch (error) {
    if (error instanceof ClientError && !trace.dockerfile) {
      // Before the build starts (context, Dockerfile path): buildx's own "ERROR: …".
      out.err(`ERROR: ${error.message.replace(/\nSee 'docker build --help'\.$/, '')}\n`);
      return error.exitCode === 125 ? 125 : 1;
    }
    if (!(error instanceof DaemonError || error instanceof BuildError || error instanceof ClientError)) throw error;
    failure = failureMessage(trace, error);
  }
  const warnings = trace.dockerfile ? buildCheckWarnings(trace.dockerfile.text, trace.findings) : [];
  if (progress === 'quiet') {
    if (failure) out.err(`ERROR: failed to solve: ${failure}\n`);
    else out.out(`${trace.imageId}\n`);
    return failure ? 1 : 0;
  }
  const vertices = vertexList(trace, warnings, failure);
  out.out(progress === 'tty' ? ttyFrame(vertices, !failure) : plain(vertices));
  if (failure) {
    const failed = vertices.find((v) => v.error && v.name.startsWith('['));
    if (failed) out.err(errorBlock(failed));
    const source = failedSource(trace);
    if (source) out.err(source);
    out.err(`ERROR: failed to solve: ${failure}\n`);
  }
  if (warnings.length) out.out(warningSummary(warnings));
  return failure ? 1 : 0;
}

/** Why the registry refused the base image, in BuildKit's (containerd resolver's) words. */
function unresolvedReason(error: Error, full: string): string {
  return error.message.startsWith('pull access denied')
    ? 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed'
    : `${full}: not found`;
}

/** BuildKit's wording for what went wrong (the classic messages name the same causes differently). */
function failureMessage(trace: BuildTrace, error: Error): string {
  if (trace.unresolved) {
    const { written, full } = trace.unresolved;
    return `${written}: failed to resolve source metadata for ${full}: ${unresolvedReason(error, full)}`;
  }
  const step = trace.stages.flatMap((s) => s.steps).find((s) => s.failed);
  if (step?.keyword === 'RUN' && step.failed) {
    const shown = /^The command '(.*)' returned a non-zero code: \d+$/s.exec(step.failed.message)?.[1] ?? step.text.slice(4);
    const process = shown.startsWith('[') ? (JSON.parse(shown) as string[]).join(' ') : shown;
    return `process "${process.replace(/"/g, '\\"')}" did not complete successfully: exit code: ${step.failed.code}`;
  }
  const missing = /stat (\S+): file does not exist$/.exec(error.message);
  if (missing) return `failed to compute cache key: failed to calculate checksum of ref: "/${missing[1]!.replace(/^\/+/, '')}": not found`;
  return error.message.replace(/^dockerfile parse error line (\d+): /, 'dockerfile parse error on line $1: ');
}

/** `2/3`; with ten steps or more the index is padded to the total's width (`[ 1/18]`), as dockerfile2llb does. */
function stepOf(index: number, total: number): string {
  return `${String(index).padStart(String(total).length)}/${total}`;
}

function stageLabel(trace: BuildTrace, index: number): string {
  if (trace.stages.length < 2 && !trace.stages[index]?.name) return '';
  const stage = trace.stages[index]!;
  return `${stage.name ?? `stage-${index}`} `;
}

function vertexList(trace: BuildTrace, warnings: readonly BuildCheckWarning[], failure: string | undefined): Vertex[] {
  const v: Vertex[] = [];
  const plainVertex = (name: string, statuses: Status[] = [], ms = 0, extra: Partial<Vertex> = {}): Vertex => ({ name, statuses, logs: [], warnings: [], ms, ...extra });
  if (trace.dockerfile) {
    v.push(plainVertex(`[internal] load build definition from ${trace.dockerfile.name}`, [{ text: 'transferring dockerfile:', bytes: { current: trace.dockerfile.size } }], 0, { warnings: warnings.map((w) => `${w.rule}: ${w.message} (line ${w.line})`) }));
  }
  const seen = new Set<string>();
  for (const s of trace.stages) {
    if (s.kind !== 'image' || !s.resolved) continue;
    const name = s.resolved.replace(/@sha256:[0-9a-f]+$/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    v.push(plainVertex(`[internal] load metadata for ${name}`, [], METADATA_MS));
  }
  if (trace.unresolved && failure) {
    // The base image could not be resolved: the metadata vertex fails, nothing runs.
    const full = trace.unresolved.full;
    v.push(plainVertex(`[internal] load metadata for ${full}`, [], METADATA_MS, { error: failure.slice(failure.lastIndexOf(': failed to resolve source metadata for ') + `: failed to resolve source metadata for ${full}: `.length) }));
    return v;
  }
  if (trace.dockerfile) v.push(plainVertex('[internal] load .dockerignore', [{ text: 'transferring context:', bytes: { current: trace.dockerignoreSize ?? 2 } }]));
  const usesContext = trace.stages.some((s) => s.steps.some((st) => (st.keyword === 'COPY' || st.keyword === 'ADD') && !/--from[= ]/.test(st.text)));
  let contextShown = false;
  trace.stages.forEach((stage, index) => {
    const label = stageLabel(trace, index);
    if (stage.kind === 'image' && stage.resolved) {
      const statuses: Status[] = [];
      let ms = 0;
      if (stage.pulled.length) {
        statuses.push({ text: `resolve ${stage.resolved}`, ms: 0 });
        // Layers download in parallel, then extract one by one.
        for (const l of stage.pulled) {
          const d = Math.max(100, Math.round(l.size / DOWNLOAD_RATE / 100) * 100);
          statuses.push({ text: l.id, bytes: { current: l.size, total: l.size }, ms: d });
          ms = Math.max(ms, d);
        }
        for (const l of stage.pulled) {
          const d = Math.max(100, Math.round(l.size / EXTRACT_RATE / 100) * 100);
          statuses.push({ text: `extracting ${l.id}`, ms: d });
          ms += d;
        }
      }
      v.push(plainVertex(`[${label}${stepOf(1, stage.total)}] FROM ${stage.resolved}`, statuses, ms));
    }
    if (usesContext && !contextShown) {
      contextShown = true;
      v.push(plainVertex('[internal] load build context', [{ text: 'transferring context:', bytes: { current: trace.contextSize ?? 0 } }]));
    }
    let k = 1;
    for (const step of stage.steps) {
      if (!FS_STEPS.has(step.keyword)) continue;
      k++;
      const name = `[${label}${stepOf(k, stage.total)}] ${step.text}`;
      const n = step.output.length;
      const logs = step.output.map((text, i) => ({ at: ((i + 1) * step.durationMs) / (n + 1), text }));
      if (step.cached) v.push(plainVertex(name, [], 0, { cached: true }));
      else v.push(plainVertex(name, [], step.durationMs, { logs, ...(step.failed ? { error: failure ?? step.failed.message } : {}) }));
    }
  });
  if (!failure && trace.imageId) {
    const statuses: Status[] = [{ text: 'exporting layers', ...(trace.exported ? { ms: EXPORT_MS } : {}) }, { text: `writing image ${trace.imageId}` }];
    for (const t of trace.tags) statuses.push({ text: `naming to ${qualified(t)}` });
    v.push(plainVertex('exporting to image', statuses, trace.exported ? EXPORT_MS : 0));
  }
  return v;
}

/** `kubia` → `docker.io/library/kubia`; the tag only when given (as BuildKit's exporter names it). */
function qualified(tag: string): string {
  const ref = parseReference(tag);
  return `${ref.domain}/${ref.path}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

function statusText(s: Status): string {
  const bytes = s.bytes ? (s.bytes.total !== undefined ? ` ${buildkitBytes(s.bytes.current)} / ${buildkitBytes(s.bytes.total)}` : ` ${buildkitBytes(s.bytes.current)}`) : '';
  return `${s.text}${bytes}`;
}

function plain(vertices: readonly Vertex[]): string {
  const lines = ['#0 building with "default" instance using docker driver'];
  vertices.forEach((v, i) => {
    const id = `#${i + 1}`;
    lines.push('', `${id} ${v.name}`);
    for (const s of v.statuses) lines.push(`${id} ${statusText(s)}${s.ms !== undefined && s.ms > 0 ? ` ${seconds(s.ms)}` : ''} done`);
    for (const l of v.logs) lines.push(`${id} ${(l.at / 1000).toFixed(3)} ${l.text}`);
    for (const w of v.warnings) lines.push(`${id} WARN: ${w}`);
    if (v.error) lines.push(`${id} ERROR: ${v.error}`);
    else lines.push(v.cached ? `${id} CACHED` : `${id} DONE ${seconds(v.ms)}`);
  });
  return `${lines.join('\n')}\n`;
}

function align(left: string, right: string, width = WIDTH): string {
  const room = width - right.length - 1;
  const l = left.length > room ? left.slice(0, room) : left;
  return `${l.padEnd(room)} ${right}`;
}

function ttyFrame(vertices: readonly Vertex[], ok: boolean): string {
  const total = vertices.reduce((n, v) => n + v.ms, 0);
  const done = vertices.filter((v) => !v.error).length;
  const head = `[+] Building ${seconds(total)} (${done}/${vertices.length})${ok ? ' FINISHED' : ''}`;
  const lines = [align(head, 'docker:default')];
  for (const v of vertices) {
    const prefix = v.error ? 'ERROR ' : v.cached ? 'CACHED ' : '';
    lines.push(align(` => ${prefix}${v.name}`, seconds(v.ms)));
    for (const s of v.statuses) lines.push(align(` => => ${statusText(s)}`, seconds(s.ms ?? 0)));
  }
  return `${lines.join('\n')}\n`;
}

/** The failed step's last log lines between dashes (progressui `printErrorLogs`). */
function errorBlock(v: Vertex): string {
  const logs = v.logs.slice(-10).map((l) => `${(l.at / 1000).toFixed(3)} ${l.text}`);
  return ['------', ` > ${v.name}:`, ...logs, '------', ''].join('\n');
}

/** `Dockerfile:3` and the lines around the failing instruction, `>>>` on it (buildx `printErrorSource`). */
function failedSource(trace: BuildTrace): string | undefined {
  const step = trace.stages.flatMap((s) => s.steps).find((s) => s.failed);
  if (!step || !trace.dockerfile) return undefined;
  const lines = trace.dockerfile.text.split(/\r?\n/);
  const from = Math.max(1, step.line - 2);
  const to = Math.min(lines.length, step.line + 2);
  const out = [`${trace.dockerfile.name}:${step.line}`, '--------------------'];
  for (let n = from; n <= to; n++) out.push(`${String(n).padStart(4)} | ${n === step.line ? '>>>' : '   '} ${lines[n - 1] ?? ''}`);
  out.push('--------------------', '');
  return out.join('\n');
}
