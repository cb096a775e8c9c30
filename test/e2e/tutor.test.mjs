// Browser E2E for the tutor: the packaged VSIX in code-server shows the lesson walkthrough and
// the Lessons view. (Completing step 1 by typing in the tutor terminal waits for the terminal.)
// Own profile and workspace, so it can run beside workbench.test.mjs.
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
  assert.ok(top / total < 0.95, `${path.basename(file)} is ${((100 * top) / total).toFixed(1)}% one colour`);
}

async function shot(name) {
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file });
  assertNotBlank(file);
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
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const vsix = vsixPath();
  assert.ok(fs.existsSync(vsix), `${vsix} missing: run \`npm run package\` first`);
  const bin = ensureCodeServer();
  const dir = path.join(CACHE, 'e2e-tutor', 'profile');
  fs.rmSync(dir, { recursive: true, force: true });
  const p = profile(dir);
  installExtension(bin, p, vsix);
  const workspace = path.join(CACHE, 'e2e-tutor', 'workspace');
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
  if (page && process.exitCode) await page.screenshot({ path: path.join(ARTIFACTS, 'tutor-failure.png') }).catch(() => {});
  await browser?.close();
  await server?.stop();
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
