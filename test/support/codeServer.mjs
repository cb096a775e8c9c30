// A real VS Code for tests and the demo: code-server 4.100.3 (VS Code 1.100, Node 20) from npm,
// installed once into .vscode-test/code-server, run on loopback with its own profile dirs.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = process.env.KUBE_TUTOR_TEST_CACHE || path.join(ROOT, '.vscode-test');
export const CODE_SERVER_VERSION = '4.100.3';
const INSTALL_DIR = path.join(CACHE, 'code-server');
const BIN = path.join(INSTALL_DIR, 'node_modules', '.bin', 'code-server');
const RG_CACHE = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
const RG_TARBALL = path.join(RG_CACHE, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');

const log = (m) => console.log(`[code-server] ${m}`);

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${r.status}`);
}

/** Installs code-server when missing. Needs Debian's ripgrep (its npm package would download one). */
export function ensureCodeServer() {
  const rgInside = path.join(INSTALL_DIR, 'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg');
  if (fs.existsSync(BIN) && fs.existsSync(rgInside)) return BIN;
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find((p) => fs.existsSync(p));
  if (!rg) throw new Error('ripgrep is missing: run `apt-get install -y ripgrep libkrb5-dev chromium` first (see README).');
  if (!fs.existsSync(RG_TARBALL)) {
    fs.mkdirSync(RG_CACHE, { recursive: true });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-'));
    fs.copyFileSync(rg, path.join(tmp, 'rg'));
    run('tar', ['-czf', RG_TARBALL, '-C', tmp, 'rg']);
  }
  fs.mkdirSync(INSTALL_DIR, { recursive: true });
  fs.writeFileSync(
    path.join(INSTALL_DIR, 'package.json'),
    JSON.stringify({ name: 'kube-tutor-code-server', private: true, allowScripts: { 'code-server': true, argon2: true } }, null, 2),
  );
  const t0 = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${path.relative(ROOT, INSTALL_DIR)} (first run only, ~1-2 min)`);
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: INSTALL_DIR,
    // code-server's postinstall refuses to run as root unless npm says unsafe-perm.
    env: { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true' },
  });
  if (!fs.existsSync(rgInside)) throw new Error(`code-server installed without ripgrep (${rgInside}); its postinstall did not run`);
  log(`installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return BIN;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Profile directories for one run; everything under `dir`, nothing in $HOME. */
export function profile(dir, settings = {}) {
  const p = {
    dir,
    userDataDir: path.join(dir, 'user-data'),
    extensionsDir: path.join(dir, 'extensions'),
    xdg: path.join(dir, 'xdg'),
  };
  for (const d of [p.userDataDir, p.extensionsDir, path.join(p.userDataDir, 'User'), p.xdg]) fs.mkdirSync(d, { recursive: true });
  const base = {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'workbench.enableExperiments': false,
    'chat.commandCenter.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'window.restoreWindows': 'none',
    'files.hotExit': 'off',
    'git.openRepositoryInParentFolders': 'never',
    'git.enabled': false,
  };
  fs.writeFileSync(path.join(p.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...base, ...settings }, null, 2));
  return p;
}

function env(p, extra = {}) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(p.xdg, 'config'),
    XDG_DATA_HOME: path.join(p.xdg, 'data'),
    XDG_CACHE_HOME: path.join(p.xdg, 'cache'),
    ...extra,
  };
}

export function installExtension(bin, p, vsix) {
  run(bin, ['--install-extension', vsix, '--force', '--extensions-dir', p.extensionsDir, '--user-data-dir', p.userDataDir], {
    env: env(p),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * Starts code-server in its own process group; resolves when /healthz answers.
 * `stop()` kills the whole group (a plain kill leaves the file watcher behind).
 */
export async function startCodeServer(bin, p, { port, workspace, extraEnv = {}, stdio = 'log' } = {}) {
  port ??= await freePort();
  const logFile = path.join(p.dir, 'code-server.log');
  const out = stdio === 'log' ? fs.openSync(logFile, 'w') : 'inherit';
  const args = [
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--config', path.join(p.dir, 'config.yaml'),
    '--user-data-dir', p.userDataDir,
    '--extensions-dir', p.extensionsDir,
  ];
  if (workspace) args.push(workspace);
  const child = spawn(bin, args, { detached: true, stdio: ['ignore', out, out], env: env(p, extraEnv) });
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited early; see ${logFile}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within 60 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    for (let i = 0; i < 25 && !exited; i++) await new Promise((r) => setTimeout(r, 200));
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  return { url, port, child, stop, logFile };
}

/** Chromium from Debian; never downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
