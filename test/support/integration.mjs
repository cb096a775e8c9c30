// Runs the extension-host suite (out/test/integration) in a real VS Code:
// @vscode/test-electron when a VS Code build is available (VSCODE_EXECUTABLE or its cache),
// otherwise code-server through the workbench `payload` URL parameter (the @vscode/test-web hook).
// Prints the suite's output and writes test-results/integration.json ({passes, failures}).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BROWSER_ARGS, CACHE, CHROMIUM, ROOT, ensureCodeServer, profile, startCodeServer } from './codeServer.mjs';

const RESULTS = path.join(ROOT, 'test-results', 'integration.json');
const TESTS = path.join(ROOT, 'out', 'test', 'integration', 'index.js');
const WORKSPACE_SRC = path.join(ROOT, 'test', 'fixtures', 'workspaces', 'e2e');

function freshWorkspace() {
  const ws = path.join(CACHE, 'integration', 'workspace');
  fs.rmSync(ws, { recursive: true, force: true });
  fs.cpSync(WORKSPACE_SRC, ws, { recursive: true });
  return ws;
}

function hasElectronBuild() {
  if (process.env.VSCODE_EXECUTABLE) return true;
  const cache = path.join(ROOT, '.vscode-test');
  return fs.existsSync(cache) && fs.readdirSync(cache).some((d) => d.startsWith('vscode-'));
}

async function viaTestElectron(workspace) {
  const { runTests } = await import('@vscode/test-electron');
  await runTests({
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: TESTS,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { KUBE_TUTOR_TEST_RESULTS: RESULTS, KUBE_TUTOR_TEST_GREP: process.env.KUBE_TUTOR_TEST_GREP ?? '' },
  });
}

async function viaCodeServer(workspace) {
  const { chromium } = await import('playwright-core');
  const bin = ensureCodeServer();
  const dir = path.join(CACHE, 'integration', 'profile');
  fs.rmSync(dir, { recursive: true, force: true });
  const p = profile(dir);
  const server = await startCodeServer(bin, p, { extraEnv: { KUBE_TUTOR_TEST_RESULTS: RESULTS, KUBE_TUTOR_TEST_GREP: process.env.KUBE_TUTOR_TEST_GREP ?? '' } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
  try {
    const authority = `127.0.0.1:${server.port}`;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${ROOT}`],
      ['extensionTestsPath', `vscode-remote://${authority}${TESTS}`],
    ];
    const page = await (await browser.newContext()).newPage();
    let done;
    const exited = new Promise((resolve) => (done = resolve));
    await page.exposeFunction('codeAutomationLog', (_type, args) => console.log(...args));
    await page.exposeFunction('codeAutomationExit', (code) => done(code));
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timer = setTimeout(() => done(124), 240_000);
    const code = await exited;
    clearTimeout(timer);
    if (code === 124) console.error('integration suite timed out after 240 s');
    return code;
  } finally {
    await browser.close();
    await server.stop();
  }
}

export async function runIntegration() {
  fs.rmSync(RESULTS, { force: true });
  if (!fs.existsSync(TESTS)) throw new Error(`${TESTS} missing: run \`npm run compile-tests\` first`);
  const workspace = freshWorkspace();
  if (hasElectronBuild()) {
    try {
      await viaTestElectron(workspace);
    } catch (error) {
      console.log(`@vscode/test-electron could not run (${String(error?.message ?? error).slice(0, 160)}); using code-server`);
      await viaCodeServer(workspace);
    }
  } else {
    await viaCodeServer(workspace);
  }
  if (!fs.existsSync(RESULTS)) return { passed: 0, failed: 1, note: 'the suite did not report results' };
  const r = JSON.parse(fs.readFileSync(RESULTS, 'utf8'));
  for (const f of r.failures) console.error(`  ✗ ${f.title}\n${f.error}`);
  return { passed: r.passes.length, failed: r.failures.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runIntegration().then(
    (r) => {
      console.log(`integration: ${r.passed} passed, ${r.failed} failed`);
      process.exit(r.failed ? 1 : 0);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
