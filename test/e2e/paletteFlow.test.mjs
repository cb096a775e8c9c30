// Browser E2E of issue 8's proof, from the command palette only (no typing in the terminal):
// Start Cluster, Build Image, Login, Push Image, Run Image in Cluster (as the book's RC), Expose
// as LoadBalancer, Scale to 3 — each answering the QuickPicks and InputBoxes a learner sees —
// then the topology shows the 3 pods and the service edges, in the light and the dark theme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ARTIFACTS, openWorkbench, shot } from '../support/workbench.mjs';

let wb;
let page;

const widget = () => page.locator('.quick-input-widget');
const input = () => page.locator('.quick-input-widget .quick-input-box input');

async function palette(title) {
  // The first palette of a fresh workbench may open before the command list is ready: retry.
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('F1');
    await input().waitFor({ state: 'visible', timeout: 15_000 });
    await input().fill(`>${title}`);
    try {
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15_000 });
      break;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (attempt >= 2) throw error;
    }
  }
  await page.keyboard.press('Enter');
}

/** Waits for the quick input asking `question` (its placeholder or prompt), then answers it. */
async function answer(question, value, { pick } = {}) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (await widget().isVisible()) {
      const placeholder = (await input().getAttribute('placeholder').catch(() => '')) ?? '';
      const message = (await page.locator('.quick-input-widget .quick-input-message').innerText().catch(() => '')) ?? '';
      const title = (await page.locator('.quick-input-widget .quick-input-title').innerText().catch(() => '')) ?? '';
      if (`${placeholder}\n${message}\n${title}`.includes(question)) break;
    }
    if (Date.now() > deadline) assert.fail(`no quick input asking "${question}"`);
    await page.waitForTimeout(100);
  }
  if (value !== undefined) await input().fill(value);
  if (pick) await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: pick }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

const terminalText = async () => (await page.locator('.terminal-wrapper.active .xterm-rows').innerText()).replace(/\u00a0/g, ' ');

async function terminalShows(expect, what) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const text = await terminalText().catch(() => '');
    if (expect.test(text)) return text;
    if (Date.now() > deadline) assert.fail(`${what}: ${expect} not seen in the terminal:\n${text.slice(-1200)}`);
    await page.waitForTimeout(250);
  }
}

before(async () => {
  wb = await openWorkbench({
    name: 'e2e-palette',
    fixture: 'kubia',
    settings: { 'terminal.integrated.gpuAcceleration': 'off', 'workbench.colorTheme': 'Default Light Modern' },
  });
  page = wb.page;
});

after(async () => {
  if (page && process.exitCode) await page.screenshot({ path: path.join(ARTIFACTS, 'palette-failure.png') }).catch(() => {});
  await wb?.close();
});

test('the seed flow from the command palette: build, login, push, run as RC, expose, scale to 3', async () => {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});
  await palette('Kube Tutor: Start Cluster');
  await terminalShows(/Done! kubectl is now configured/, 'Start Cluster');

  await palette('Kube Tutor: Build Image');
  await answer('Dockerfile to build', 'Dockerfile', { pick: 'Dockerfile' });
  await answer('Image name and tag', 'kubia');
  await terminalShows(/Successfully tagged kubia:latest/, 'Build Image');

  await palette('Kube Tutor: Login to Registry');
  await answer('Docker ID', 'mucha0619');
  await terminalShows(/Login Succeeded/, 'Login');

  await palette('Kube Tutor: Push Image');
  await answer('Image to push', 'kubia:latest', { pick: 'kubia:latest' });
  await answer('Docker ID to push as', 'mucha0619');
  await terminalShows(/latest: digest: sha256:/, 'Push Image');

  await palette('Kube Tutor: Run Image in Cluster');
  await answer('Image to run in the cluster', 'mucha0619/kubia', { pick: 'mucha0619/kubia' });
  await answer('Name of the new object', 'kubia');
  await answer('Container port', '8080');
  await answer('What to create', 'ReplicationController', { pick: 'ReplicationController' });
  await terminalShows(/kubectl run kubia --image=mucha0619\/kubia --port=8080 --tutor-rc\s+replicationcontroller\/kubia created/, 'Run Image');

  await palette('Kube Tutor: Expose as Service');
  await answer('Object to expose as a Service', 'ReplicationController', { pick: 'kubia' });
  await answer('Service type', 'LoadBalancer', { pick: 'LoadBalancer' });
  await answer('Service port', '8080');
  await answer('Service name', 'kubia-http');
  await terminalShows(/kubectl expose rc kubia --type=LoadBalancer --name kubia-http\s+service\/kubia-http exposed/, 'Expose');

  await palette('Kube Tutor: Scale');
  await answer('Workload to scale', 'kubia', { pick: 'kubia' });
  await answer('Replicas for kubia', '3');
  await terminalShows(/kubectl scale rc kubia --replicas=3\s+replicationcontroller\/kubia scaled/, 'Scale');
  await shot(page, '11-palette-flow-terminal-light.png');
});

test('the topology shows the 3 pods and the service edges, in the light and the dark theme', async () => {
  await palette('Kube Tutor: Show Cluster Topology');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const pods = frame.locator('g.node.kind-pod');
  await pods.nth(2).waitFor({ timeout: 30_000 });
  await frame.locator('g.node.leaving').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  assert.equal(await pods.count(), 3);
  const ids = await pods.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')));
  assert.ok(ids.every((id) => /^pod\/default\/kubia-\w{5}$/.test(id ?? '')), ids.join(','));
  assert.equal(await frame.locator('path.edge-selects').count(), 3, 'kubia-http selects the 3 pods');
  // The status bar follows the same cluster.
  await page.locator('.statusbar-item', { hasText: 'minikube: Running · 3/3 pods' }).first().waitFor({ timeout: 30_000 });
  await shot(page, '12-palette-flow-topology-light.png');

  await palette('Preferences: Toggle between Light/Dark Themes');
  await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 15_000 });
  await pods.nth(2).waitFor({ timeout: 15_000 });
  assert.equal(await pods.count(), 3);
  await shot(page, '13-palette-flow-topology-dark.png');
});
