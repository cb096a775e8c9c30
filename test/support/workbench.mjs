// Shared E2E setup: a fresh code-server profile with the packaged VSIX, a fresh copy of a
// fixture workspace, Debian Chromium on the workbench, and screenshots checked not blank.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, CACHE, CHROMIUM, ROOT, ensureCodeServer, installExtension, profile, startCodeServer } from './codeServer.mjs';
import { vsixPath } from './vsix.mjs';

export const ARTIFACTS = path.join(ROOT, 'test', 'e2e', 'artifacts');

/** A screenshot that is a real picture: many colours, no colour covering almost everything. */
export function assertNotBlank(file) {
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

/**
 * Opens the workbench on a copy of `test/fixtures/workspaces/<fixture>` in its own profile
 * (`name` keeps suites apart so they can run side by side). Resolves once the explorer shows
 * `waitForFile`. Returns the page and a `close()` that stops the browser and the server.
 */
export async function openWorkbench({ name, fixture = 'e2e', waitForFile = 'Dockerfile', settings = {} }) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const vsix = vsixPath();
  assert.ok(fs.existsSync(vsix), `${vsix} missing: run \`npm run package\` first`);
  const bin = ensureCodeServer();
  const dir = path.join(CACHE, name, 'profile');
  fs.rmSync(dir, { recursive: true, force: true });
  const p = profile(dir, settings);
  installExtension(bin, p, vsix);
  const workspace = path.join(CACHE, name, 'workspace');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspaces', fixture), workspace, { recursive: true });
  const server = await startCodeServer(bin, p);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: waitForFile }).first().waitFor({ timeout: 60_000 });
  const close = async () => {
    await browser.close();
    await server.stop();
  };
  return { page, server, browser, workspace, close };
}

/** Saves a screenshot under test/e2e/artifacts/ and checks it is not blank. */
export async function shot(page, name) {
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file });
  assertNotBlank(file);
  return file;
}
