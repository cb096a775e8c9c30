import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from '../../../src/core/diagnostic';
import { lintText } from '../../../src/core/lint';
import { lintManifestFolder, manifestRules, type FolderFile } from '../../../src/core/manifest';
import { MANIFEST_EXPLANATIONS } from '../../../src/core/manifest/ruleExplanations';
import { manifestRuleDocPage } from '../../../src/core/manifest/ruleDocs';
import { explanationFor } from '../../../src/core/tutor/explanations';

/**
 * The "Flagged:" and "Fixed:" examples of docs/rules (and the tutor's Explain) are proved here:
 * the rule reports its code on `bad` and not on `good`. A failing example is a bug in the
 * example, or in the rule.
 */

/** What the simulator has for K8S022's examples: `kubia` only built, `luksa/kubia:1.0` pushed. */
const IMAGES = { local: ['kubia:latest', 'luksa/kubia:1.0'], pullable: ['luksa/kubia:1.0'] };

/** The folder next to COMPOSE005's example: `kubia/` with its Dockerfile. */
function fileExists(relative: string): boolean {
  const p = relative.replace(/^\.\//, '').replace(/\/$/, '') || '.';
  return ['.', 'kubia', 'kubia/Dockerfile'].includes(p);
}

/**
 * A cross-resource example as a folder: when every document starts with a `# name.yaml`
 * comment, one file per document (K8S032's copy in another file); else one multi-document file.
 */
function exampleFolder(text: string): FolderFile[] {
  const docs = text.split(/^---$/m).map((d) => d.replace(/^\n/, ''));
  const names = docs.map((d) => /^# ([\w.-]+\.ya?ml)\b/.exec(d)?.[1]);
  if (docs.length > 1 && names.every((n) => n !== undefined)) return docs.map((d, i) => ({ path: names[i]!, text: d }));
  return [{ path: 'example.yaml', text }];
}

function lintExample(code: string, text: string): Diagnostic[] {
  if (/^K8S03\d$/.test(code)) return [...lintManifestFolder(exampleFolder(text)).values()].flat();
  const fileName = code.startsWith('COMPOSE') ? 'docker-compose.yml' : 'example.yaml';
  return lintText('yaml', text, { fileName, fileExists, images: IMAGES });
}

const codes = (ds: readonly Diagnostic[]) => [...new Set(ds.map((d) => d.code))].join(', ') || 'nothing';

describe('manifest rule examples', () => {
  test('every manifest, Compose and YAML code has a short flagged and a fixed example', () => {
    for (const rule of manifestRules) {
      const e = MANIFEST_EXPLANATIONS[rule.code];
      assert.ok(e, `${rule.code} has no explanation`);
      assert.ok(e.bad.trim() && e.good.trim() && e.bad !== e.good, `${rule.code} examples`);
      for (const text of [e.bad, e.good]) {
        assert.ok(!text.startsWith('\n') && !text.endsWith('\n') && !/\t/.test(text), `${rule.code}: trimmed, spaces only`);
        assert.ok(text.split('\n').length <= 30, `${rule.code}: keep examples short`);
      }
    }
  });

  for (const rule of manifestRules) {
    test(`${rule.code}: flags the bad example and not the fixed one`, () => {
      const e = MANIFEST_EXPLANATIONS[rule.code]!;
      const bad = lintExample(rule.code, e.bad);
      assert.ok(
        bad.some((d) => d.code === rule.code),
        `${rule.code} not reported on its flagged example (got ${codes(bad)})`,
      );
      const good = lintExample(rule.code, e.good);
      assert.deepEqual(
        good.filter((d) => d.code === rule.code).map((d) => d.message),
        [],
        `${rule.code} still reported on its fixed example`,
      );
      // A fixed example is one the API server (or docker compose) accepts.
      assert.deepEqual(
        good.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`),
        [],
        `${rule.code}: errors left in the fixed example`,
      );
    });
  }

  test('the cross-resource examples show every object involved (K8S032: in two files)', () => {
    for (const code of ['K8S030', 'K8S031', 'K8S032', 'K8S033']) {
      const e = MANIFEST_EXPLANATIONS[code]!;
      assert.ok(e.bad.includes('\n---\n') && e.good.includes('\n---\n'), `${code} is multi-document`);
    }
    assert.deepEqual(
      exampleFolder(MANIFEST_EXPLANATIONS['K8S032']!.bad).map((f) => f.path),
      ['kubia-svc.yaml', 'kubia-svc-nodeport.yaml'],
    );
  });

  test('the tutor\'s Explain shows the fixed example of every manifest code, untranslated', () => {
    for (const rule of manifestRules) assert.equal(explanationFor(rule.code)?.example, MANIFEST_EXPLANATIONS[rule.code]!.good, rule.code);
    assert.equal(explanationFor('ErrImagePull')?.example, undefined);
  });

  test('the rule pages show both examples in yaml fences', () => {
    const page = manifestRuleDocPage(manifestRules.find((r) => r.code === 'K8S011')!);
    assert.match(page, /## Example\n\nFlagged:\n\n```yaml\n[^`]*image: luksa\/kubia\n[^`]*```\n\nFixed:\n\n```yaml\n[^`]*image: luksa\/kubia:1\.0\n/);
  });
});
