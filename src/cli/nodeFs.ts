/** `WorkspaceFs` over the real disk, for the `kube-tutor sim` CLI (read-only). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceFs } from '../core/shell/types';

export class NodeFs implements WorkspaceFs {
  constructor(private readonly root: string) {}

  private abs(p: string): string {
    return path.resolve(this.root, p);
  }

  readFile(p: string): string | undefined {
    try {
      return fs.readFileSync(this.abs(p), 'utf8');
    } catch {
      return undefined;
    }
  }

  size(p: string): number | undefined {
    try {
      return fs.statSync(this.abs(p)).size;
    } catch {
      return undefined;
    }
  }

  readdir(p: string): string[] | undefined {
    try {
      return fs.readdirSync(this.abs(p)).sort();
    } catch {
      return undefined;
    }
  }

  stat(p: string): 'file' | 'dir' | undefined {
    try {
      const s = fs.statSync(this.abs(p));
      return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  }
}
