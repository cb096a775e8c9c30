/**
 * Evaluates lessons against facts and keeps progress. A step counts as done once its check
 * passed (progress is sticky: `docker rm` later does not undo "run the container").
 */
import { evaluateCheck } from './checks';
import type { Facts } from './facts';
import type { Action, Lesson, Step } from './lesson';

export interface StepStatus {
  readonly stepId: string;
  readonly complete: boolean;
  /** Passing right now (as opposed to remembered from earlier). */
  readonly passingNow: boolean;
  /** Why it is not complete, localized; empty when complete. */
  readonly reason: string;
}

export interface LessonStatus {
  readonly lessonId: string;
  readonly steps: readonly StepStatus[];
  readonly completed: number;
  readonly total: number;
  /** First incomplete step, undefined when the lesson is done. */
  readonly next?: Step;
}

export const PROGRESS_VERSION = 1;

export interface Progress {
  readonly version: typeof PROGRESS_VERSION;
  /** lesson id → ids of completed steps, in completion order. */
  readonly completed: Readonly<Record<string, readonly string[]>>;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, completed: {} };
}

/**
 * Reads persisted progress. Anything unreadable starts over (with the reason), so a corrupt
 * globalState never blocks the learner; an unknown future version is not overwritten silently.
 */
export function parseProgress(value: unknown): { progress: Progress; warning?: string } {
  if (value === undefined || value === null) return { progress: emptyProgress() };
  if (typeof value !== 'object' || Array.isArray(value)) return { progress: emptyProgress(), warning: 'progress is not an object' };
  const v = value as { version?: unknown; completed?: unknown };
  if (v.version !== PROGRESS_VERSION)
    return { progress: emptyProgress(), warning: `unsupported progress version ${JSON.stringify(v.version)}` };
  if (typeof v.completed !== 'object' || v.completed === null || Array.isArray(v.completed))
    return { progress: emptyProgress(), warning: 'progress.completed is not an object' };
  const completed: Record<string, string[]> = {};
  for (const [lesson, steps] of Object.entries(v.completed)) {
    if (Array.isArray(steps)) completed[lesson] = steps.filter((s): s is string => typeof s === 'string');
  }
  return { progress: { version: PROGRESS_VERSION, completed } };
}

export function isStepDone(progress: Progress, lessonId: string, stepId: string): boolean {
  return progress.completed[lessonId]?.includes(stepId) ?? false;
}

export function evaluateLesson(lesson: Lesson, facts: Facts, progress: Progress = emptyProgress()): LessonStatus {
  const steps = lesson.steps.map((step): StepStatus => {
    const r = evaluateCheck(step.check, facts);
    const remembered = isStepDone(progress, lesson.id, step.id);
    return { stepId: step.id, complete: r.ok || remembered, passingNow: r.ok, reason: r.ok || remembered ? '' : r.reason };
  });
  const completed = steps.filter((s) => s.complete).length;
  const nextIndex = steps.findIndex((s) => !s.complete);
  return {
    lessonId: lesson.id,
    steps,
    completed,
    total: steps.length,
    ...(nextIndex >= 0 ? { next: lesson.steps[nextIndex]! } : {}),
  };
}

/** Progress with the newly completed steps of `status` recorded; the same object when nothing changed. */
export function recordProgress(progress: Progress, status: LessonStatus): Progress {
  const before = progress.completed[status.lessonId] ?? [];
  const added = status.steps.filter((s) => s.complete && !before.includes(s.stepId)).map((s) => s.stepId);
  if (added.length === 0) return progress;
  return { version: PROGRESS_VERSION, completed: { ...progress.completed, [status.lessonId]: [...before, ...added] } };
}

/** Steps that became complete between two evaluations (to announce them once). */
export function newlyCompleted(before: LessonStatus | undefined, after: LessonStatus): string[] {
  return after.steps.filter((s, i) => s.complete && !(before?.steps[i]?.complete ?? false)).map((s) => s.stepId);
}

/** The first lesson with an incomplete step, in lesson order. */
export function nextLesson(lessons: readonly Lesson[], progress: Progress): Lesson | undefined {
  return lessons.find((l) => l.steps.some((s) => !isStepDone(progress, l.id, s.id)));
}

/** `run` lines with `{externalIP:NAME}` filled in from the facts (left as typed when unknown). */
export function resolveAction(action: Action, facts: Facts): Action {
  if (action.kind !== 'run') return action;
  const line = action.line.replace(/\{externalIP:([a-z0-9-]+)\}/g, (whole, name: string) => {
    return facts.services.find((s) => s.name === name)?.externalIP ?? whole;
  });
  return { kind: 'run', line };
}

/** `run-busybox` → `runBusybox`: safe in context keys and `%nls%` keys. */
export function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Context key the extension sets when a step completes (walkthrough `completionEvents`). */
export function stepContextKey(lessonId: string, stepId: string): string {
  return `kubeTutor.done.${lessonId}.${camel(stepId)}`;
}
