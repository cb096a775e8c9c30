import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, TextEdit } from '../../../src/core/diagnostic';
import { lintYaml } from '../../../src/core/manifest';
import { ignoreAnnotationFix } from '../../../src/core/manifest/suppress';
import { LineIndex } from '../../../src/core/manifest/yaml/lines';
import { FIXTURES } from '../helpers';

/** Applies edits (non-overlapping) from last to first, as an editor would. */
function apply(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = edits.map((e) => ({ from: lines.offset(e.range.start), to: lines.offset(e.range.end), text: e.newText })).sort((a, b) => b.from - a.from);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

const fixture = (rel: string) => fs.readFileSync(path.join(FIXTURES, 'manifest', rel), 'utf8');

interface Case {
  readonly name: string;
  readonly text: string;
  readonly code: string;
  /** Text the fixed file must contain. */
  readonly contains: string;
  readonly fileName?: string;
}

const CASES: Case[] = [
  { name: 'removed apps/v1beta1 Deployment: apps/v1 plus a selector from the template labels', text: fixture('K8S003/book-deployment.yaml'), code: 'K8S003', contains: 'apiVersion: apps/v1\n' },
  { name: 'Deployment in v1: apiVersion apps/v1', text: fixture('K8S002/deployment-in-v1.yaml'), code: 'K8S002', contains: 'apiVersion: apps/v1' },
  { name: 'kind typo', text: fixture('K8S002/kind-typo.yaml'), code: 'K8S002', contains: 'kind: Deployment' },
  { name: 'unknown field renamed to the suggestion', text: fixture('K8S005/typos.yaml'), code: 'K8S005', contains: '  labels:' },
  { name: 'number in a string field gets quoted', text: fixture('K8S006/types.yaml'), code: 'K8S006', contains: 'version: "1.0"' },
  { name: 'quoted integer gets unquoted', text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicas: "3"\n  selector: {matchLabels: {app: d}}\n  template:\n    metadata: {labels: {app: d}}\n    spec:\n      containers: [{name: d, image: "d:1"}]\n', code: 'K8S006', contains: 'replicas: 3' },
  { name: 'a command string becomes a list of words', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: kubia\n    image: luksa/kubia:v1\n    command: node app.js\n', code: 'K8S006', contains: 'command: ["node", "app.js"]' },
  { name: 'enum typo LoadBalancr', text: fixture('K8S008/enums.yaml'), code: 'K8S008', contains: 'type: LoadBalancer' },
  { name: 'add resource requests and limits (block container)', text: fixture('kubia/kubia-manual.yaml'), code: 'K8S012', contains: '    resources:\n      requests:\n        cpu: 100m' },
  { name: 'fill resources: {} (kubectl dry-run output)', text: fixture('kubia/kubectl-create-deployment.yaml'), code: 'K8S012', contains: 'resources: {requests:' },
  { name: 'privileged: false', text: fixture('K8S014/privileged.yaml'), code: 'K8S014', contains: 'privileged: false' },
  { name: 'selector made to match the template labels', text: fixture('K8S018/mismatch.yaml'), code: 'K8S018', contains: '  selector:\n    app: kubia-v2\n' },
  { name: 'hidden env definition removed', text: fixture('K8S021/duplicate.yaml'), code: 'K8S021', contains: '    env:\n    - name: OTHER' },
  { name: 'Compose key typo renamed', text: 'services:\n  web:\n    imgae: nginx:1.27\n', code: 'COMPOSE001', contains: '    image: nginx:1.27', fileName: 'docker-compose.yml' },
  { name: 'obsolete Compose version line removed', text: fixture('COMPOSE008/version-docker-compose.yml'), code: 'COMPOSE008', contains: 'services:\n', fileName: 'compose.yaml' },
];

function firstFixable(ds: readonly Diagnostic[], code: string): Diagnostic | undefined {
  return ds.find((d) => d.code === code && d.fix?.length);
}

describe('quick fixes: applied, then the file is linted again', () => {
  test('at least 10 distinct fixes are covered', () => assert.ok(new Set(CASES.map((c) => c.code)).size >= 10));

  for (const c of CASES) {
    test(c.name, () => {
      const options = c.fileName ? { fileName: c.fileName } : {};
      const before = lintYaml(c.text, options);
      const target = firstFixable(before, c.code);
      assert.ok(target, `a ${c.code} finding with a fix`);
      const fixed = apply(c.text, target.fix![0]!.edits);
      assert.ok(fixed.includes(c.contains), `fixed text:\n${fixed}`);
      const after = lintYaml(fixed, options);
      const key = (d: Diagnostic) => `${d.code} ${d.message}`;
      assert.ok(!after.some((d) => key(d) === key(target)), 'the finding is gone');
      const errors = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === 'error').length;
      assert.ok(errors(after) <= errors(before) - (target.severity === 'error' ? 1 : 0), 'no new errors');
      assert.equal(after.filter((d) => d.code === 'YAML001').length, 0, 'still valid YAML');
    });
  }

  test('the removed-API fix adds spec.selector.matchLabels copied from the template', () => {
    const text = fixture('K8S003/book-deployment.yaml');
    const d = firstFixable(lintYaml(text), 'K8S003')!;
    const fixed = apply(text, d.fix![0]!.edits);
    assert.match(fixed, /spec:\n {2}selector:\n {4}matchLabels:\n {6}app: kubia\n {2}replicas: 3/);
    assert.deepEqual(lintYaml(fixed).filter((x) => x.severity === 'error'), []);
  });
});

describe('ignore for this object (kube-tutor.io/ignore annotation)', () => {
  const silenced = (text: string, code: string) => {
    const d = lintYaml(text).find((x) => x.code === code)!;
    const fix = ignoreAnnotationFix(text, d)!;
    assert.ok(fix, `an ignore fix for ${code}`);
    const fixed = apply(text, fix.edits);
    assert.ok(!lintYaml(fixed).some((x) => x.code === code), fixed);
    return fixed;
  };

  test('creates metadata.annotations, then appends to the annotation', () => {
    const once = silenced(fixture('kubia/kubia-manual.yaml'), 'K8S012');
    assert.match(once, /metadata:\n {2}annotations:\n {4}kube-tutor\.io\/ignore: K8S012\n {2}name: kubia-manual/);
    const twice = silenced(once, 'K8S011');
    assert.match(twice, /kube-tutor\.io\/ignore: "K8S012,K8S011"/);
  });

  test('adds a line to existing annotations; only the object holding the finding changes', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n${fixture('kubia/kubia-manual.yaml').replace('  name: kubia-manual\n', '  name: kubia-manual\n  annotations:\n    team: x\n')}`;
    const fixed = silenced(text, 'K8S013');
    assert.match(fixed, /annotations:\n {4}kube-tutor\.io\/ignore: K8S013\n {4}team: x/);
    assert.ok(fixed.startsWith('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n'));
  });
});
