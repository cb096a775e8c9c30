// Benchmark: Kube Tutor's lintDockerfile vs dockerfile-utils' validate() on the same files,
// in the same process. Prints per-file CPU microseconds (min over interleaved rounds), the
// ratio, the wall-time ratio and the machine's load.
// Usage: node bench/dockerfile.mjs   (or npm run bench -- dockerfile)
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(path.join(root, 'package.json'));
const built = await esbuild.build({
  entryPoints: [path.join(root, 'src/core/dockerfile/index.ts')],
  bundle: true, platform: 'node', format: 'cjs', write: false, minify: true, logLevel: 'error',
});
const mod = { exports: {} };
new Function('module', 'exports', 'require', built.outputFiles[0].text)(mod, mod.exports, require);
const { lintDockerfile, dockerfileRules } = mod.exports;
const parsed = await esbuild.build({
  entryPoints: [path.join(root, 'src/core/dockerfile/parser.ts')],
  bundle: true, platform: 'node', format: 'cjs', write: false, minify: true, logLevel: 'error',
});
const parserMod = { exports: {} };
new Function('module', 'exports', 'require', parsed.outputFiles[0].text)(parserMod, parserMod.exports, require);
const { parseDockerfile } = parserMod.exports;
const { DockerfileParser } = require('dockerfile-ast');
const { validate } = require('dockerfile-utils');

const BLOCK = [
  'FROM node:24-alpine AS build{n}',
  'ARG VERSION{n}=1.0.{n}',
  'ENV APP_HOME=/app/{n} NODE_ENV=production',
  'WORKDIR $APP_HOME',
  'COPY package.json package-lock.json ./',
  'RUN apk add --no-cache curl=8.5.0-r0 git && \\',
  '    npm ci --omit=dev && \\',
  '    rm -rf /root/.npm',
  'COPY src/ ./src/',
  'RUN npm run build && cd dist && ls -la | grep js',
  'EXPOSE 80{n}',
  'LABEL org.opencontainers.image.version="${VERSION{n}}"',
  'HEALTHCHECK --interval=30s CMD curl -f http://localhost:80{n}/ || exit 1',
  'USER node',
  'CMD ["node", "dist/server.js"]',
  '',
];
function generated(lines) {
  const out = [];
  for (let n = 0; out.length < lines; n++) out.push(...BLOCK.map((l) => l.replaceAll('{n}', String(n % 90 + 10))));
  return out.slice(0, lines).join('\n') + '\n';
}

const files = [];
const kubia = path.join(root, 'test/fixtures/workspaces/kubia');
files.push(['seed kubia Dockerfile', fs.readFileSync(path.join(kubia, 'Dockerfile'), 'utf8')]);
files.push(['seed redis 3-Dockerfile', fs.readFileSync(path.join(kubia, 'redis/3-Dockerfile'), 'utf8')]);
files.push(['seed kubia (notes, trailing comments)', fs.readFileSync(path.join(root, 'test/fixtures/dockerfile/DF006/kubia-seed.Dockerfile'), 'utf8')]);
files.push(['generated 200 lines', generated(200)]);
files.push(['generated 500 lines', generated(500)]);

/**
 * Microseconds per call of each function, as CPU time (user + system of this process) and
 * wall time: the minimum over rounds, the rounds of all functions interleaved so a burst of
 * load from other processes hits them alike. On a shared, overloaded machine the wall time
 * mostly measures the scheduler; the CPU time is the figure to compare.
 */
function measure(fns, text) {
  const iterations = Math.max(10, Math.round(4000 / text.split('\n').length));
  for (const fn of fns) for (let i = 0; i < iterations * 3; i++) fn(text); // warm up
  const cpu = fns.map(() => Infinity);
  const wall = fns.map(() => Infinity);
  for (let round = 0; round < 15; round++) {
    fns.forEach((fn, k) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < iterations; i++) fn(text);
      const t = performance.now() - t0;
      const c = process.cpuUsage(c0);
      cpu[k] = Math.min(cpu[k], (c.user + c.system) / iterations);
      wall[k] = Math.min(wall[k], (t * 1000) / iterations);
    });
  }
  return fns.map((_, k) => ({ cpu: cpu[k], wall: wall[k] }));
}

const load = () => os.loadavg()[0].toFixed(1);
const loadBefore = load();
const rows = [];
for (const [name, text] of files) {
  const [ours, peer, parse, astParse] = measure([(t) => lintDockerfile(t), (t) => validate(t), (t) => parseDockerfile(t).getInstructions().forEach((i) => i.getArguments()), (t) => DockerfileParser.parse(t)], text);
  rows.push({
    file: name,
    lines: text.split('\n').length - 1,
    'kube-tutor CPU µs': ours.cpu.toFixed(0),
    'dockerfile-utils CPU µs': peer.cpu.toFixed(0),
    'speed-up (peer/ours)': (peer.cpu / ours.cpu).toFixed(2) + '×',
    'wall-time speed-up': (peer.wall / ours.wall).toFixed(2) + '×',
    'our parse CPU µs': parse.cpu.toFixed(0),
    'dockerfile-ast parse CPU µs': astParse.cpu.toFixed(0),
    findings: lintDockerfile(text).length,
  });
}
console.table(rows);
console.log(`machine: ${os.cpus().length} cores, load average ${loadBefore} before / ${load()} after (1 min).`);
console.log(`kube-tutor runs ${dockerfileRules.length} rules; dockerfile-utils validate() checks syntax and a few semantics. Kube Tutor parses with its own parser (src/core/dockerfile/parser.ts, arguments included), dockerfile-utils with dockerfile-ast (the parse alone).`);
