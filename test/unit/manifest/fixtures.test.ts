import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintManifestFolder, lintYaml, manifestRules } from '../../../src/core/manifest';
import { FIXTURES, describeDiagnostic, readLines } from '../helpers';

const DIR = path.join(FIXTURES, 'manifest');

/**
 * `fixtures/manifest/<CODE>/<case>.yaml` is linted and the diagnostics of that code (exact
 * ranges) must equal `<case>.expected`. `fixtures/manifest/kubia/` holds the book's
 * manifests and kubectl-generated objects: their errors must be exactly what the API
 * server would say (none, but for the book's removed apps/v1beta1). Each file is also
 * linted as a one-file folder, so cross-resource rules have fixtures too.
 */
describe('manifest fixtures', () => {
  for (const folder of fs.readdirSync(DIR).sort()) {
    const dir = path.join(DIR, folder);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      test(`${folder}/${file}`, () => {
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        const expected = readLines(path.join(dir, file.replace(/\.ya?ml$/, '.expected')));
        const keep = folder === 'kubia' ? (d: { severity: string }) => d.severity === 'error' : (d: { code: string }) => d.code === folder;
        // `images.json` stands for the simulator's images (K8S022 runs only in the editor).
        const imagesFile = path.join(dir, 'images.json');
        const images = fs.existsSync(imagesFile) ? (JSON.parse(fs.readFileSync(imagesFile, 'utf8')) as { local: string[]; pullable: string[] }) : undefined;
        const all = [...lintYaml(text, { fileName: file, fileExists: (rel: string) => fs.existsSync(path.join(dir, rel)), ...(images ? { images } : {}) }), ...(lintManifestFolder([{ path: file, text }]).get(file) ?? [])];
        const actual = all.filter(keep).map(describeDiagnostic);
        assert.deepEqual(actual, expected);
      });
    }
  }
});

describe('manifest rule registry', () => {
  test('codes are unique and well-formed, every rule documented', () => {
    const codes = manifestRules.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const rule of manifestRules) {
      assert.match(rule.code, /^(YAML|K8S|COMPOSE)\d{3}$/);
      assert.ok(rule.title.length > 10, `${rule.code} needs a title`);
      assert.ok(rule.docs.endsWith(`${rule.code}.md`), `${rule.code} docs link`);
    }
  });

  test('every rule has a fixture it catches and one it must not flag', () => {
    for (const rule of manifestRules) {
      const dir = path.join(DIR, rule.code);
      assert.ok(fs.existsSync(dir), `fixtures missing for ${rule.code}`);
      const contents = fs.readdirSync(dir).filter((f) => f.endsWith('.expected')).map((f) => readLines(path.join(dir, f)));
      assert.ok(contents.some((lines) => lines.some((l) => l.endsWith(rule.code))), `${rule.code}: no catching case`);
      assert.ok(contents.some((lines) => lines.length === 0), `${rule.code}: no clean case`);
    }
  });
});
