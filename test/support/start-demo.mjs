// `npm start`: build the VSIX, install it into a local code-server (installed on first use and
// cached in .vscode-test/), open the kubia demo workspace and print the URL. Ctrl+C stops it all.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CACHE, ROOT, ensureCodeServer, freePort, installExtension, profile, startCodeServer } from './codeServer.mjs';
import { ensureAptPackages } from './prerequisites.mjs';
import { packageVsix } from './vsix.mjs';

async function portOrFree(preferred) {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => freePort().then(resolve));
    s.listen(preferred, '127.0.0.1', () => s.close(() => resolve(preferred)));
  });
}

async function main() {
  ensureAptPackages();
  const vsix = packageVsix();
  const bin = ensureCodeServer();
  const dir = path.join(CACHE, 'demo');
  const p = profile(path.join(dir, 'profile'), { 'workbench.colorTheme': 'Default Dark Modern' });
  installExtension(bin, p, vsix);
  const workspace = path.join(dir, 'kubia');
  if (!fs.existsSync(workspace)) {
    // Copied once: the learner's edits survive restarts. Delete the folder to start over.
    fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspaces', 'kubia'), workspace, { recursive: true });
  }
  const port = await portOrFree(Number(process.env.PORT) || 8123);
  const server = await startCodeServer(bin, p, { port, workspace });
  console.log(`\nKube Tutor is running in VS Code (code-server) at:\n\n    ${server.url}/?folder=${encodeURIComponent(workspace)}\n`);
  console.log(`Workspace: ${path.relative(ROOT, workspace)}   Log: ${path.relative(ROOT, server.logFile)}`);
  console.log('Open the URL in a browser. Press Ctrl+C to stop.\n');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping code-server…');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.child.on('exit', (code) => {
    if (!stopping) {
      console.error(`code-server exited (code ${code}); see ${server.logFile}`);
      process.exit(1);
    }
  });
}

main().catch((error) => {
  console.error(`npm start failed: ${error?.message ?? error}`);
  process.exit(1);
});
