import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../../src/core/diagnostic';

/** Repository root, from `out/test/unit` or `test/unit`. */
export const ROOT = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
})();

export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/** `L:C-L:C CODE`, one-based, end exclusive: the way the fixtures spell expectations. */
export function describeDiagnostic(d: Diagnostic): string {
  const { start, end } = d.range;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${d.code}`;
}

export function readLines(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
