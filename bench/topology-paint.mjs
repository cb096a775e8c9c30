/* global performance, requestAnimationFrame, MutationObserver, document, window -- run inside the page by page.evaluate */
// Webview half of bench/topology.mjs: the real dist/webview.js in chromium (playwright-core),
// layout in the worker. Measures snapshot posted → laid out → painted (two animation frames),
// and one delta (a pod added) → painted.
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { chromium as pw } from 'playwright-core';

const CSP = "default-src 'none'; img-src 'self' data:; style-src 'self'; script-src 'nonce-bench'; connect-src 'self'; worker-src 'self' blob:;";

export async function paintBench({ chromium, root, m }) {
  const strings = new Proxy({}, { get: (_, k) => String(k) });
  const html = `<!DOCTYPE html><html><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">
<link rel="stylesheet" href="/media/topology.css"></head><body data-layout-worker="/dist/layoutWorker.js" data-variant="panel"><main id="app"></main>
<script nonce="bench" src="/host.js"></script><script nonce="bench" src="/dist/webview.js"></script></body></html>`;
  const hostJs = 'window.__sent=[];function acquireVsCodeApi(){return{postMessage:(m)=>window.__sent.push(m),getState:()=>undefined,setState:()=>{}}}';
  const server = http.createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    if (url === '/') return res.end(html);
    if (url === '/host.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(hostJs);
    const file = path.join(root, path.normalize(url));
    if (!file.startsWith(root) || !fs.existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.css') ? 'text/css' : 'text/javascript' }).end(fs.readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await pw.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox'] });
  try {
    console.log('\nwebview (chromium, layout in the worker): pods  objects  snapshot→painted ms  delta→painted ms  layout mode');
    for (const pods of [100, 1000, 5000]) {
      let best = { snap: Infinity, upd: Infinity, mode: '', objects: 0 };
      for (let run = 0; run < (pods >= 5000 ? 1 : 3); run++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      const view = m.largeClusterView(pods);
      const graph = m.buildGraph(view, 'cluster');
      const allStrings = Object.fromEntries(['title', 'empty', 'graphLabel', 'legend', 'viewLabel', 'viewCluster', 'viewApplication', 'viewDocker', 'zoomIn', 'zoomOut', 'fit', 'search', 'filterNamespace', 'filterKind', 'filterLabel', 'allNamespaces', 'allKinds', 'exportSvg', 'exportPng', 'shownCount', 'details', 'noSelection', 'status', 'labels', 'noLabels', 'events', 'noEvents', 'describe', 'actions', 'actionsFor', 'action.scale', 'action.delete', 'action.logs', 'action.describe', 'action.openYaml', 'table', 'tableCaption', 'colKind', 'colName', 'colNamespace', 'colStatus', 'colParent', 'layoutFailed'].map((k) => [k, strings[k]]));
      const measure = (message, revision) =>
        page.evaluate(
          ({ message, revision }) =>
            new Promise((resolve) => {
              const t0 = performance.now();
              const done = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
              const obs = new MutationObserver(() => {
                if (document.body.dataset.revision === String(revision)) {
                  obs.disconnect();
                  done();
                }
              });
              obs.observe(document.body, { attributes: true });
              window.postMessage(message, '*');
            }),
          { message, revision },
        );
      const snap = await measure({ method: 'topology/snapshot', params: { view: 'cluster', revision: 1, graph, strings: allStrings } }, 1);
      const p = view.pods[0];
      const next = { ...view, pods: [...view.pods, { ...p, metadata: { ...p.metadata, name: `${p.metadata.name}-x` } }] };
      const delta = m.diffGraphs(graph, m.buildGraph(next, 'cluster'));
      const upd = await measure({ method: 'topology/delta', params: { view: 'cluster', revision: 2, delta } }, 2);
      const mode = await page.evaluate(() => document.body.dataset.layoutMode);
      best = { snap: Math.min(best.snap, snap), upd: Math.min(best.upd, upd), mode, objects: graph.nodes.length };
      await page.close();
      }
      console.log(`${String(pods).padStart(47)}  ${String(best.objects).padStart(7)}  ${best.snap.toFixed(0).padStart(19)}  ${best.upd.toFixed(0).padStart(16)}  ${best.mode}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}
