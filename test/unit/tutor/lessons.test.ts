import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateCheck } from '../../../src/core/tutor/checks';
import { emptyProgress, evaluateLesson, recordProgress, type Progress } from '../../../src/core/tutor/engine';
import { LESSONS } from '../../../src/core/tutor/lessons';
import { FakeWorld } from './fakeWorld';

/**
 * Replays every lesson's "show me" actions, lesson 1 to 12, in one world (later lessons use
 * the image, cluster and RC of earlier ones), scaffolding each lesson's files first as
 * "Open Lesson" does. The world is a test fake until the simulator exists (see fakeWorld.ts).
 */
describe('replaying the show-me actions completes every step', () => {
  const world = new FakeWorld();
  let progress: Progress = emptyProgress();

  for (const lesson of LESSONS) {
    test(`lesson ${lesson.number}: ${lesson.title.en}`, () => {
      for (const f of lesson.files) world.w.files[f.path] = f.text;
      const before = evaluateLesson(lesson, world.facts, progress);
      // No step is already done before the learner starts the lesson (checks are not trivially true).
      assert.deepEqual(
        before.steps.filter((s) => s.complete).map((s) => s.stepId),
        [],
        'steps complete before the lesson started',
      );
      for (const step of lesson.steps) {
        for (const action of step.showMe) world.perform(action);
        const r = evaluateCheck(step.check, world.facts);
        assert.ok(r.ok, `${lesson.id}/${step.id}: ${r.reason}`);
        progress = recordProgress(progress, evaluateLesson(lesson, world.facts, progress));
      }
      const after = evaluateLesson(lesson, world.facts, progress);
      assert.equal(after.completed, lesson.steps.length);
      assert.equal(after.next, undefined);
    });
  }
});
