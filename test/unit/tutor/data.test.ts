import { describe, test } from 'node:test';
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { CHECK_KINDS, type Check } from '../../../src/core/tutor/checks';
import { EXPLANATIONS, explainOutput, explanationFor, simulatorErrorExplanations } from '../../../src/core/tutor/explanations';
import { MANIFEST_EXPLANATIONS } from '../../../src/core/manifest/ruleExplanations';
import type { Text } from '../../../src/core/tutor/text';
import { LESSONS, lessonByNumber } from '../../../src/core/tutor/lessons';
import { allRules } from '../../../src/core/lint';

/** Every `{en, ko}` object inside a value, with its path. */
function texts(value: unknown, path: string, out: Array<[string, Text]> = []): Array<[string, Text]> {
  if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('en' in o || 'ko' in o) out.push([path, o as unknown as Text]);
    else for (const [k, v] of Object.entries(o)) texts(v, `${path}.${k}`, out);
  }
  return out;
}

const HANGUL = /[\uac00-\ud7a3]/;

describe('lesson data', () => {
  test('12 lessons, numbered 1..12, ids lessonNN, step ids unique and stable-looking', () => {
    assert.deepEqual(LESSONS.map((l) => l.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const l of LESSONS) {
      assert.equal(l.id, `lesson${String(l.number).padStart(2, '0')}`);
      assert.ok(l.steps.length >= 3, `${l.id} has at least 3 steps`);
      const ids = l.steps.map((s) => s.id);
      assert.equal(new Set(ids).size, ids.length, `${l.id} step ids are unique`);
      for (const id of ids) assert.match(id, /^[a-z][a-z0-9-]*$/);
      for (const s of l.steps) assert.ok(s.showMe.length > 0, `${l.id}/${s.id} has a show-me action`);
    }
  });

  test('every text has English and Korean, non-empty; Korean is Korean, English has Korean only in quoted seed text', () => {
    const explanations = [...new Set([...EXPLANATIONS, ...simulatorErrorExplanations()])];
    const all = LESSONS.flatMap((l) => texts(l, l.id)).concat(explanations.flatMap((e) => texts(e, e.code)));
    assert.ok(all.length > 150, `found ${all.length} texts`);
    const bad = all.filter(([, t]) => !t.en?.trim() || !t.ko?.trim() || !HANGUL.test(t.ko) || HANGUL.test(t.en.replace(/`[^`]*`/g, ''))).map(([p]) => p);
    assert.deepEqual(bad, []);
  });

  test('checks use only the vocabulary', () => {
    const kinds = (c: Check): string[] => (c.kind === 'all' || c.kind === 'any' ? c.checks.flatMap(kinds) : [c.kind]);
    for (const l of LESSONS) for (const s of l.steps) for (const k of kinds(s.check)) assert.ok(CHECK_KINDS.includes(k as never), `${l.id}/${s.id}: ${k}`);
  });

  test('the scaffolds carry the seeds as they are, bugs included', () => {
    const file = (n: number, p: string) => lessonByNumber(n)!.files.find((f) => f.path === p)!.text;
    assert.match(file(2, 'app.js'), /\treponse\.end\("You've hit " \+ os\.hostname\(\) \+ "\\n"\);/);
    assert.match(file(2, 'Dockerfile'), /^FROM node:7 # 시작점으로 사용할 컨테이너 이미지 정의$/m);
    assert.match(file(2, 'Dockerfile'), /^ENTRYPOINT \["node", "app\.js"\] # /m);
    assert.match(file(5, '3-Dockerfile'), /^CMD \["redis-server", "--protected-mode no"\]$/m);
    assert.match(file(6, '4-docker-compose.yml'), /^services:\n {2}web:/m);
    assert.match(lessonByNumber(8)!.steps[0]!.command!, /--generator=run\/v1/);
    assert.match(lessonByNumber(10)!.steps[0]!.explanation.en, /--replicas=43/);
    assert.match(file(12, 'kubia-sidecar.yaml'), /readinessProbe:[\s\S]*livenessProbe:[\s\S]*name: sidecar/);
  });
});

describe('explanations catalogue', () => {
  // Dockerfile rules carry their explanation in metadata; manifest, Compose and YAML rules in
  // src/core/manifest/ruleExplanations.ts, in English and Korean.
  test('every rule code (DF, K8S, COMPOSE, YAML) has a tutor explanation', () => {
    const missing = allRules()
      .map((r) => r.code)
      .filter((code) => !explanationFor(code));
    assert.deepEqual(missing, []);
  });

  test('every K8S, COMPOSE and YAML code is explained in English and in Korean, and nothing else is', () => {
    const codes = allRules()
      .map((r) => r.code)
      .filter((c) => /^(K8S|COMPOSE|YAML)/.test(c));
    assert.ok(codes.length >= 37, `found ${codes.length} codes`);
    for (const code of codes) {
      const e = explanationFor(code)!;
      for (const text of [e.title, e.why, e.fix]) {
        assert.ok(text.en.trim().length > 5, `${code} English`);
        assert.ok(HANGUL.test(text.ko), `${code} Korean`);
      }
      assert.match(e.command ?? '', /^(kubectl|docker|kube-tutor) /, `${code} real command`);
    }
    const stale = Object.keys(MANIFEST_EXPLANATIONS).filter((c) => !codes.includes(c));
    assert.deepEqual(stale, [], 'explanations of codes that no longer exist');
  });

  test('codes are unique and every entry has why, fix and a real command', () => {
    const codes = EXPLANATIONS.map((e) => e.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const e of EXPLANATIONS) assert.ok(e.command, `${e.code} has a command`);
  });

  // The real wording of docker, kubectl and the kubelet (kubectl get pods STATUS column).
  const OUTPUTS: Record<string, string> = {
    ErrImagePull: 'kubia   0/1     ErrImagePull   0          5s',
    ImagePullBackOff: 'kubia   0/1     ImagePullBackOff   0          40s',
    CrashLoopBackOff: 'kubia-7b8f   0/1     CrashLoopBackOff   3 (20s ago)   2m',
    // luksa/kubernetes-in-action#33 quotes kubectl's answer to the book's command.
    KubectlUnknownFlagGenerator: 'Error: unknown flag: --generator\nSee \'kubectl run --help\' for usage.',
    DockerPullAccessDenied:
      "docker: Error response from daemon: pull access denied for kubia, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    DockerPortAllocated:
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint kubia-container (3f2a): Bind for 0.0.0.0:8080 failed: port is already allocated.',
    DockerNameInUse:
      'docker: Error response from daemon: Conflict. The container name "/kubia-container" is already in use by container "3f2a9c". You have to remove (or rename) that container to be able to reuse that name.',
  };

  test('every simulator error is recognised in its real wording, and only by its own entry', () => {
    const withMatch = EXPLANATIONS.filter((e) => e.match).map((e) => e.code);
    assert.deepEqual(withMatch.sort(), Object.keys(OUTPUTS).sort());
    for (const [code, output] of Object.entries(OUTPUTS)) assert.deepEqual(explainOutput(output).map((e) => e.code), [code]);
    assert.deepEqual(explainOutput('Hello world'), []);
  });
});

test('parity: the real kubectl rejects the seed\'s --generator with the wording the catalogue recognises', (t) => {
  const r = spawnSync('kubectl', ['run', 'kubia', '--image=luksa/kubia', '--port=8080', '--generator=run/v1'], { encoding: 'utf8', timeout: 10_000 });
  if (r.error) return t.skip(`kubectl is not installed here (${r.error.message})`);
  assert.equal(r.status, 1);
  assert.deepEqual(explainOutput(r.stderr).map((e) => e.code), ['KubectlUnknownFlagGenerator']);
});
