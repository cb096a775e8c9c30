import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dockerfileRules } from '../../../src/core/dockerfile';
import { ruleDocFiles } from '../../../src/core/dockerfile/ruleDocs';
import { ROOT } from '../helpers';

const DIR = path.join(ROOT, 'docs', 'rules');

test('docs/rules is generated from the rule metadata and up to date (npm run docs:rules)', () => {
  const files = ruleDocFiles(dockerfileRules);
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
