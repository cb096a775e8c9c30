import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

test('activation is narrow: never "*", and covers Dockerfiles, YAML, the command and the webview', () => {
  const events: string[] = pkg.activationEvents;
  assert.ok(!events.includes('*'));
  for (const e of ['onLanguage:dockerfile', 'onLanguage:yaml', 'workspaceContains:**/Dockerfile', 'onWebviewPanel:kubeTutor.topology']) {
    assert.ok(events.includes(e), e);
  }
});

test('every contributed command is in the "Kube Tutor" category', () => {
  for (const c of pkg.contributes.commands) assert.equal(c.category, 'Kube Tutor', c.command);
});

test('the VSIX ships only dist, media, l10n and the top-level docs (allow-list .vscodeignore)', () => {
  const lines = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
  assert.equal(lines.find((l) => l && !l.startsWith('#')), '**', 'first pattern excludes everything');
  for (const l of lines.filter((x) => x.startsWith('!'))) {
    assert.match(l, /^!(dist|media|l10n|package|README|CHANGELOG|LICENSE)/, l);
  }
});

test('build and test tooling stay in devDependencies', () => {
  for (const name of ['esbuild', 'typescript', '@types/vscode', '@vscode/test-electron', 'playwright-core', '@vscode/vsce']) {
    assert.ok(!(name in (pkg.dependencies ?? {})), name);
  }
});
