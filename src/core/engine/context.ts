/**
 * The build context, read through `WorkspaceFs` as the docker CLI reads it before
 * "Sending build context to Docker daemon": every file under the context directory minus
 * `.dockerignore` matches (Docker's own matcher, via @balena/dockerignore). The
 * Dockerfile and .dockerignore are always sent (cli/command/image/build.go).
 */
import ignore from '@balena/dockerignore';
import type { WorkspaceFs } from '../shell/types';
import { humanSize } from './format';

export interface ContextFile {
  /** Relative to the context root, `/`-separated. */
  readonly path: string;
  readonly size: number;
}

export interface BuildContext {
  readonly root: string;
  readonly files: ReadonlyMap<string, ContextFile>;
  readonly dirs: ReadonlySet<string>;
  /** Size of the tar stream the CLI uploads (512-byte headers and blocks, 1 KiB trailer). */
  readonly tarSize: number;
  isIgnored(path: string): boolean;
  read(path: string): string | undefined;
}

export function joinPath(a: string, b: string): string {
  if (b.startsWith('/')) return b;
  if (!a || a === '.') return b;
  return `${a.replace(/\/+$/, '')}/${b}`;
}

const SKIP = new Set(['.git']);

export function readContext(fs: WorkspaceFs, root: string, alwaysInclude: readonly string[]): BuildContext {
  const ignoreText = fs.readFile(joinPath(root, '.dockerignore'));
  const matcher = ignore().add((ignoreText ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
  const files = new Map<string, ContextFile>();
  const dirs = new Set<string>();
  const walk = (rel: string): void => {
    const names = fs.readdir(rel ? joinPath(root, rel) : root) ?? [];
    for (const name of [...names].sort()) {
      const child = rel ? `${rel}/${name}` : name;
      if (!rel && SKIP.has(name) && matcher.ignores(child)) continue;
      const kind = fs.stat(joinPath(root, child));
      const ignored = matcher.ignores(child) && !alwaysInclude.includes(child);
      if (kind === 'dir') {
        if (!ignored) dirs.add(child);
        walk(child);
      } else if (kind === 'file' && !ignored) {
        files.set(child, { path: child, size: fs.size(joinPath(root, child)) ?? 0 });
      }
    }
  };
  walk('');
  let tarSize = 1024;
  for (const f of files.values()) tarSize += 512 + Math.ceil(f.size / 512) * 512;
  tarSize += dirs.size * 512;
  return {
    root,
    files,
    dirs,
    tarSize,
    isIgnored: (p) => matcher.ignores(p),
    read: (p) => (files.has(p) ? fs.readFile(joinPath(root, p)) : undefined),
  };
}

/** "Sending build context to Docker daemon  3.072kB" (go-units HumanSize, 4 significant digits). */
export function sendingLine(context: BuildContext): string {
  return `Sending build context to Docker daemon  ${humanSize(context.tarSize, 4)}`;
}
