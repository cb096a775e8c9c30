/**
 * An in-memory `WorkspaceFs` (tests, the sim CLI's fixtures, scripted lessons).
 * Paths are `/`-separated, relative to `/` or absolute.
 */
import type { WorkspaceFs } from './types';

export class MemoryFs implements WorkspaceFs {
  private readonly files = new Map<string, string>();

  constructor(files: Record<string, string> = {}) {
    for (const [p, text] of Object.entries(files)) this.write(p, text);
  }

  private static norm(path: string): string {
    const parts: string[] = [];
    for (const part of path.split('/')) {
      if (!part || part === '.') continue;
      if (part === '..') parts.pop();
      else parts.push(part);
    }
    return parts.join('/');
  }

  write(path: string, text: string): void {
    this.files.set(MemoryFs.norm(path), text);
  }

  readFile(path: string): string | undefined {
    return this.files.get(MemoryFs.norm(path));
  }

  size(path: string): number | undefined {
    const text = this.readFile(path);
    return text === undefined ? undefined : new TextEncoder().encode(text).length;
  }

  stat(path: string): 'file' | 'dir' | undefined {
    const p = MemoryFs.norm(path);
    if (this.files.has(p)) return 'file';
    if (p === '') return 'dir';
    for (const key of this.files.keys()) if (key.startsWith(`${p}/`)) return 'dir';
    return undefined;
  }

  readdir(path: string): string[] | undefined {
    if (this.stat(path) !== 'dir') return undefined;
    const p = MemoryFs.norm(path);
    const prefix = p ? `${p}/` : '';
    const names = new Set<string>();
    for (const key of this.files.keys()) if (key.startsWith(prefix)) names.add(key.slice(prefix.length).split('/')[0]!);
    return [...names].sort();
  }
}
