#!/usr/bin/env node
// Manifest validation benchmark, standalone: `node bench/manifest.mjs` (or `npm run bench -- manifest`).
// Bundles src/core/manifest with esbuild, generates a 1 MB / 2,000-resource multi-document
// stream, and measures in the same process, side by side:
//   - js-yaml loadAll (parse only, no positions): the floor
//   - js-yaml loadAll + kubernetes-models validate() per object: the offline peer
//   - yaml (eemeli) parseAllDocuments, when installed: the positioned alternative
//   - Kube Tutor: positioned parse alone (the scanner with its js-yaml fallback, and js-yaml
//     alone as before the scanner), lintYaml (schema + rules), folder checks
// and the per-keystroke revalidation of seed-size files (p50/p95): typing them character by
// character, and seeded single-character edits (insert, delete, replace) of a seed file and of
// the 1 MB stream.
// Numbers are min/median of several runs; ratios are against the peer of the same run.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Deterministic corpus: realistic Deployments, Services, ConfigMaps and Pods (~500 bytes each), seeded. */
function corpus(resources = 2000, seed = 42) {
  let s = seed >>> 0;
  const rnd = (n) => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s % n;
  };
  const docs = [];
  for (let i = 0; i < resources; i++) {
    const app = `app-${i}`;
    switch (i % 4) {
      case 0:
        docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: team-${rnd(5)}
  labels:
    app: ${app}
    tier: backend
spec:
  replicas: ${1 + rnd(5)}
  selector:
    matchLabels:
      app: ${app}
  template:
    metadata:
      labels:
        app: ${app}
        tier: backend
    spec:
      containers:
        - name: web
          image: registry.example.com/${app}:1.${rnd(20)}.${rnd(9)}
          imagePullPolicy: IfNotPresent
          ports:
            - containerPort: ${8000 + rnd(1000)}
              name: http
              protocol: TCP
          env:
            - name: LOG_LEVEL
              value: "info"
            - name: WORKERS
              value: "${1 + rnd(8)}"
          resources:
            requests:
              cpu: ${100 + rnd(400)}m
              memory: ${64 + rnd(512)}Mi
            limits:
              cpu: "1"
              memory: 1Gi
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
            periodSeconds: 10
          livenessProbe:
            tcpSocket:
              port: http
          securityContext:
            runAsNonRoot: true
            readOnlyRootFilesystem: true
            allowPrivilegeEscalation: false
`);
        break;
      case 1:
        docs.push(`apiVersion: v1
kind: Service
metadata:
  name: ${app}
  namespace: team-${rnd(5)}
  labels:
    app: ${app}
spec:
  type: ${['ClusterIP', 'NodePort', 'LoadBalancer'][rnd(3)]}
  selector:
    app: app-${i - 1}
  ports:
    - name: http
      port: 80
      targetPort: http
      protocol: TCP
`);
        break;
      case 2:
        docs.push(`apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-config
  namespace: team-${rnd(5)}
data:
  app.properties: |
    greeting=hello
    retries=${rnd(10)}
    endpoint=http://svc-${rnd(100)}.default.svc.cluster.local:8080
  LOG_FORMAT: json
  FEATURE_FLAGS: "a,b,c"
`);
        break;
      default:
        docs.push(`apiVersion: v1
kind: Pod
metadata:
  name: ${app}-manual
  labels:
    app: kubia
    env: ${['dev', 'prod'][rnd(2)]}
spec:
  restartPolicy: Always
  containers:
    - image: luksa/kubia:v${rnd(3)}
      name: kubia
      ports:
        - containerPort: 8080
          protocol: TCP
      resources:
        requests: { cpu: 50m, memory: 32Mi }
        limits: { cpu: 200m, memory: 128Mi }
`);
    }
  }
  return docs.join('---\n');
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const esbuild = require('esbuild');
const jsyaml = require('js-yaml');

const out = path.join(os.tmpdir(), `kube-tutor-bench-manifest-${process.pid}.cjs`);
esbuild.buildSync({
  stdin: {
    contents: `export { lintYaml, lintManifestFolder, ManifestLintCache } from './src/core/manifest'; export { parseYaml, setFastPath } from './src/core/manifest/yaml/parse';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  logLevel: 'warning',
});
const core = require(out);
fs.rmSync(out, { force: true });

/** kubernetes-models class for apiVersion/kind, e.g. apps/v1 Deployment → kubernetes-models/apps/v1/Deployment. */
const modelCache = new Map();
function model(apiVersion, kind) {
  const key = `${apiVersion} ${kind}`;
  if (!modelCache.has(key)) {
    try {
      modelCache.set(key, require(`kubernetes-models/${apiVersion}/${kind}`)[kind]);
    } catch {
      modelCache.set(key, undefined);
    }
  }
  return modelCache.get(key);
}

let yamlPkg;
try {
  yamlPkg = require('yaml');
} catch {
  yamlPkg = undefined;
}

/**
 * Min of user CPU time (robust on a shared, loaded machine) and median wall time.
 * Peers run interleaved, round by round, so a load spike hits every contender alike.
 */
function measureAll(entries, runs = 9) {
  const cpu = entries.map(() => []);
  const wall = entries.map(() => []);
  for (const [, fn] of entries) fn(); // warm-up
  for (let r = 0; r < runs; r++) {
    entries.forEach(([, fn], i) => {
      const c = process.cpuUsage();
      const t = performance.now();
      fn();
      wall[i].push(performance.now() - t);
      cpu[i].push(process.cpuUsage(c).user / 1000);
    });
  }
  return entries.map(([name], i) => {
    const w = wall[i].sort((a, b) => a - b);
    return [name, { min: Math.min(...cpu[i]), median: w[w.length >> 1] }];
  });
}

const text = corpus(2000);
const resources = 2000;
const mb = text.length / 1024 / 1024;
console.log(`corpus: ${resources} resources, ${(text.length / 1024).toFixed(0)} KiB, ${text.split('\n').length} lines`);
console.log(`node ${process.version}, ${os.cpus().length} CPU, load ${os.loadavg()[0].toFixed(1)}\n`);

const peers = [
  ['js-yaml loadAll (parse only, no positions)', () => jsyaml.loadAll(text)],
  [
    'peer: js-yaml + kubernetes-models validate()',
    () => {
      let invalid = 0;
      for (const doc of jsyaml.loadAll(text)) {
        const M = doc && model(doc.apiVersion, doc.kind);
        if (!M) continue;
        try {
          new M(doc).validate();
        } catch {
          invalid++;
        }
      }
      return invalid;
    },
  ],
  ...(yamlPkg ? [['yaml (eemeli) parseAllDocuments', () => yamlPkg.parseAllDocuments(text)]] : []),
  ['Kube Tutor: positioned parse (scanner + js-yaml)', () => core.parseYaml(text)],
  ['Kube Tutor: lintYaml (schema + 11 rules)', () => core.lintYaml(text)],
  ['Kube Tutor: lintManifestFolder (cross-resource)', () => core.lintManifestFolder([{ path: 'all.yaml', text }])],
  // Last, so its garbage does not land on the rows above (they keep their order of before the scanner).
  [
    'Kube Tutor: positioned parse (js-yaml listener only)',
    () => {
      core.setFastPath(false);
      try {
        return core.parseYaml(text);
      } finally {
        core.setFastPath(true);
      }
    },
  ],
];

const results = measureAll(peers);
const peer = results[1][1].min;
console.log('1 MB multi-document file (min CPU ms / median wall ms; files/s and resources/s from CPU time; ratio to the kubernetes-models peer):');
for (const [name, { min, median }] of results) {
  console.log(
    `  ${name.padEnd(50)} ${min.toFixed(1).padStart(7)} / ${median.toFixed(1).padStart(7)} ms  ${(1000 / min).toFixed(2).padStart(6)} files/s (${(1000 / min / mb).toFixed(1)} MB/s)  ${Math.round((resources * 1000) / min).toString().padStart(7)} res/s  ×${(min / peer).toFixed(2)}`,
  );
}
if (!yamlPkg) console.log('  (yaml not installed: `npm i --no-save yaml` to add it to the comparison)');

// Per-keystroke revalidation: type a manifest character by character, lint after each.
function keystrokes(fileText, label) {
  const times = [];
  const steps = Math.min(fileText.length, 4000);
  for (let round = 0; round < Math.ceil(4000 / steps); round++) {
    for (let i = 1; i <= steps; i++) {
      const t = performance.now();
      core.lintYaml(fileText.slice(0, i));
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const p = (q) => times[Math.min(times.length - 1, Math.floor(times.length * q))];
  console.log(`  ${label.padEnd(50)} p50 ${p(0.5).toFixed(3)} ms  p95 ${p(0.95).toFixed(3)} ms  max ${times[times.length - 1].toFixed(2)} ms  (${times.length} keystrokes)`);
}
console.log('\nper-keystroke revalidation (goal: p95 < 16 ms):');
const kubia = path.join(root, 'test', 'fixtures', 'manifest', 'kubia');
keystrokes(fs.readFileSync(path.join(kubia, 'kubia-rc.yaml'), 'utf8'), 'kubia-rc.yaml (seed size)');
keystrokes(fs.readFileSync(path.join(kubia, 'kubectl-dry-run.yaml'), 'utf8'), 'kubectl-dry-run.yaml (14 objects)');

/** Seeded single-character edits (insert, delete or replace one character), each linted from scratch. */
function edits(fileText, label, count, cache) {
  const options = cache ? { cache } : {};
  let s = 7;
  const rnd = (n) => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s % n;
  };
  const chars = 'abcxyz019:- \n"#';
  let current = fileText;
  core.lintYaml(current, options);
  const times = [];
  for (let i = 0; i < count; i++) {
    const at = rnd(current.length);
    const c = chars[rnd(chars.length)];
    const op = rnd(3);
    const next = op === 0 ? current.slice(0, at) + c + current.slice(at) : op === 1 ? current.slice(0, at) + current.slice(at + 1) : current.slice(0, at) + c + current.slice(at + 1);
    // Keep the file close to the original: every 10th edit starts again from it.
    current = i % 10 === 9 ? fileText : next;
    const t = performance.now();
    core.lintYaml(next, options);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p = (q) => times[Math.min(times.length - 1, Math.floor(times.length * q))];
  console.log(`  ${label.padEnd(50)} p50 ${p(0.5).toFixed(3)} ms  p95 ${p(0.95).toFixed(3)} ms  max ${times[times.length - 1].toFixed(2)} ms  (${times.length} edits)`);
  return p(0.95);
}
console.log('\nrevalidation after a single-character edit (goal for seed size: p95 < 16 ms):');
const seed = fs.readFileSync(path.join(kubia, 'kubia-rc.yaml'), 'utf8');
edits(seed, 'kubia-rc.yaml (seed size)', 2000);
edits(seed, 'kubia-rc.yaml, editor cache', 2000, new core.ManifestLintCache());
const full = edits(text, '1 MB stream (2,000 resources)', 40);
const cached = edits(text, '1 MB stream, editor cache (per-document reuse)', 40, new core.ManifestLintCache());
console.log(`  per-document reuse: p95 ×${(cached / full).toFixed(2)} of a full run`);
