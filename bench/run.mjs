#!/usr/bin/env node
// `npm run bench [-- NAME...]`: runs bench/NAME.mjs (all benchmarks when no name is given).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const all = fs.readdirSync(dir).filter((f) => f.endsWith('.mjs') && f !== 'run.mjs').map((f) => f.slice(0, -4)).sort();
// Benchmark names are the arguments before the first flag; flags (and their values) are passed on.
const args = process.argv.slice(2);
const firstFlag = args.findIndex((a) => a.startsWith('-'));
const names = firstFlag < 0 ? args : args.slice(0, firstFlag);
const passed = firstFlag < 0 ? [] : args.slice(firstFlag);
let failed = 0;
for (const name of names.length ? names : all) {
  if (!all.includes(name)) {
    console.error(`bench: unknown benchmark "${name}" (known: ${all.join(', ')})`);
    failed++;
    continue;
  }
  const r = spawnSync(process.execPath, [path.join(dir, `${name}.mjs`), ...passed], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
