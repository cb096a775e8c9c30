import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BuildContextSnapshot } from '../core/dockerfile';

const SKIP = new Set(['node_modules', '.git', '.hg', '.svn']);
const MAX_FILES = 5000;
const MAX_READ = 256 * 1024;

/**
 * A build-context snapshot of a folder on disk, for the CLI: the file list (bounded),
 * `.dockerignore`, and lazy reads of small text files (for `listen(8080)`-style checks).
 */
export function snapshotFolder(dir: string): BuildContextSnapshot {
  const files: string[] = [];
  const walk = (rel: string) => {
    if (files.length >= MAX_FILES) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) walk(child);
      } else if (files.length < MAX_FILES) files.push(child);
    }
  };
  walk('');
  const ignore = path.join(dir, '.dockerignore');
  return {
    files,
    ...(fs.existsSync(ignore) ? { dockerignore: fs.readFileSync(ignore, 'utf8') } : {}),
    readFile(p: string): string | undefined {
      try {
        const full = path.join(dir, p);
        const stat = fs.statSync(full);
        return stat.isFile() && stat.size <= MAX_READ ? fs.readFileSync(full, 'utf8') : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** The nearest `.hadolint.yaml`/`.hadolint.yml` from `dir` up to `root` (inclusive). */
export function findHadolintConfig(dir: string, root: string): string | undefined {
  let d = path.resolve(dir);
  const top = path.resolve(root);
  for (;;) {
    for (const name of ['.hadolint.yaml', '.hadolint.yml']) {
      const f = path.join(d, name);
      if (fs.existsSync(f)) return f;
    }
    if (d === top || path.dirname(d) === d) return undefined;
    d = path.dirname(d);
  }
}
