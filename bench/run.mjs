// `npm run bench -- <name>...`: runs bench/<name>.mjs (all when no name is given).
// Benchmarks print ratios against a peer measured in the same run; these machines are noisy.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const available = fs.readdirSync(dir).filter((f) => f.endsWith('.mjs') && f !== 'run.mjs').map((f) => f.slice(0, -4)).sort();
const names = process.argv.slice(2).length ? process.argv.slice(2) : available;
const unknown = names.filter((n) => !available.includes(n));
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (available: ${available.join(', ') || 'none'})`);
  process.exit(2);
}
const build = spawnSync(process.execPath, [path.join(dir, '..', 'esbuild.js'), '--production'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
let failed = 0;
for (const name of names) {
  console.log(`\n━━ bench ${name}`);
  const r = spawnSync(process.execPath, [path.join(dir, `${name}.mjs`)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
