import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers';
import { dockerfileRules } from '../../src/core/dockerfile';
import * as l10n from '@vscode/l10n';
import { localizedRuleText, ruleTexts } from '../../src/core/dockerfile/ruleText';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The first argument of every `l10n.t('…')` call: the keys of the runtime bundle. */
function messages(): Set<string> {
  const found = new Set<string>();
  const call = /l10n\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1/gs;
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(call)) found.add(JSON.parse(`"${m[2]!.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`));
  }
  return found;
}

test('every localized runtime message has a Korean translation', () => {
  const ko = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
  const keys = messages();
  assert.ok(keys.size >= 5, 'the extraction found the messages');
  for (const rule of dockerfileRules) for (const text of ruleTexts(rule)) keys.add(text);
  const missing = [...keys].filter((k) => typeof ko[k] !== 'string' || ko[k]!.trim() === '');
  assert.deepEqual(missing, []);
  const stale = Object.keys(ko).filter((k) => !keys.has(k));
  assert.deepEqual(stale, [], 'translations of messages that no longer exist');
  for (const [en, kr] of Object.entries(ko)) {
    const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join();
    assert.equal(placeholders(kr), placeholders(en), `placeholders differ in: ${en}`);
  }
});

test('every Dockerfile rule has a Korean title, why and how to fix (hover and tutor show them)', () => {
  const ko = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
  assert.ok(dockerfileRules.length >= 69);
  const missing: string[] = [];
  for (const rule of dockerfileRules) {
    const [title, why, fix] = ruleTexts(rule);
    for (const [part, en] of [['title', title], ['why', why], ['fix', fix]] as const) {
      const kr = ko[en!];
      if (typeof kr !== 'string' || !/[\uac00-\ud7a3]/.test(kr)) missing.push(`${rule.code} ${part}: ${en}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('package.nls.json and package.nls.ko.json have the same keys, and package.json uses only those', () => {
  const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const ko = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
  assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
  const pkg = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  const used = [...pkg.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]!);
  assert.deepEqual(used.filter((k) => !(k in en)), []);
});

test('every package.nls.ko.json string is translated (non-empty, Korean where the English has words)', () => {
  const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const ko = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
  // Media paths are per-language files, not words.
  // Product names alone ("Kube Tutor", "Docker (Kube Tutor)") stay as they are in Korean UIs too.
  const PRODUCT_NAMES = /^[\s()]*(?:(?:Kube Tutor|Docker|Kubernetes)[\s()]*)+$/;
  const words = Object.keys(en).filter((k) => !k.endsWith('.media') && !PRODUCT_NAMES.test(en[k]!));
  const untranslated = words.filter((k) => !ko[k]?.trim() || !/[\uac00-\ud7a3]/.test(ko[k]!));
  assert.deepEqual(untranslated, []);
  for (const k of Object.keys(en).filter((x) => x.endsWith('.media'))) assert.equal(ko[k], en[k]!.replace('/en/', '/ko/'));
});

test('a rule explanation is shown in Korean when VS Code runs in Korean (the bundle is loaded)', () => {
  const ko = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
  const rule = dockerfileRules.find((r) => r.code === 'DF068')!;
  assert.equal(localizedRuleText(rule).fix, rule.explanation.fix, 'English without a bundle');
  l10n.config({ contents: ko });
  try {
    const text = localizedRuleText(rule);
    assert.equal(text.fix, '항목을 나누세요: ["redis-server", "--protected-mode", "no"].');
    assert.match(text.why, /exec 형식은 공백에서 나누지 않습니다/);
    assert.match(text.title, /exec 형식/);
  } finally {
    l10n.config({ contents: {} });
  }
});

test('the cached formatter (src/core/l10n) gives exactly what l10n.t gives, with and without a bundle', async () => {
  const fast = await import('../../src/core/l10n');
  const cases: Array<[string, ...string[]]> = [
    ['Change to {0}', 'node:24'],
    ['{0}:{1} is end-of-life (release line {2}, as of {3}). Move to {0}:{4}.', 'node', '7', '7', '2026-11', '24'],
    ['no placeholders'],
    ['no placeholders', 'extra'],
    ['{1} before {0}, {0} again, {2} missing, {name} and {} kept', 'a', 'b'],
    ['braces {0', 'x'],
    ['${0} is not defined', 'HOME'],
  ];
  const check = () => {
    for (const [message, ...args] of cases) assert.equal(fast.t(message, ...args), l10n.t(message, ...args), message);
  };
  check();
  l10n.config({ contents: { 'Change to {0}': '{0}(으)로 바꾸기', 'no placeholders': { message: '자리 표시자 없음', comment: ['c'] } } });
  try {
    check();
    assert.equal(fast.t('Change to {0}', 'x'), 'x(으)로 바꾸기');
  } finally {
    l10n.config({ contents: {} });
  }
});
