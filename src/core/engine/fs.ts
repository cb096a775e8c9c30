/**
 * The simulated filesystem of images and containers: each layer is a set of changes
 * (path → entry, or `null` for a whiteout, as in the OCI layer format); an image's
 * filesystem is its layers applied in order. Content is kept only for text files the
 * learner added (build context, `echo > file`); base image files carry a size only.
 */
export interface FsEntry {
  readonly type: 'file' | 'dir' | 'link';
  readonly size: number;
  readonly content?: string;
  /** Symlink target (`/bin/sh -> busybox`). */
  readonly target?: string;
  readonly executable?: boolean;
}

export type FsChanges = Record<string, FsEntry | null>;

export function normalizePath(path: string, cwd = '/'): string {
  const abs = path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`;
  const parts: string[] = [];
  for (const part of abs.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

export function parentDir(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** Merged view of a stack of layers (plus a container's writable layer). */
export class MergedFs {
  private readonly entries = new Map<string, FsEntry>();

  constructor(layers: readonly FsChanges[]) {
    this.entries.set('/', { type: 'dir', size: 0 });
    for (const changes of layers) this.apply(changes);
  }

  apply(changes: FsChanges): void {
    for (const [path, entry] of Object.entries(changes)) {
      if (entry === null) {
        for (const key of [...this.entries.keys()]) if (key === path || key.startsWith(`${path}/`)) this.entries.delete(key);
      } else {
        this.ensureParents(path);
        this.entries.set(path, entry);
      }
    }
  }

  private ensureParents(path: string): void {
    for (let dir = parentDir(path); dir !== '/'; dir = parentDir(dir)) {
      if (!this.entries.has(dir)) this.entries.set(dir, { type: 'dir', size: 0 });
    }
  }

  get(path: string): FsEntry | undefined {
    return this.entries.get(normalizePath(path));
  }

  /** Follows symlinks (at most 8 hops). */
  resolve(path: string): FsEntry | undefined {
    let p = normalizePath(path);
    for (let i = 0; i < 8; i++) {
      const e = this.entries.get(p);
      if (!e || e.type !== 'link') return e;
      p = normalizePath(e.target ?? '', parentDir(p));
    }
    return undefined;
  }

  list(dir: string): string[] {
    const base = normalizePath(dir);
    const prefix = base === '/' ? '/' : `${base}/`;
    const out: string[] = [];
    for (const key of this.entries.keys()) {
      if (key !== base && key.startsWith(prefix) && !key.slice(prefix.length).includes('/')) out.push(key.slice(prefix.length));
    }
    return out.sort();
  }

  /** Paths under `dir` (inclusive), for `rm -rf` and `COPY --from`. */
  walk(dir: string): [string, FsEntry][] {
    const base = normalizePath(dir);
    const out: [string, FsEntry][] = [];
    for (const [key, e] of this.entries) if (key === base || key.startsWith(base === '/' ? '/' : `${base}/`)) out.push([key, e]);
    return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }

  /** First `name` found on `PATH` (absolute names are checked as is). */
  which(name: string, pathVar: string): string | undefined {
    if (name.includes('/')) return this.resolve(name)?.type === 'file' ? normalizePath(name) : undefined;
    for (const dir of pathVar.split(':')) {
      if (!dir) continue;
      const candidate = normalizePath(`${dir}/${name}`);
      if (this.resolve(candidate)?.type === 'file') return candidate;
    }
    return undefined;
  }
}

/** Sum of the bytes a layer adds (whiteouts cost nothing). */
export function changesSize(changes: FsChanges): number {
  let total = 0;
  for (const e of Object.values(changes)) if (e) total += e.size;
  return total;
}
