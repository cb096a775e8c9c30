// Browser E2E of the curriculum's path, as a learner does it: open the Kube Tutor terminal from
// the palette, type the book's docker, minikube and kubectl commands, then open the topology and
// see what was built — three kubia pods on minikube behind the kubia-http service.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ARTIFACTS, openWorkbench, shot } from '../support/workbench.mjs';

let wb;
let page;

async function palette(title) {
  // The first palette of a fresh workbench may open before the command list is ready: retry once.
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(`>${title}`);
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

const terminalText = async () => (await page.locator('.terminal-wrapper.active .xterm-rows').innerText()).replace(/\u00a0/g, ' ');

/** Types a command in the Kube Tutor terminal and waits until its output shows `expect`. */
async function type(line, expect) {
  await page.locator('.terminal-wrapper.active .xterm-helper-textarea').focus();
  await page.keyboard.type(line, { delay: 5 });
  await page.keyboard.press('Enter');
  const deadline = Date.now() + 60_000;
  for (;;) {
    const text = await terminalText();
    if (expect.test(text)) return text;
    if (Date.now() > deadline) assert.fail(`"${line}": ${expect} not seen in the terminal:\n${text.slice(-800)}`);
    await page.waitForTimeout(250);
  }
}

before(async () => {
  // The DOM renderer keeps the terminal's text readable to the test.
  wb = await openWorkbench({ name: 'e2e-seed', fixture: 'kubia', settings: { 'terminal.integrated.gpuAcceleration': 'off' } });
  page = wb.page;
});

after(async () => {
  if (page && process.exitCode) await page.screenshot({ path: path.join(ARTIFACTS, 'seed-failure.png') }).catch(() => {});
  await wb?.close();
});

test('the seed flow typed in the Kube Tutor terminal: build, push, run, expose, scale to 3', async () => {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});
  await palette('Kube Tutor: Open Docker Terminal');
  await page.locator('.terminal-wrapper.active .xterm-rows').waitFor({ timeout: 30_000 });
  await type('minikube start', /Done! kubectl is now configured/);
  await type('docker build -t kubia .', /Successfully tagged kubia:latest/);
  await type('docker tag kubia mucha0619/kubia', /docker tag kubia mucha0619\/kubia\s+~\$/);
  await type('docker login -u mucha0619 -p secret', /Login Succeeded/);
  await type('docker push mucha0619/kubia', /latest: digest: sha256:/);
  await type('kubectl run kubia --image=mucha0619/kubia --port=8080 --tutor-rc', /replicationcontroller\/kubia created/);
  await type('kubectl expose rc kubia --type=LoadBalancer --name kubia-http', /service\/kubia-http exposed/);
  await type('kubectl scale rc kubia --replicas=3', /replicationcontroller\/kubia scaled/);
  await type('kubectl wait --for=condition=Ready pod -l run=kubia --timeout=120s', /(condition met[\s\S]*){3}/);
  await shot(page, '09-seed-flow-terminal.png');
});

test('the topology shows the 3 pods on minikube and the service edges to them', async () => {
  await palette('Kube Tutor: Show Cluster Topology');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const pods = frame.locator('g.node.kind-pod');
  await frame.locator('g.node.kind-pod').nth(2).waitFor({ timeout: 30_000 });
  await frame.locator('g.node.leaving').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  assert.equal(await pods.count(), 3);
  const ids = await pods.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')));
  assert.ok(ids.every((id) => /^pod\/default\/kubia-\w{5}$/.test(id ?? '')), ids.join(','));
  assert.equal(await frame.locator('path.edge-selects').count(), 3, 'kubia-http selects the 3 pods');
  await shot(page, '10-seed-flow-topology.png');
});
