// Browser E2E for the tutor: the packaged VSIX in code-server shows the lesson walkthrough and
// the Lessons view. (Completing step 1 by typing in the tutor terminal waits for the terminal.)
// Own profile and workspace, so it can run beside workbench.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ARTIFACTS, openWorkbench, shot as saveShot } from '../support/workbench.mjs';

let wb;
let page;

async function shot(name) {
  return saveShot(page, name);
}

async function runCommand(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

before(async () => {
  // The DOM renderer keeps the terminal's text readable to the test.
  wb = await openWorkbench({ name: 'e2e-tutor', settings: { 'terminal.integrated.gpuAcceleration': 'off' } });
  page = wb.page;
});

after(async () => {
  if (page && process.exitCode) await page.screenshot({ path: path.join(ARTIFACTS, 'tutor-failure.png') }).catch(() => {});
  await wb?.close();
});

test('the lesson 1 walkthrough opens from "Welcome: Open Walkthrough..." with its steps and Show me button', async () => {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});
  await runCommand('Welcome: Open Walkthrough...');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill('Kube Tutor 1');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Hello world container' }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  const walkthrough = page.locator('.gettingStartedContainer');
  await walkthrough.locator('text=Run busybox echo').first().waitFor({ timeout: 30_000 });
  const text = (await walkthrough.innerText()).replace(/\s+/g, ' ');
  assert.match(text, /Find the stopped container/);
  assert.match(text, /The image stays local/);
  assert.match(text, /docker run busybox echo "Hello world"/);
  assert.match(text, /Show me/);
  // The step's Markdown media (a per-language path from package.nls.json) renders beside it.
  const media = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await media.locator('h1', { hasText: 'Run busybox echo' }).waitFor({ timeout: 30_000 });
  assert.match(await media.locator('body').innerText(), /typographic quotes/);
  await shot('03-walkthrough-lesson1.png');
});

test('the Lessons view lists the lessons with their progress', async () => {
  await runCommand('Explorer: Focus on Kube Tutor Lessons View');
  const row = page.locator('.monaco-list-row', { hasText: '1. Hello world container' });
  await row.first().waitFor({ timeout: 30_000 });
  await page.locator('.monaco-list-row', { hasText: '2. Build the kubia image' }).first().waitFor({ timeout: 15_000 });
  assert.match(await row.first().innerText(), /0\/3 done/);
  await shot('04-lessons-view.png');
});

test('step 1 of lesson 1 completes after typing the command in the Kube Tutor terminal', async () => {
  await runCommand('Kube Tutor: Open Docker Terminal');
  await page.locator('.terminal-wrapper.active .xterm-rows').waitFor({ timeout: 30_000 });
  await page.locator('.terminal-wrapper.active .xterm-helper-textarea').focus();
  await page.keyboard.type('docker run busybox echo "Hello world"', { delay: 5 });
  await page.keyboard.press('Enter');
  await page.locator('.terminal-wrapper.active .xterm-rows', { hasText: 'Hello world' }).waitFor({ timeout: 30_000 });
  // The Lessons view counts it, and the walkthrough ticks the step.
  await page.locator('.monaco-list-row', { hasText: '1. Hello world container' }).filter({ hasText: '1/3 done' }).first().waitFor({ timeout: 30_000 });
  const step = page.locator('.gettingStartedContainer .getting-started-step', { hasText: 'Run busybox echo' }).first();
  await step.locator('.codicon-getting-started-step-checked').waitFor({ timeout: 30_000 });
  await shot('05-walkthrough-step-complete.png');
});
