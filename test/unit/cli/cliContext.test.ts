import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';

test('lint: the folder of a Dockerfile is its build context, and a .hadolint.yaml above it applies', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kube-tutor-ctx-'));
  try {
    fs.mkdirSync(path.join(dir, 'app'));
    fs.writeFileSync(path.join(dir, 'app', 'Dockerfile'), 'FROM node:24\nCOPY app.js server.js /srv/\nEXPOSE 80\nCMD ["node", "/srv/app.js"]\n');
    fs.writeFileSync(path.join(dir, 'app', 'app.js'), 'require("http").createServer(() => {}).listen(8080);\n');
    fs.writeFileSync(path.join(dir, '.hadolint.yaml'), 'ignored: [DL3011]\n');
    let out = '';
    const code = main(['lint', '--format', 'json', 'app'], { cwd: dir, stdout: (t) => (out += t), stderr: () => {} });
    const found = (JSON.parse(out) as Array<{ code: string; range: { start: { line: number } } }>).map((d) => `${d.range.start.line + 1} ${d.code}`);
    assert.deepEqual(found, ['2 DF064', '3 DF067']);
    assert.equal(code, 1, 'a missing source is an error');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
