import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT_NOINPUT, EXIT_USAGE, teacherCommand } from '../../../src/cli/teacher';
import { main } from '../../../src/cli';
import { lessonByNumber } from '../../../src/core/tutor/lessons';
import { FIXTURES } from '../helpers';

const STUDENTS = path.join(FIXTURES, 'tutor', 'students');

function grade(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = teacherCommand(argv, { cwd: STUDENTS, env: {}, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kube-tutor-teacher-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('kube-tutor sim --lesson N --check DIR (teacher mode)', () => {
  test('a finished lesson 2 folder passes every step: exit 0', () => {
    const r = grade('--lesson', '2', '--check', 'lesson02-done');
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    assert.equal(
      r.stdout,
      [
        'Lesson 2: Build the kubia image — 4 of 4 steps pass (lesson02-done)',
        '  ✓ 2.1 Read app.js and fix the typo',
        '  ✓ 2.2 Put the Dockerfile comments on their own lines',
        '  ✓ 2.3 Build the image',
        '  ✓ 2.4 Image layers',
        '',
      ].join('\n'),
    );
  });

  test('the seed files as they are fail every step, each with its reason: exit 4', () => {
    const r = grade('--lesson=2', '--check=lesson02-seed');
    assert.equal(r.code, 4);
    assert.match(r.stdout, /✗ 2\.1 Read app\.js and fix the typo\n {6}app\.js still contains `reponse\.end`\.\n/);
    assert.match(r.stdout, /✗ 2\.2 .*\n {6}Dockerfile line 1 still needs a change: FROM node:7 # 시작점으로/);
    assert.match(r.stdout, /✗ 2\.3 Build the image\n {6}There is no image kubia yet/);
  });

  test('the Open Lesson scaffold of every lesson is graded without errors, and nothing passes before work is done', () => {
    for (const n of [2, 5, 8, 12]) {
      const dir = path.join(tmp, `scaffold-${n}`);
      for (const f of lessonByNumber(n)!.files) {
        fs.mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
        fs.writeFileSync(path.join(dir, f.path), f.text);
      }
      let stdout = '';
      const code = teacherCommand(['--lesson', String(n), '--check', dir], { cwd: tmp, env: {}, stdout: (t) => (stdout += t), stderr: () => assert.fail('no stderr') });
      assert.equal(code, lessonByNumber(n)!.steps.length, `lesson ${n}: ${stdout}`);
    }
  });

  test('file checks pass from the folder; transcript commands count with their [exit N]', () => {
    const r = grade('--lesson', '5', '--check', 'lesson05-cmd-fixed', '--format', 'json');
    assert.equal(r.code, 3);
    const report = JSON.parse(r.stdout) as { passed: number; failed: number; steps: Array<{ id: string; passed: boolean; reason?: string }> };
    assert.deepEqual([report.passed, report.failed], [1, 3]);
    assert.deepEqual(report.steps.map((s) => [s.id, s.passed]), [['fix-cmd', true], ['build', false], ['run', false], ['ping', false]]);
    assert.match(report.steps[3]!.reason!, /ran but failed \(exit code 1\)/);
  });

  test('a broken state file and transcript line are reported on stderr; grading goes on without them', () => {
    const r = grade('--lesson', '9', '--check', 'lesson09-bad-state');
    assert.match(r.stderr, /kube-tutor-state\.json: "services" must be an array/);
    assert.match(r.stderr, /kube-tutor-transcript\.txt:2: unexpected EOF while looking for matching `"'/);
    assert.equal(r.code, 3);
  });

  test('Korean output with --lang ko', () => {
    const r = grade('--lesson', '2', '--check', 'lesson02-seed', '--lang', 'ko');
    assert.match(r.stdout, /^2강: kubia 이미지 만들기 — 4단계 중 0단계 통과/);
    assert.match(r.stdout, /app\.js 읽고 오타 고치기\n {6}app\.js에 아직 `reponse\.end`이\(가\) 있습니다\./);
    grade('--lesson', '2', '--check', 'lesson02-seed', '--lang', 'en');
  });

  test('usage errors exit 64, a missing folder 66', () => {
    assert.equal(grade('--check', 'x').code, EXIT_USAGE);
    assert.match(grade('--lesson', '13', '--check', 'x').stderr, /invalid argument "13" for "--lesson" flag: must be 1 to 12/);
    assert.match(grade('--lesson', '1').stderr, /required flag "--check" not set/);
    assert.equal(grade('--lesson', '1', '--check', 'x', '--watch').code, EXIT_USAGE);
    const missing = grade('--lesson', '1', '--check', 'nope');
    assert.equal(missing.code, EXIT_NOINPUT);
    assert.match(missing.stderr, /nope: no such directory/);
  });

  test('wired into the kube-tutor command line', () => {
    let stdout = '';
    const code = main(['sim', '--lesson', '2', '--check', 'lesson02-done', '--lang', 'en'], { cwd: STUDENTS, stdout: (t) => (stdout += t), stderr: () => undefined });
    assert.equal(code, 0);
    assert.match(stdout, /4 of 4 steps pass/);
  });
});
