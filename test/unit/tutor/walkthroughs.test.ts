import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LESSONS } from '../../../src/core/tutor/lessons';
import { walkthroughBundle } from '../../../src/core/tutor/walkthroughs';
import { ROOT } from '../helpers';

/**
 * package.json's walkthroughs, their nls strings and media are generated from the lessons.
 * After changing a lesson, regenerate with: KUBE_TUTOR_UPDATE_WALKTHROUGHS=1 node --test out/test/unit/tutor/walkthroughs.test.js
 */
const UPDATE = process.env.KUBE_TUTOR_UPDATE_WALKTHROUGHS === '1';
const bundle = walkthroughBundle(LESSONS);

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
}

function writeJson(file: string, value: unknown): void {
  fs.writeFileSync(path.join(ROOT, file), `${JSON.stringify(value, null, 2)}\n`);
}

if (UPDATE) {
  const pkg = readJson('package.json') as { contributes: Record<string, unknown> };
  pkg.contributes.walkthroughs = bundle.walkthroughs;
  writeJson('package.json', pkg);
  for (const [file, locale] of [['package.nls.json', 'en'], ['package.nls.ko.json', 'ko']] as const) {
    const nls = Object.fromEntries(Object.entries(readJson(file)).filter(([k]) => !k.startsWith('walkthrough.')));
    writeJson(file, { ...nls, ...bundle.nls[locale] });
  }
  fs.rmSync(path.join(ROOT, 'media', 'walkthroughs'), { recursive: true, force: true });
  for (const [p, text] of Object.entries(bundle.media)) {
    fs.mkdirSync(path.dirname(path.join(ROOT, p)), { recursive: true });
    fs.writeFileSync(path.join(ROOT, p), text);
  }
}

test('package.json contributes the generated walkthroughs for lessons 1–4', () => {
  const pkg = readJson('package.json') as { contributes: { walkthroughs: unknown } };
  assert.deepEqual(pkg.contributes.walkthroughs, bundle.walkthroughs);
  assert.equal(bundle.walkthroughs.length, 4);
});

test('walkthrough strings are in package.nls.json and package.nls.ko.json, generated from the lessons', () => {
  for (const [file, locale] of [['package.nls.json', 'en'], ['package.nls.ko.json', 'ko']] as const) {
    const nls = readJson(file);
    const actual = Object.fromEntries(Object.entries(nls).filter(([k]) => k.startsWith('walkthrough.')));
    assert.deepEqual(actual, bundle.nls[locale], file);
  }
});

test('walkthrough media exist, one Markdown per step and language, and nothing stale', () => {
  const dir = path.join(ROOT, 'media', 'walkthroughs');
  const onDisk = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  assert.deepEqual(onDisk.sort(), Object.keys(bundle.media).sort());
  for (const [p, text] of Object.entries(bundle.media)) assert.equal(fs.readFileSync(path.join(ROOT, p), 'utf8'), text, p);
});

test('every step completes on its context key and offers a show-me command link', () => {
  for (const w of bundle.walkthroughs)
    for (const s of w.steps) {
      assert.match(s.completionEvents[0]!, /^onContext:kubeTutor\.done\.lesson0[1-4]\.[A-Za-z0-9]+$/);
    }
  assert.match(bundle.nls.ko['walkthrough.lesson01.runBusybox.description']!, /\[보여 주기\]\(command:kubeTutor\.showMe\?%5B%22lesson01%22%2C%22run-busybox%22%5D\)/);
});
