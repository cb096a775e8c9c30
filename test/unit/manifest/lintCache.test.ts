/**
 * `lintYaml` with a `ManifestLintCache` (the editor's per-document reuse) gives exactly what a
 * full run gives, edit after edit: same diagnostics, ranges, fixes and order. And the folder's
 * pod index selects what a scan of every pod selects.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintManifestFolder, lintYaml, ManifestLintCache, readFolderFile, type ManifestLintOptions } from '../../../src/core/manifest';
import { allObjects, namespaceOf, PodIndex, podSites } from '../../../src/core/manifest/folder';
import { labelRecord, selectorMatches } from '../../../src/core/manifest/workload';
import { asMap, get } from '../../../src/core/manifest/yaml/ast';
import { YAML_LIMITS } from '../../../src/core/manifest/yaml/parse';
import { SeededRandom } from '../../../src/core/sim/random';
import { FIXTURES } from '../helpers';

function assertSame(text: string, cache: ManifestLintCache, options: ManifestLintOptions, label: string): void {
  const expected = lintYaml(text, options);
  const actual = lintYaml(text, { ...options, cache });
  assert.deepStrictEqual(actual, expected, `${label}\n--- input ---\n${text.length > 3000 ? `${text.slice(0, 3000)}…` : text}`);
}

function manifests(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name) && !/compose/.test(e.name)) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(FIXTURES, 'manifest'));
  return out.sort();
}

const EDITS = ['a', '1', ' ', '\n', ':', '- ', '#', '"', '\n---\n', '  ', 'image: nginx:latest\n', 'privileged: true\n', '&x ', '*x'];

/** One keystroke-sized edit: insert, delete or replace a little text somewhere. */
function edit(text: string, rnd: SeededRandom): string {
  const at = rnd.int(text.length + 1);
  switch (rnd.int(3)) {
    case 0:
      return text.slice(0, at) + EDITS[rnd.int(EDITS.length)]! + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + rnd.int(3));
    default:
      return text.slice(0, at) + EDITS[rnd.int(EDITS.length)]! + text.slice(at + 1);
  }
}

describe('per-document lint cache', () => {
  const files = manifests();

  test('a multi-document file edited 150 times: every run as a full run, unchanged documents reused', () => {
    const rnd = new SeededRandom(11);
    const original = files
      .filter((t) => /^(kind|apiVersion):/m.test(t) && t.length < 4000)
      .slice(0, 40)
      .join('\n---\n');
    const cache = new ManifestLintCache();
    let text = original;
    let reused = 0;
    for (let i = 0; i < 150; i++) {
      text = i % 25 === 24 ? original : edit(text, rnd);
      assertSame(text, cache, {}, `edit ${i}`);
      reused += cache.reused;
    }
    assert.ok(reused > 150 * 10, `documents reused: ${reused}`);
  });

  test('the findings cap: many findings, documents moved around, the cap note as in a full run', () => {
    const pod = (i: number) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers:\n  - name: c\n    image: nginx:latest\n    securityContext:\n      privileged: true\n    bogus${i % 3}: 1\n`;
    const docs = Array.from({ length: 260 }, (_, i) => pod(i));
    const cache = new ManifestLintCache();
    const rnd = new SeededRandom(5);
    for (let i = 0; i < 30; i++) {
      const a = rnd.int(docs.length);
      const b = rnd.int(docs.length);
      [docs[a], docs[b]] = [docs[b]!, docs[a]!];
      if (i % 3 === 0) docs[rnd.int(docs.length)] = pod(1000 + i);
      if (i % 7 === 0) docs.splice(rnd.int(docs.length), 1);
      assertSame(docs.join('---\n'), cache, {}, `run ${i}`);
    }
  });

  test('options changes (rule settings, images, file name) are never served from the cache', () => {
    const text = files.filter((t) => /kind: (Pod|Deployment)/.test(t)).join('\n---\n');
    const cache = new ManifestLintCache();
    const variants: ManifestLintOptions[] = [
      {},
      { rules: { K8S011: 'off' } },
      { rules: { K8S011: 'error' } },
      { images: { local: ['kubia:latest'], pullable: [] } },
      { images: { local: [], pullable: ['luksa/kubia:latest'] } },
      { fileName: 'a.yaml' },
      {},
    ];
    for (const [i, options] of variants.entries()) {
      assertSame(text, cache, options, `variant ${i}`);
      assertSame(`# moved\n${text}`, cache, options, `variant ${i}, moved`);
    }
  });

  test('the node budget: a file crossing it, then edits before the crossing', () => {
    const doc = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: "1"\n  b: "2"\n';
    const count = Math.ceil(YAML_LIMITS.maxNodes / 14) + 2;
    const docs = Array.from({ length: count }, (_, i) => doc.replace('name: x', `name: x${i % 50}`));
    const cache = new ManifestLintCache();
    assertSame(docs.join('---\n'), cache, {}, 'first');
    docs[3] = `${docs[3]}  c: "3"\n  d: "4"\n`;
    assertSame(docs.join('---\n'), cache, {}, 'grown');
    docs.splice(5, 3);
    assertSame(docs.join('---\n'), cache, {}, 'shrunk');
  });

  test('templates, Compose files and syntax errors', () => {
    const cache = new ManifestLintCache();
    assertSame('kind: Pod\nmetadata: {name: {{ .Values.x }}}\n', cache, {}, 'template');
    const compose = fs.readFileSync(path.join(FIXTURES, 'manifest', 'COMPOSE003', 'ports-docker-compose.yml'), 'utf8');
    assertSame(compose, cache, { fileName: 'docker-compose.yml' }, 'compose');
    assertSame('kind: Pod\n---\nkind: [\n---\nkind: Service\n', cache, {}, 'syntax');
    assertSame('kind: Pod\n---\nkind: [\n---\nkind: Service\nspec: 1\n', cache, {}, 'syntax, edited');
    assert.ok(cache.reused > 0);
  });
});

describe('pod index of a folder (K8S030, K8S031)', () => {
  test('selects exactly the pods a scan of every pod selects, in the same order', () => {
    const rnd = new SeededRandom(3);
    const values = ['a', 'b', 'c'];
    const docs: string[] = [];
    for (let i = 0; i < 120; i++) {
      const labels = ['app', 'tier', 'env']
        .filter(() => rnd.int(3) > 0)
        .map((k) => `${k}: ${values[rnd.int(values.length)]}`)
        .join(', ');
      const ns = ['default', 'team', undefined][rnd.int(3)];
      const meta = `metadata: {name: o${i}${ns ? `, namespace: ${ns}` : ''}}`;
      docs.push(
        rnd.int(2)
          ? `apiVersion: v1\nkind: Pod\n${meta}\nspec:\n  containers: [{name: c, image: x:1, ports: [{containerPort: ${80 + rnd.int(3)}, name: p${rnd.int(2)}}]}]\n` +
              (labels ? `---\napiVersion: v1\nkind: Pod\nmetadata: {name: q${i}${ns ? `, namespace: ${ns}` : ''}, labels: {${labels}}}\nspec: {containers: [{name: c, image: x:1}]}\n` : '')
          : `apiVersion: v1\nkind: Service\n${meta}\nspec:\n  selector: {${labels}}\n  ports: [{port: 80, targetPort: ${rnd.int(2) ? 'p1' : 81}}]\n`,
      );
    }
    const files = [{ path: 'a.yaml', text: docs.slice(0, 60).join('---\n') }, { path: 'b.yaml', text: docs.slice(60).join('---\n') }];
    const found = lintManifestFolder(files);
    // The same check done naively, pod by pod, for K8S030: which Services select nothing.
    const parsed = files.map((f) => readFolderFile(f.path, f.text));
    const pods = podSites(parsed);
    const expected030: string[] = [];
    for (const { object } of allObjects(parsed)) {
      if (object.kind !== 'Service') continue;
      const selector = labelRecord(asMap(get(object.root, 'spec', 'selector')));
      if (Object.keys(selector).length === 0) continue;
      const naive = pods.filter((p) => p.namespace === namespaceOf(object) && selectorMatches(selector, [], p.labels));
      assert.deepStrictEqual(new PodIndex(pods).selected(namespaceOf(object), selector), naive);
      if (naive.length === 0) expected030.push(object.name!);
    }
    const actual030 = [...found.values()].flat().filter((d) => d.code === 'K8S030');
    assert.equal(actual030.length, expected030.length);
    assert.ok(expected030.length > 0 && expected030.length < 60, `${expected030.length} dangling`);
  });
});
