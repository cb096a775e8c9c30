// Browser E2E: Debian Chromium (playwright-core) drives a real code-server with the packaged
// VSIX installed, like a learner would. Screenshots go to test/e2e/artifacts/ and must not be blank.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, CACHE, CHROMIUM, ROOT, ensureCodeServer, installExtension, profile, startCodeServer } from '../support/codeServer.mjs';
import { vsixPath } from '../support/vsix.mjs';

const ARTIFACTS = path.join(ROOT, 'test', 'e2e', 'artifacts');
let server;
let browser;
let page;

/** A screenshot that is a real picture: many colours, no colour covering almost everything. */
function assertNotBlank(file) {
  const png = PNG.sync.read(fs.readFileSync(file));
  const counts = new Map();
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    const key = (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const top = Math.max(...counts.values());
  assert.ok(counts.size >= 16, `${path.basename(file)} has only ${counts.size} colours`);
  assert.ok(top / total < 0.95, `${path.basename(file)} is ${(100 * top / total).toFixed(1)}% one colour`);
}

async function shot(name) {
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file });
  assertNotBlank(file);
  return file;
}

async function quickOpen(text) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(text);
  return input;
}

before(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const vsix = vsixPath();
  assert.ok(fs.existsSync(vsix), `${vsix} missing: run \`npm run package\` first`);
  const bin = ensureCodeServer();
  const dir = path.join(CACHE, 'e2e', 'profile');
  fs.rmSync(dir, { recursive: true, force: true });
  const p = profile(dir);
  installExtension(bin, p, vsix);
  const workspace = path.join(CACHE, 'e2e', 'workspace');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspaces', 'e2e'), workspace, { recursive: true });
  server = await startCodeServer(bin, p);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'Dockerfile' }).first().waitFor({ timeout: 60_000 });
});

after(async () => {
  if (page && process.exitCode) await page.screenshot({ path: path.join(ARTIFACTS, 'failure.png') }).catch(() => {});
  await browser?.close();
  await server?.stop();
});

test('the Problems panel shows the :latest warning for the workspace Dockerfile, with a squiggle', async () => {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  await quickOpen('Dockerfile');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Dockerfile' }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines', { hasText: 'FROM node:latest' }).waitFor({ timeout: 30_000 });
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'latest' });
  await row.first().waitFor({ timeout: 30_000 });
  const text = (await page.locator('.markers-panel').innerText()).replace(/\s+/g, ' ');
  assert.match(text, /Using "latest" is prone to errors/);
  assert.match(text, /DF002/);
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 15_000 });
  await shot('01-problems-panel.png');
});

test('the command palette runs "Kube Tutor: Show Cluster Topology" and the webview renders the cluster', async () => {
  await page.keyboard.press('F1');
  await quickOpen('>Kube Tutor: Show Cluster Topology');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Show Cluster Topology' }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await webview.locator('svg#graph g.node').first().waitFor({ timeout: 30_000 });
  const labels = await webview.locator('svg#graph g.node text.label').allTextContents();
  assert.ok(labels.includes('minikube'), labels.join(','));
  assert.ok(labels.includes('kube-apiserver'), labels.join(','));
  assert.equal(await webview.locator('h1').textContent(), 'Cluster topology');
  await shot('02-topology-webview.png');
});

test('topology nodes are reachable by keyboard and selectable with Enter', async () => {
  const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const node = webview.locator('g.node[data-id="node/minikube"]');
  assert.equal(await node.getAttribute('tabindex'), '0');
  assert.match((await node.getAttribute('aria-label')) ?? '', /minikube/);
  await node.focus();
  await page.keyboard.press('Enter');
  await webview.locator('g.node.selected[data-id="node/minikube"]').waitFor({ timeout: 10_000 });
  await page.keyboard.press('ArrowRight');
  const focused = await webview.locator('g.node:focus').getAttribute('data-id');
  assert.notEqual(focused, 'node/minikube');
});
