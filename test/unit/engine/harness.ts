import * as fs from 'node:fs';
import * as path from 'node:path';
import { DockerEngine } from '../../../src/core/engine/engine';
import { createDockerShell } from '../../../src/core/shell/dockerShell';
import { MemoryFs } from '../../../src/core/shell/memfs';
import type { Shell } from '../../../src/core/shell/shell';
import { FIXTURES } from '../helpers';

export interface Step {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Loads a fixture workspace into memory (what the extension reads through WorkspaceFs). */
export function workspace(name: string): MemoryFs {
  const root = path.join(FIXTURES, 'workspaces', name);
  const mem = new MemoryFs();
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else mem.write(path.relative(root, p).split(path.sep).join('/'), fs.readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  return mem;
}

export class Terminal {
  readonly engine: DockerEngine;
  readonly shell: Shell;

  constructor(files: MemoryFs, engine = new DockerEngine()) {
    this.engine = engine;
    this.shell = createDockerShell(engine, { fs: files, cwd: '/home/learner/kubia' });
  }

  async run(line: string): Promise<Step> {
    let out = '';
    let err = '';
    const code = await this.shell.execute(line, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  }
}

/** Splits a docker table into rows of cells, using the header's column starts (tabwriter layout). */
export function columns(tableText: string): string[][] {
  const lines = tableText.replace(/\n$/, '').split('\n');
  const header = lines[0]!;
  const starts = [...header.matchAll(/(?:^|\s{2,})(\S)/g)].map((m) => m.index! + m[0].length - 1);
  return lines.map((line) => starts.map((s, i) => line.slice(s, starts[i + 1] ?? line.length).trim()));
}
