import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dockerfileRules } from '../../../src/core/dockerfile';
import { allRuleDocFiles } from '../../../src/core/ruleDocs';
import { allRules } from '../../../src/core/lint';
import { ROOT } from '../helpers';

const DIR = path.join(ROOT, 'docs', 'rules');

test('docs/rules is generated from the rule metadata and up to date (npm run docs:rules)', () => {
  const files = allRuleDocFiles();
  for (const [name, text] of files) {
    const file = path.join(DIR, name);
    assert.ok(fs.existsSync(file), `${name} missing: run npm run docs:rules`);
    assert.equal(fs.readFileSync(file, 'utf8'), text, `${name} is stale: run npm run docs:rules`);
  }
  const extra = fs.readdirSync(DIR).filter((f) => !files.has(f));
  assert.deepEqual(extra, [], 'pages of rules that no longer exist');
});

test('every rule explains why, how to fix, and shows a flagged and a fixed example', () => {
  for (const r of dockerfileRules) {
    const e = r.explanation;
    assert.ok(e.why.length > 40 && e.fix.length > 10, `${r.code} explanation`);
    assert.ok(e.bad.trim() && e.good.trim() && e.bad !== e.good, `${r.code} examples`);
    assert.ok(['syntax', 'buildkit', 'hadolint', 'context'].includes(r.family), `${r.code} family`);
  }
});

test('every rule code (DF, K8S, COMPOSE, YAML) has a page, and the diagnostics link to it', () => {
  const files = allRuleDocFiles();
  for (const r of allRules()) {
    assert.ok(files.has(`${r.code}.md`), `${r.code} has no page`);
    assert.ok(r.docs.endsWith(`/docs/rules/${r.code}.md`), `${r.code} links to ${r.docs}`);
  }
  assert.match(files.get('K8S031.md')!, /## Why\n\nThe Service forwards port/);
  assert.match(files.get('K8S031.md')!, /kube-tutor\.io\/ignore: K8S031/);
  assert.match(files.get('README.md')!, /\| \[COMPOSE004\]\(COMPOSE004\.md\) \| error \|/);
});
