import ignore from '@balena/dockerignore';

/**
 * What the linter may know about the build context (the folder sent to the daemon),
 * without touching the file system: the extension and the CLI take a snapshot.
 */
export interface BuildContextSnapshot {
  /** Files of the context, POSIX paths relative to its root (`app.js`, `src/index.js`). */
  readonly files: readonly string[];
  /** Content of `.dockerignore`, if the context has one. */
  readonly dockerignore?: string;
  /** Reads a context file (for static checks such as `listen(8080)`); optional. */
  readFile?(path: string): string | undefined;
}

/** Files and directories of a snapshot, with Docker-compatible `.dockerignore` matching. */
export class ContextIndex {
  private readonly files: Set<string>;
  private readonly dirs = new Set<string>(['']);
  private readonly matcher: ReturnType<typeof ignore> | undefined;

  constructor(readonly snapshot: BuildContextSnapshot) {
    this.files = new Set(snapshot.files.map(normalize));
    for (const f of this.files) {
      const parts = f.split('/');
      for (let i = 1; i < parts.length; i++) this.dirs.add(parts.slice(0, i).join('/'));
    }
    if (snapshot.dockerignore !== undefined) {
      try {
        this.matcher = ignore().add(snapshot.dockerignore);
      } catch {
        this.matcher = undefined;
      }
    }
  }

  /** Paths of the context matching a COPY source (exact path, directory or glob). */
  match(source: string): string[] {
    const s = normalize(source);
    if (s === '' || s === '.') return [...this.files];
    if (this.files.has(s)) return [s];
    if (this.dirs.has(s)) return [...this.files].filter((f) => f.startsWith(`${s}/`));
    if (/[*?[]/.test(s)) {
      const re = globToRegExp(s);
      return [...this.files].filter((f) => re.test(f) || [...ancestors(f)].some((d) => re.test(d)));
    }
    return [];
  }

  isIgnored(path: string): boolean {
    if (!this.matcher) return false;
    try {
      return this.matcher.ignores(normalize(path));
    } catch {
      return false;
    }
  }

  has(path: string): boolean {
    return this.files.has(normalize(path));
  }
}

function* ancestors(file: string): Iterable<string> {
  const parts = file.split('/');
  for (let i = 1; i < parts.length; i++) yield parts.slice(0, i).join('/');
}

const NORMAL = /^(?!\.\.?(?:\/|$))[^/\\]+(?:\/(?!\.\.?(?:\/|$))[^/\\]+)*$/;

export function normalize(p: string): string {
  if (NORMAL.test(p)) return p; // the usual path (`src/app.js`): nothing to do
  const out: string[] = [];
  for (const part of p.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** Go `filepath.Match` semantics as Docker uses them for COPY sources. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
