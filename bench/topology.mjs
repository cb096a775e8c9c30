// `npm run bench -- topology`: topology model + layout for 100 / 1,000 / 5,000 pods, and one
// incremental update (scale an RC by one pod: ClusterView → graph → delta → apply → layout).
// Goals (issue 8): 1,000 objects laid out < 500 ms; an incremental update < 16 ms.
// Peer measured in the same run: dagre on the flat graph (every pod a dagre node), which is
// what a naive layout does; our layout runs dagre only on the coarse graph (groups).
// With chromium available, also the webview: snapshot posted → laid out (worker) → painted.
import * as esbuild from 'esbuild';
import { performance } from 'node:perf_hooks';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = `
export { buildGraph, diffGraphs, applyDelta } from './src/core/topology';
export { largeClusterView } from './src/core/topology/samples';
export { layoutGraph, emptyMemory } from './webview/layout/layout';
export { default as dagre } from '@dagrejs/dagre';
`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-bench-'));
const out = path.join(tmp, 'topology.mjs');
await esbuild.build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'warning' });
const m = await import(pathToFileURL(out).href);

function time(fn, runs) {
  let best = Infinity;
  let result;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, result };
}
const input = (g) => ({ nodes: g.nodes.map((n) => ({ id: n.id, kind: n.kind, parent: n.parent })), edges: g.edges.map((e) => ({ source: e.source, target: e.target })) });

function flatDagre(g) {
  const d = new m.dagre.graphlib.Graph();
  d.setGraph({ rankdir: 'LR' });
  d.setDefaultEdgeLabel(() => ({}));
  for (const n of g.nodes) d.setNode(n.id, { width: 180, height: 46 });
  for (const e of g.edges) d.setEdge(e.source, e.target);
  m.dagre.layout(d);
}

/** One more pod in the first RC, on the first node: what `kubectl scale` does to the view. */
function scaledUp(view) {
  const p = view.pods[0];
  const extra = { ...p, metadata: { ...p.metadata, name: `${p.metadata.name}-x` }, reason: 'ContainerCreating', phase: 'Pending', ready: false };
  return { ...view, pods: [...view.pods, extra] };
}

const rows = [];
for (const pods of [100, 1000, 5000]) {
  const view = m.largeClusterView(pods);
  for (const kind of ['cluster', 'application']) {
    const runs = pods >= 5000 ? 3 : 7;
    const model = time(() => m.buildGraph(view, kind), runs);
    const g = model.result;
    const layout = time(() => m.layoutGraph(input(g), m.emptyMemory()), runs);
    const memory = layout.result.memory;
    const next = scaledUp(view);
    const updateRuns = pods >= 5000 ? 8 : 25;
    let delta;
    const host = time(() => {
      delta = m.diffGraphs(g, m.buildGraph(next, kind));
    }, updateRuns);
    const update = time(() => m.layoutGraph(input(m.applyDelta(g, delta)), memory), updateRuns);
    const peer = pods <= 1000 ? time(() => flatDagre(g), pods >= 1000 ? 1 : 3).ms : undefined;
    rows.push({ pods, kind, nodes: g.nodes.length, edges: g.edges.length, model: model.ms, layout: layout.ms, modelLayout: model.ms + layout.ms, host: host.ms, update: update.ms, reused: !update.result.ranDagre, peer });
  }
}

const f = (x) => (x === undefined ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(0));
console.log('pods   view         nodes  edges  model ms  layout ms  model+layout  update: host ms  webview ms (dagre skipped)  flat dagre ms (peer)  peer/ours');
for (const r of rows) {
  console.log(
    `${String(r.pods).padEnd(6)} ${r.kind.padEnd(12)} ${String(r.nodes).padStart(5)}  ${String(r.edges).padStart(5)}  ${f(r.model).padStart(8)}  ${f(r.layout).padStart(9)}  ${f(r.modelLayout).padStart(12)}  ${f(r.host).padStart(14)}  ${f(r.update).padStart(10)} (${r.reused ? 'yes' : 'no '})            ${f(r.peer).padStart(8)}  ${r.peer ? `${(r.peer / r.layout).toFixed(0)}×` : '—'}`,
  );
}
const k = rows.find((r) => r.pods === 1000 && r.kind === 'cluster');
console.log(`\ngoal 1,000 pods model+layout < 500 ms: ${f(k.modelLayout)} ms ${k.modelLayout < 500 ? 'ok' : 'MISSED'}; incremental update in the webview (apply delta + layout) < 16 ms: ${f(k.update)} ms ${k.update < 16 ? 'ok' : 'MISSED'} (host side, model + diff: ${f(k.host)} ms)`);
console.log(`machine load average: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs (times are the minimum of several runs)`);

// ---- the webview in chromium: layout in the worker + paint ----
const chromium = process.env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
if (!chromium || !fs.existsSync(path.join(ROOT, 'dist', 'webview.js'))) {
  console.log('\n(webview paint: skipped, no chromium or no dist/webview.js)');
} else {
  const { paintBench } = await import('./topology-paint.mjs');
  await paintBench({ chromium, root: ROOT, m, input });
}
fs.rmSync(tmp, { recursive: true, force: true });
