import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  emptyProgress,
  evaluateLesson,
  newlyCompleted,
  nextLesson,
  parseProgress,
  recordProgress,
  resolveAction,
  stepContextKey,
} from '../../../src/core/tutor/engine';
import { emptyFacts } from '../../../src/core/tutor/facts';
import { LESSONS } from '../../../src/core/tutor/lessons';
import { lesson03 } from '../../../src/core/tutor/lessons/lesson03';

const running = { ...emptyFacts(), containers: [{ name: 'kubia-container', image: 'kubia', state: 'running' as const, ports: [] }] };

describe('lesson evaluation and progress', () => {
  test('a step is complete when its check passes; next is the first incomplete step with its reason', () => {
    const s = evaluateLesson(lesson03, running);
    assert.deepEqual(s.steps.map((x) => x.complete), [true, false, false, false, false, false]);
    assert.equal(s.next?.id, 'curl');
    assert.match(s.steps[1]!.reason, /curl localhost:8080/);
  });

  test('progress is sticky: removing the container later does not undo "run"', () => {
    const p = recordProgress(emptyProgress(), evaluateLesson(lesson03, running));
    assert.deepEqual(p.completed.lesson03, ['run']);
    const later = evaluateLesson(lesson03, emptyFacts(), p);
    assert.equal(later.steps[0]!.complete, true);
    assert.equal(later.steps[0]!.passingNow, false);
    assert.equal(recordProgress(p, later), p, 'unchanged progress is the same object');
  });

  test('newlyCompleted lists only transitions', () => {
    const before = evaluateLesson(lesson03, emptyFacts());
    const after = evaluateLesson(lesson03, running);
    assert.deepEqual(newlyCompleted(before, after), ['run']);
    assert.deepEqual(newlyCompleted(after, after), []);
  });

  test('progress JSON round-trips; corrupt or future versions start over with a warning', () => {
    const p = recordProgress(emptyProgress(), evaluateLesson(lesson03, running));
    assert.deepEqual(parseProgress(JSON.parse(JSON.stringify(p))), { progress: p });
    assert.deepEqual(parseProgress(undefined), { progress: emptyProgress() });
    assert.match(parseProgress({ version: 2, completed: {} }).warning!, /unsupported progress version 2/);
    assert.match(parseProgress('x').warning!, /not an object/);
    assert.deepEqual(parseProgress({ version: 1, completed: { lesson01: ['a', 3] } }).progress.completed, { lesson01: ['a'] });
  });

  test('nextLesson is the first lesson with an incomplete step', () => {
    assert.equal(nextLesson(LESSONS, emptyProgress())?.number, 1);
    const done = { version: 1 as const, completed: { lesson01: LESSONS[0]!.steps.map((s) => s.id) } };
    assert.equal(nextLesson(LESSONS, done)?.number, 2);
  });

  test('show-me lines get the external IP filled in, or stay as typed while pending', () => {
    const action = { kind: 'run' as const, line: 'curl {externalIP:kubia-http}:8080' };
    assert.deepEqual(resolveAction(action, emptyFacts()), action);
    const facts = { ...emptyFacts(), services: [{ name: 'kubia-http', type: 'LoadBalancer' as const, selector: {}, externalIP: '10.0.0.1', ports: [] }] };
    assert.deepEqual(resolveAction(action, facts), { kind: 'run', line: 'curl 10.0.0.1:8080' });
  });

  test('context keys are stable', () => {
    assert.equal(stepContextKey('lesson01', 'run-busybox'), 'kubeTutor.done.lesson01.runBusybox');
  });
});

describe('recorded commands and workspace facts', () => {
  test('recorded commands: "$ " lines of a transcript with their [exit N], every non-comment line of a script', async () => {
    const { recordedCommands } = await import('../../../src/cli/teacher');
    const { workspaceFacts } = await import('../../../src/core/tutor/workspace');
    const r = recordedCommands('[exit 3]\n$ docker run busybox echo "Hello world"\nHello world\n$ kubectl run kubia --generator=run/v1\nError: unknown flag: --generator\n[exit 1]\n', 'transcript');
    assert.deepEqual(r.commands, [
      { line: 'docker run busybox echo "Hello world"', at: 2 },
      { line: 'kubectl run kubia --generator=run/v1', at: 4, recordedExitCode: 1 },
    ]);
    assert.deepEqual(r.problems, ['1: [exit N] before any command']);
    const script = recordedCommands('# lesson 1\n\ndocker run busybox echo hi\n$ docker ps -a\ncurl "x\n', 'script');
    assert.deepEqual(script.commands, [{ line: 'docker run busybox echo hi', at: 3 }, { line: 'docker ps -a', at: 4 }]);
    assert.match(script.problems[0]!, /^5: unexpected EOF/);
    const w = workspaceFacts({ Dockerfile: 'FROM node:latest\n', 'k.yaml': 'kind: Pod\nmetadata: [\n', 'app.js': '' });
    assert.deepEqual(w.diagnostics, { Dockerfile: [{ code: 'DF002', severity: 'warning' }], 'k.yaml': [{ code: 'YAML001', severity: 'error' }] });
  });
});
