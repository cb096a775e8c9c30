// Browser E2E: Debian Chromium (playwright-core) drives a real code-server with the packaged
// VSIX installed, like a learner would. Screenshots go to test/e2e/artifacts/ and must not be blank.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ARTIFACTS, openWorkbench, shot as saveShot } from '../support/workbench.mjs';

let wb;
let page;

async function shot(name) {
  return saveShot(page, name);
}

async function quickOpen(text) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(text);
  return input;
}

before(async () => {
  wb = await openWorkbench({ name: 'e2e' });
  page = wb.page;
});

after(async () => {
  if (page && process.exitCode) await page.screenshot({ path: path.join(ARTIFACTS, 'failure.png') }).catch(() => {});
  await wb?.close();
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
  // A fresh workspace has no cluster yet: the live view is empty and says so.
  await webview.locator('p.empty', { hasText: 'Nothing to show yet.' }).waitFor({ timeout: 30_000 });
  assert.equal(await webview.locator('svg#graph g.node').count(), 0);
  await runCommand('Kube Tutor: Load Topology Sample', 'Empty minikube cluster');
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

// ---- topology webview (issue 8): samples loaded from the palette stand in for a cluster ----
/* global getComputedStyle -- used inside page.evaluate callbacks */

const topology = () => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
const dialogs = [];
let dialogHooked = false;

async function runCommand(title, pick) {
  // Keys typed inside the webview iframe do not reach the workbench: focus the editor first.
  await page.locator('.tab', { hasText: 'Dockerfile' }).first().click();
  await page.keyboard.press('F1');
  await quickOpen(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  if (pick) {
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: pick }).first().waitFor({ timeout: 15_000 });
    await quickOpen(pick);
    await page.keyboard.press('Enter');
  }
}

test('hostile object names render literally in the topology, and no script runs', async () => {
  if (!dialogHooked) {
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    dialogHooked = true;
  }
  await runCommand('Kube Tutor: Load Topology Sample', 'Hostile names');
  const hostile = '<img src=x onerror=alert(1)>';
  const pod = topology().locator(`g.node[data-id="pod/default/${hostile}"]`);
  await pod.waitFor({ timeout: 30_000 });
  assert.match((await pod.locator('text.label').textContent()) ?? '', /^<img src=x onerror=al/);
  assert.equal(await pod.getAttribute('aria-label'), `Pod, ${hostile}, Running, namespace default`);
  await topology().locator('button.button[aria-label="Fit to view"]').click();
  await pod.click();
  const details = topology().locator('#details');
  await details.locator('.label-badge', { hasText: `app=${hostile}` }).waitFor({ timeout: 15_000 });
  await details.locator('pre.describe', { hasText: 'onerror=alert(1)' }).waitFor({ timeout: 15_000 });
  assert.equal(await topology().locator('img').count(), 0, 'no <img> element was created from a label');
  assert.equal(await topology().locator('[onerror]').count(), 0, 'no element carries an onerror attribute');
  assert.equal(await topology().locator('script', { hasText: 'alert' }).count(), 0, 'no script element was created from a label');
  assert.deepEqual(dialogs, [], 'no alert() ran');
  await shot('03-topology-hostile.png');
});

test('the seed flow end state: 3 kubia pods on minikube behind kubia-http with its external IP (light theme)', async () => {
  await runCommand('Kube Tutor: Load Topology Sample', 'end state');
  const frame = topology();
  const pods = frame.locator('g.node.kind-pod');
  await frame.locator('g.node[data-id="pod/default/kubia-rsgkk"]').waitFor({ timeout: 30_000 });
  await frame.locator('g.node.leaving').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  assert.equal(await pods.count(), 3);
  for (const id of ['kubia-4jfyf', 'kubia-hczji', 'kubia-rsgkk']) {
    assert.match((await frame.locator(`g.node[data-id="pod/default/${id}"]`).getAttribute('class')) ?? '', /tone-ok/);
  }
  assert.equal(await frame.locator('path.edge-selects').count(), 3, 'the service selects the 3 pods');
  assert.equal(await frame.locator('g.node[data-id="external/default/kubia-http"] text.label').textContent(), '104.155.74.57');
  // Layout ran in the worker (fetched script started from a blob URL under `worker-src blob:`).
  const mode = await frame.locator('body').getAttribute('data-layout-mode');
  console.log(`topology layout mode in code-server: ${mode} ${(await frame.locator('body').getAttribute('data-layout-worker-error')) ?? ''}`);
  // The table alternative lists the same objects.
  await frame.locator('details.table-alt summary').click();
  await frame.locator('details.table-alt tr[data-id="pod/default/kubia-hczji"]').waitFor({ timeout: 10_000 });
  await frame.locator('details.table-alt summary').click();
  // Room for the graph, as a learner would make it: hide the side bar and the bottom panel, fit.
  await page.locator('.tab', { hasText: 'Dockerfile' }).first().click();
  await page.keyboard.press('Control+B');
  await page.keyboard.press('Control+J');
  await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
  assert.equal(await frame.locator('#details .details-title').count(), 0, 'the hostile pod is gone, so are its details');
  await frame.locator('button.button[aria-label="Fit to view"]').click();
  await frame.locator('body.vscode-light').waitFor({ timeout: 5_000 });
  await shot('04-topology-seed-light.png');
});

test('keyboard: arrows move a visible focus ring, Enter selects, Shift+F10 opens the actions menu', async () => {
  const frame = topology();
  const pod = frame.locator('g.node[data-id="pod/default/kubia-4jfyf"]');
  await pod.focus();
  await page.keyboard.press('Enter');
  await frame.locator('g.node.selected[data-id="pod/default/kubia-4jfyf"]').waitFor({ timeout: 10_000 });
  assert.equal(await pod.getAttribute('aria-pressed'), 'true');
  const stroke = await pod.locator('rect').evaluate((r) => getComputedStyle(r).stroke);
  const focusBorder = await pod.evaluate((el) => getComputedStyle(el.ownerDocument.documentElement).getPropertyValue('--vscode-focusBorder').trim());
  assert.ok(focusBorder, 'the theme defines --vscode-focusBorder');
  assert.notEqual(stroke, 'none');
  await page.keyboard.press('Shift+F10');
  const menu = frame.locator('.context-menu[role="menu"]');
  await menu.waitFor({ timeout: 10_000 });
  assert.deepEqual(await menu.locator('[role="menuitem"]').allTextContents(), ['Show logs', 'Describe', 'Open YAML', 'Delete']);
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached', timeout: 10_000 });
  await page.keyboard.press('ArrowRight');
  const focused = await frame.locator('g.node:focus').getAttribute('data-id');
  assert.ok(focused && focused !== 'pod/default/kubia-4jfyf', `focus moved (${focused})`);
});

test('the topology follows the dark theme', async () => {
  // Preferences: Color Theme (Ctrl+K Ctrl+T) → Dark Modern, from the workbench (not the webview).
  await page.locator('.tab', { hasText: 'Dockerfile' }).first().click();
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  await quickOpen('Dark Modern');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Dark Modern' }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  const frame = topology();
  await frame.locator('body.vscode-dark').waitFor({ timeout: 30_000 });
  await frame.locator('g.node[data-id="pod/default/kubia-4jfyf"]').waitFor({ timeout: 15_000 });
  const fg = await frame.locator('g.node[data-id="pod/default/kubia-4jfyf"] text.label').evaluate((t) => getComputedStyle(t).fill);
  assert.notEqual(fg, 'rgb(0, 0, 0)', 'labels take the dark theme foreground');
  await shot('05-topology-seed-dark.png');
});

test('the Application and Docker views: image ← registry ← build, shared layers, containers and ports', async () => {
  const frame = topology();
  await frame.locator('#tt-view').selectOption('application');
  await frame.locator('g.node.kind-repository').first().waitFor({ timeout: 30_000 });
  assert.equal(await frame.locator('g.node.kind-repository text.label').first().textContent(), 'docker.io/user/kubia');
  assert.equal(await frame.locator('g.node.kind-pod').count(), 3);
  assert.equal(await frame.locator('path.edge-built-from').count(), 1);
  await shot('06-topology-application-dark.png');
  await frame.locator('#tt-view').selectOption('docker');
  await frame.locator('g.node.kind-layer').first().waitFor({ timeout: 30_000 });
  assert.equal(await frame.locator('g.node.kind-layer').count(), 5, 'node:7 and kubia share 3 layers');
  assert.equal(await frame.locator('g.node.kind-port text.label').first().textContent(), '0.0.0.0:8080->8080/tcp');
  await shot('07-topology-docker-dark.png');
  await frame.locator('#tt-view').selectOption('cluster');
  await frame.locator('g.node[data-id="pod/default/kubia-4jfyf"]').waitFor({ timeout: 30_000 });
});

test('high contrast: nodes keep visible borders and the focus ring', async () => {
  await page.locator('.tab', { hasText: 'Dockerfile' }).first().click();
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  await quickOpen('Dark High Contrast');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Dark High Contrast' }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  const frame = topology();
  await frame.locator('body.vscode-high-contrast').waitFor({ timeout: 30_000 });
  const rect = frame.locator('g.node[data-id="service/default/kubia-http"] rect');
  const stroke = await rect.evaluate((r) => getComputedStyle(r).stroke);
  const width = await rect.evaluate((r) => parseFloat(getComputedStyle(r).strokeWidth));
  assert.notEqual(stroke, 'none');
  assert.ok(width >= 2, `high-contrast border width ${width}`);
  await shot('08-topology-high-contrast.png');
});
