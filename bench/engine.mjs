#!/usr/bin/env node
// Benchmark of the simulated Docker engine: `docker build` of a 50-instruction Dockerfile,
// cold (fresh engine: pull of the base image, every step executed) and cached (rebuild:
// every step "---> Using cache"). Printed as ms (min of several runs) and as ratios
// against the Dockerfile validator (lintDockerfile) measured on the same file in the same run.
// Usage: node bench/engine.mjs [--runs N]
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;

// Bundle the pure core once (TypeScript sources → one CommonJS file).
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kube-tutor-bench-')), 'engine.cjs');
buildSync({
  stdin: {
    contents: `export { DockerEngine } from './src/core/engine/engine';
export { build } from './src/core/engine/build';
export { buildWithBuildKit } from './src/core/engine/buildkit';
export { MemoryFs } from './src/core/shell/memfs';
export { lintDockerfile } from './src/core/dockerfile';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  logLevel: 'error',
});
const { DockerEngine, build, buildWithBuildKit, MemoryFs, lintDockerfile } = createRequire(import.meta.url)(out);

function dockerfile50() {
  const lines = ['FROM node:20-alpine', 'WORKDIR /app', 'COPY package.json .', 'RUN npm install'];
  for (let i = 0; lines.length < 49; i++) {
    switch (i % 5) {
      case 0: lines.push(`ENV STEP_${i}=value-${i}`); break;
      case 1: lines.push(`COPY src/file${i}.js ./src/`); break;
      case 2: lines.push(`RUN mkdir -p /app/data/${i} && echo step-${i} > /app/data/${i}/marker`); break;
      case 3: lines.push(`LABEL step${i}="${i}"`); break;
      default: lines.push(`RUN apk add --no-cache pkg${i}`);
    }
  }
  lines.push('CMD ["node", "src/file1.js"]');
  return `${lines.join('\n')}\n`;
}

const text = dockerfile50();
const files = { Dockerfile: text, 'package.json': '{"name":"bench","dependencies":{"express":"^4.21.0","redis":"^4.7.0"}}' };
for (let i = 0; i < 50; i++) files[`src/file${i}.js`] = `console.log(${i});\n`.repeat(20);
const workspace = new MemoryFs(files);
const sink = { out() {}, err() {} };
if (text.trim().split('\n').length !== 50) throw new Error('expected 50 instructions');

function time(fn) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

// Sanity: a cached rebuild really hits the cache on every step.
{
  const engine = new DockerEngine();
  build(engine, workspace, { context: '.', tags: ['bench'] }, sink);
  const again = build(engine, workspace, { context: '.', tags: ['bench'] }, sink);
  if (again.cachedSteps !== 49) throw new Error(`expected 49 cached steps, got ${again.cachedSteps}`);
}

const lint = time(() => lintDockerfile(text));
const cold = time(() => build(new DockerEngine(), workspace, { context: '.', tags: ['bench'] }, sink));
const warm = new DockerEngine();
build(warm, workspace, { context: '.', tags: ['bench'] }, sink);
const cached = time(() => build(warm, workspace, { context: '.', tags: ['bench'] }, sink));
// The same cached rebuild printed as BuildKit's plain progress (trace + vertices + build checks).
const buildkit = time(() => buildWithBuildKit(warm, workspace, { context: '.', tags: ['bench'] }, sink, 'plain'));

const f = (ms) => `${ms.toFixed(2)} ms`;
console.log(`engine: docker build, 50-instruction Dockerfile, 50-file context (min of ${runs} runs)`);
console.log(`  lintDockerfile (peer)  ${f(lint)}`);
console.log(`  build cold             ${f(cold)}   ${(cold / lint).toFixed(1)}x lint`);
console.log(`  build cached           ${f(cached)}   ${(cached / lint).toFixed(1)}x lint`);
console.log(`  cached, BuildKit plain ${f(buildkit)}   ${(buildkit / lint).toFixed(1)}x lint, ${(buildkit / cached).toFixed(1)}x classic cached`);
console.log(`  cold / cached          ${(cold / cached).toFixed(1)}x`);
fs.rmSync(path.dirname(out), { recursive: true, force: true });
