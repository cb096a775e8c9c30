import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXIT_NOINPUT, EXIT_USAGE, teacherCommand } from '../../../src/cli/teacher';
import { mainAsync } from '../../../src/cli';
import { lessonByNumber } from '../../../src/core/tutor/lessons';
import { FIXTURES } from '../helpers';

const STUDENTS = path.join(FIXTURES, 'tutor', 'students');

async function grade(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await teacherCommand(argv, { cwd: STUDENTS, env: {}, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kube-tutor-teacher-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A student folder under tmp: the lesson's scaffold, then `files` on top. */
function folder(name: string, lesson: number, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  for (const [p, text] of [...lessonByNumber(lesson)!.files.map((f) => [f.path, f.text] as const), ...Object.entries(files)]) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), text);
  }
  return dir;
}

describe('kube-tutor sim --lesson N --check DIR (teacher mode)', () => {
  test('a finished lesson 2 folder passes every step, its transcript replayed on the simulator: exit 0', async () => {
    const r = await grade('--lesson', '2', '--check', 'lesson02-done');
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    assert.equal(
      r.stdout,
      [
        'Lesson 2: Build the kubia image — 4 of 4 steps pass (lesson02-done)',
        '  2 commands from kube-tutor-transcript.txt replayed on the simulator, 0 failed',
        '  ✓ 2.1 Read app.js and fix the typo',
        '  ✓ 2.2 Put the Dockerfile comments on their own lines',
        '  ✓ 2.3 Build the image',
        '  ✓ 2.4 Image layers',
        '',
      ].join('\n'),
    );
  });

  test('the seed files as they are fail every step, each with its reason: exit 4', async () => {
    const r = await grade('--lesson=2', '--check=lesson02-seed');
    assert.equal(r.code, 4);
    assert.match(r.stdout, /✗ 2\.1 Read app\.js and fix the typo\n {6}app\.js still contains `reponse\.end`\.\n/);
    assert.match(r.stdout, /✗ 2\.2 .*\n {6}Dockerfile line 1 still needs a change: FROM node:7 # 시작점으로/);
    assert.match(r.stdout, /✗ 2\.3 Build the image\n {6}There is no image kubia yet/);
  });

  test('the Open Lesson scaffold of every lesson is graded without errors, and nothing passes before work is done', async () => {
    for (const n of [2, 5, 8, 12]) {
      const dir = path.join(tmp, `scaffold-${n}`);
      for (const f of lessonByNumber(n)!.files) {
        fs.mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
        fs.writeFileSync(path.join(dir, f.path), f.text);
      }
      let stdout = '';
      const code = await teacherCommand(['--lesson', String(n), '--check', dir], { cwd: tmp, env: {}, stdout: (t) => (stdout += t), stderr: () => assert.fail('no stderr') });
      assert.equal(code, lessonByNumber(n)!.steps.length, `lesson ${n}: ${stdout}`);
    }
  });

  test('--json: the fixed file passes, the build replays, the exec into a container never run fails in the simulator too', async () => {
    const r = await grade('--lesson', '5', '--check', 'lesson05-cmd-fixed', '--json');
    assert.equal(r.code, 2);
    const report = JSON.parse(r.stdout) as {
      passed: number;
      failed: number;
      replay: { source: string; commands: number; failed: number; failures: Array<{ line: number; command: string; exitCode: number; error: string }> };
      steps: Array<{ id: string; passed: boolean; reason?: string }>;
    };
    assert.deepEqual([report.passed, report.failed], [2, 2]);
    assert.deepEqual(report.steps.map((s) => [s.id, s.passed]), [['fix-cmd', true], ['build', true], ['run', false], ['ping', false]]);
    assert.match(report.steps[3]!.reason!, /ran but failed \(exit code 1\)/);
    assert.deepEqual({ ...report.replay, failures: [] }, { source: 'kube-tutor-transcript.txt', commands: 2, failed: 1, failures: [] });
    assert.deepEqual(report.replay.failures, [{ line: 2, command: 'docker exec -it redis redis-cli ping', exitCode: 1, error: 'Error response from daemon: No such container: redis' }]);
  });

  test('the state comes from the replay, not from what the transcript claims: a build that fails in the simulator fails the step', async () => {
    // The seed Dockerfile (trailing comments on FROM) does not build, whatever the transcript shows after the command.
    const dir = folder('claims', 2, { 'kube-tutor-transcript.txt': '$ docker build -t kubia .\nSuccessfully tagged kubia:latest\n$ docker images\n' });
    const r = await grade('--lesson', '2', '--check', dir);
    assert.equal(r.code, 4);
    assert.match(r.stdout, /2 commands from kube-tutor-transcript\.txt replayed on the simulator, 1 failed/);
    assert.match(r.stdout, /✗ 2\.3 Build the image\n {6}There is no image kubia yet/);
    assert.match(r.stdout, /Commands that failed in the simulator:\n {2}kube-tutor-transcript\.txt:1: \$ docker build -t kubia \.\n {6}\[exit 1\] Sending build context/);
  });

  test('a script replays lesson 3 end to end; steps stay complete once passed (the container is removed at the end)', async () => {
    const script = [
      '# lesson 3, as typed',
      'docker build -t kubia .',
      'docker run --name kubia-container -p 8080:8080 -d kubia',
      'curl localhost:8080',
      'docker inspect kubia-container',
      'docker exec -it kubia-container bash',
      'docker stop kubia-container',
      'docker rm kubia-container',
    ].join('\n');
    const dir = folder('lesson03-script', 3, { 'kube-tutor-script.sh': script });
    const r = await grade('--lesson', '3', '--check', dir);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /7 commands from kube-tutor-script\.sh replayed on the simulator, 0 failed/);
  });

  test('a password prompt in a transcript is answered (transcripts never show the password)', async () => {
    const dir = folder('lesson04', 3, {
      'kube-tutor-transcript.txt': '$ docker build -t kubia .\n$ docker tag kubia alice/kubia\n$ docker login -u alice\nPassword:\nLogin Succeeded\n$ docker push alice/kubia\n',
    });
    const r = await grade('--lesson', '4', '--check', dir);
    assert.equal(r.code, 0, r.stdout);
  });

  test('an unreadable transcript line and a state file are reported on stderr; grading goes on without them', async () => {
    const r = await grade('--lesson', '9', '--check', 'lesson09-bad-state');
    assert.match(r.stderr, /kube-tutor-state\.json: ignored; the state is replayed from the student's commands/);
    assert.match(r.stderr, /kube-tutor-transcript\.txt:2: unexpected EOF while looking for matching `"'/);
    assert.match(r.stdout, /The connection to the server localhost:8080 was refused/);
    assert.equal(r.code, 3);
  });

  test('Korean output with --lang ko', async () => {
    const r = await grade('--lesson', '2', '--check', 'lesson02-seed', '--lang', 'ko');
    assert.match(r.stdout, /^2강: kubia 이미지 만들기 — 4단계 중 0단계 통과/);
    assert.match(r.stdout, /app\.js 읽고 오타 고치기\n {6}app\.js에 아직 `reponse\.end`이\(가\) 있습니다\./);
    await grade('--lesson', '2', '--check', 'lesson02-seed', '--lang', 'en');
  });

  test('usage errors exit 64, a missing folder 66', async () => {
    assert.equal((await grade('--check', 'x')).code, EXIT_USAGE);
    assert.match((await grade('--lesson', '13', '--check', 'x')).stderr, /invalid argument "13" for "--lesson" flag: must be 1 to 12/);
    assert.match((await grade('--lesson', '1')).stderr, /required flag "--check" not set/);
    assert.equal((await grade('--lesson', '1', '--check', 'x', '--watch')).code, EXIT_USAGE);
    const missing = await grade('--lesson', '1', '--check', 'nope');
    assert.equal(missing.code, EXIT_NOINPUT);
    assert.match(missing.stderr, /nope: no such directory/);
  });

  test('wired into the kube-tutor command line', async () => {
    let stdout = '';
    const code = await mainAsync(['sim', '--lesson', '2', '--check', 'lesson02-done', '--lang', 'en'], { cwd: STUDENTS, stdout: (t) => (stdout += t), stderr: () => undefined });
    assert.equal(code, 0);
    assert.match(stdout, /4 of 4 steps pass/);
  });
});
