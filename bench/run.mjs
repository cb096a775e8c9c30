// `npm run bench -- <name>` runs bench/<name>.mjs (all benchmarks when no name is given).
import * as fs from 'node:fs';
import * as path from 'node:path';

const dir = path.dirname(new URL(import.meta.url).pathname);
const names = process.argv.slice(2).length
  ? process.argv.slice(2)
  : fs.readdirSync(dir).filter((f) => f.endsWith('.mjs') && f !== 'run.mjs').map((f) => f.replace(/\.mjs$/, ''));
for (const name of names) {
  const file = path.join(dir, `${name}.mjs`);
  if (!fs.existsSync(file)) {
    console.error(`bench: no benchmark named "${name}" (bench/${name}.mjs)`);
    process.exitCode = 2;
    continue;
  }
  console.log(`# ${name}`);
  await import(file);
}
