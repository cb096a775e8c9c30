// Debian packages a fresh machine lacks: ripgrep (code-server would download its own),
// libkrb5-dev (code-server's native modules), chromium (browser tests only).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

const has = (bin) => ['/usr/bin', '/usr/local/bin', '/bin'].some((d) => fs.existsSync(`${d}/${bin}`));

export function ensureAptPackages({ browser = false } = {}) {
  const missing = [];
  if (!has('rg')) missing.push('ripgrep');
  if (!fs.existsSync('/usr/include/krb5.h') && !fs.existsSync('/usr/include/krb5/krb5.h')) missing.push('libkrb5-dev');
  if (browser && !has('chromium')) missing.push('chromium');
  if (missing.length === 0) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !has('apt-get')) {
    throw new Error(`missing system packages: ${missing.join(' ')}. Install them (Debian: sudo apt-get install -y ${missing.join(' ')}) and retry.`);
  }
  console.log(`[setup] apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...missing]]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
  }
}
