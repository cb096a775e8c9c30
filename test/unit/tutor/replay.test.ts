import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateCheck } from '../../../src/core/tutor/checks';
import { emptyProgress, evaluateLesson, recordProgress, type Progress } from '../../../src/core/tutor/engine';
import { LESSONS } from '../../../src/core/tutor/lessons';
import { LessonWorld } from '../../../src/core/tutor/world';

/**
 * Replays every lesson's "show me" actions, lesson 1 to 12, on the real simulator (engine,
 * registry and cluster through the terminal's shell) in one world, scaffolding each lesson's
 * files first as "Open Lesson" does; each step's check must pass from the facts the simulator
 * produces. Between steps the learner reads for a while (`SETTLE` seconds of virtual time).
 */
const SETTLE = 60;

describe('replaying the show-me actions on the simulator completes every step', () => {
  const world = new LessonWorld();
  let progress: Progress = emptyProgress();

  for (const lesson of LESSONS) {
    test(`lesson ${lesson.number}: ${lesson.title.en}`, async () => {
      world.scaffold(lesson);
      const before = evaluateLesson(lesson, world.facts(), progress);
      assert.deepEqual(before.steps.filter((s) => s.complete).map((s) => s.stepId), [], 'steps complete before the lesson started');
      for (const step of lesson.steps) {
        const log: string[] = [];
        for (const action of step.showMe) {
          const r = await world.perform(action);
          if (r) log.push(`$ ${r.line}\n${r.output}[exit ${r.exitCode}]`);
        }
        world.wait(SETTLE);
        const r = evaluateCheck(step.check, world.facts());
        assert.ok(r.ok, `${lesson.id}/${step.id}: ${r.reason}\n${log.join('\n')}`);
        progress = recordProgress(progress, evaluateLesson(lesson, world.facts(), progress));
      }
      assert.equal(world.inSession, false, 'the terminal is back at its prompt');
      const after = evaluateLesson(lesson, world.facts(), progress);
      assert.equal(after.completed, lesson.steps.length);
    });
  }
});
