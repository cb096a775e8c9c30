// `npm test`: every suite, offline, in order — build, lint, unit (node --test), package the VSIX,
// integration (extension host in a real VS Code), e2e (Playwright + Chromium + code-server).
// Usage: node test/run-all.mjs [unit|integration|e2e ...]   (default: all)
// Prints a per-suite summary and, last, one line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './support/codeServer.mjs';

const RESULTS = path.join(ROOT, 'test-results');
const wanted = process.argv.slice(2);
const all = wanted.length === 0;
const want = (s) => all || wanted.includes(s);
const summary = [];
const t0 = Date.now();

function sh(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...options });
  return r.status === 0;
}

function step(name, fn) {
  const start = Date.now();
  console.log(`\n━━ ${name}`);
  let result;
  try {
    result = fn();
  } catch (error) {
    console.error(error?.stack ?? String(error));
    result = { passed: 0, failed: 1 };
  }
  return Promise.resolve(result).then(
    (r) => {
      const s = { name, ...r, seconds: (Date.now() - start) / 1000 };
      summary.push(s);
      return s;
    },
    (error) => {
      console.error(error?.stack ?? String(error));
      const s = { name, passed: 0, failed: 1, seconds: (Date.now() - start) / 1000 };
      summary.push(s);
      return s;
    },
  );
}

/** A gate that is not a test suite: counts as one failure when it fails, nothing otherwise. */
const gate = (ok) => ({ passed: 0, failed: ok ? 0 : 1, gate: true });

/** Runs `node --test` on files, reporting spec to the console and TAP to a file; counts from TAP. */
function nodeTest(name, files) {
  fs.mkdirSync(RESULTS, { recursive: true });
  const tap = path.join(RESULTS, `${name}.tap`);
  fs.rmSync(tap, { force: true });
  sh(process.execPath, [
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  if (!fs.existsSync(tap)) return { passed: 0, failed: 1 };
  const text = fs.readFileSync(tap, 'utf8');
  const num = (k) => Number(new RegExp(`^# ${k} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return { passed: num('pass'), failed: num('fail') + num('cancelled') };
}

function findTests(dir, suffix) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(suffix)).map((f) => path.join(dir, f)).sort();
}

const build = await step('build (esbuild, tsc)', () =>
  gate(
    sh('node', ['esbuild.js']) &&
      sh('npx', ['tsc', '-p', '.', '--noEmit']) &&
      sh('npx', ['tsc', '-p', 'webview', '--noEmit']) &&
      (fs.rmSync(path.join(ROOT, 'out'), { recursive: true, force: true }), sh('npx', ['tsc', '-p', 'tsconfig.test.json'])),
  ),
);
if (all) await step('lint (eslint)', () => gate(sh('npx', ['eslint', '.'])));

if (build.failed === 0) {
  if (want('unit')) await step('unit', () => nodeTest('unit', findTests(path.join(ROOT, 'out', 'test', 'unit'), '.test.js')));
  if (want('integration') || want('e2e')) {
    const { packageVsix } = await import('./support/vsix.mjs');
    const { ensureCodeServer } = await import('./support/codeServer.mjs');
    const pkg = await step('package VSIX', () => (packageVsix(), gate(true)));
    const cs = await step('code-server (install once, cached)', () => (ensureCodeServer(), gate(true)));
    if (pkg.failed === 0 && cs.failed === 0) {
      if (want('integration')) {
        const { runIntegration } = await import('./support/integration.mjs');
        await step('integration (extension host)', () => runIntegration());
      }
      if (want('e2e')) await step('e2e (browser)', () => nodeTest('e2e', findTests(path.join(ROOT, 'test', 'e2e'), '.test.mjs')));
    }
  }
}

const passed = summary.reduce((a, s) => a + s.passed, 0);
const failed = summary.reduce((a, s) => a + s.failed, 0);
console.log('\n━━ summary');
for (const s of summary) {
  const counts = s.gate ? (s.failed ? 'FAILED' : 'ok') : `${s.passed} passed, ${s.failed} failed`;
  console.log(`  ${s.name.padEnd(36)} ${counts.padEnd(24)} ${s.seconds.toFixed(1)} s`);
}
console.log(`  total time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
fs.mkdirSync(RESULTS, { recursive: true });
fs.writeFileSync(path.join(RESULTS, 'summary.json'), JSON.stringify({ passed, failed, suites: summary }, null, 2));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
