// Builds the production bundles and packages the VSIX into the repository root.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './codeServer.mjs';

export function vsixPath() {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return path.join(ROOT, `kube-tutor-${version}.vsix`);
}

export function packageVsix() {
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run package failed');
  const file = vsixPath();
  if (!fs.existsSync(file)) throw new Error(`${file} was not produced`);
  return file;
}
