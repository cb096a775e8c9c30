import * as vscode from 'vscode';
import { lessonById } from '../../core/tutor/lessons';
import type { Lesson, Step } from '../../core/tutor/lesson';
import { t, TutorController } from './controller';
import { Explainer } from './explain';
import { openLesson, type OpenLessonArgs } from './openLesson';
import { ShowMe } from './showMe';
import { LESSONS_VIEW, LessonsTreeProvider, type LessonNode } from './tree';

export interface Tutor {
  readonly controller: TutorController;
  readonly showMe: ShowMe;
  readonly tree: LessonsTreeProvider;
  readonly view: vscode.TreeView<LessonNode>;
  readonly explainer: Explainer;
}

/** `(lessonId, stepId)` from links and tree commands, or the tree node from inline menus. */
function resolveStep(a: unknown, b: unknown): { lesson: Lesson; step: Step } | undefined {
  const [lessonId, stepId] = typeof a === 'object' && a !== null ? [(a as LessonNode).lessonId, (a as { stepId?: string }).stepId] : [a, b];
  const lesson = typeof lessonId === 'string' ? lessonById(lessonId) : undefined;
  const step = lesson?.steps.find((s) => s.id === stepId);
  if (!lesson || !step) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Unknown lesson step: {0}', `${String(lessonId)}/${String(stepId)}`));
    return undefined;
  }
  return { lesson, step };
}

export function registerTutor(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Tutor {
  const controller = new TutorController(context.globalState, log);
  const showMe = new ShowMe(controller);
  const tree = new LessonsTreeProvider(controller);
  const explainer = new Explainer();
  const view = vscode.window.createTreeView(LESSONS_VIEW, { treeDataProvider: tree, showCollapseAll: true });

  const showHint = (lesson: Lesson, step: Step): void => {
    const st = controller.status(lesson.id).steps.find((s) => s.stepId === step.id)!;
    const text = st.complete ? t(step.hint) : `${t(step.hint)} — ${st.reason}`;
    void vscode.window.showInformationMessage(text);
  };

  context.subscriptions.push(
    controller,
    tree,
    view,
    controller.onDidChange((lessonIds) => tree.refresh(lessonIds)),
    controller.onDidCompleteStep(({ lesson, step }) => {
      const next = controller.status(lesson.id).next;
      void vscode.window.showInformationMessage(
        next
          ? vscode.l10n.t('✓ {0}. Next: {1}', t(step.title), t(next.title))
          : vscode.l10n.t('✓ {0}. Lesson {1} is complete!', t(step.title), lesson.number),
      );
    }),
    vscode.commands.registerCommand('kubeTutor.openLesson', (arg?: OpenLessonArgs | LessonNode) => {
      const args: OpenLessonArgs =
        arg && 'lessonId' in arg ? { lesson: lessonById(arg.lessonId)!.number } : (arg ?? {});
      return openLesson(controller, args);
    }),
    vscode.commands.registerCommand('kubeTutor.showMe', (a: unknown, b: unknown) => {
      const r = resolveStep(a, b);
      return r ? showMe.run(r.lesson, r.step) : undefined;
    }),
    vscode.commands.registerCommand('kubeTutor.showHint', (a: unknown, b: unknown) => {
      const r = resolveStep(a, b);
      if (r) showHint(r.lesson, r.step);
    }),
    vscode.commands.registerCommand('kubeTutor.showStep', async (a: unknown, b: unknown) => {
      const r = resolveStep(a, b);
      if (!r) return;
      const show = vscode.l10n.t('Show Me');
      const hint = vscode.l10n.t('Hint');
      const detail = [t(r.step.explanation), r.step.command ? `\n$ ${r.step.command}` : ''].join('');
      const answer = await vscode.window.showInformationMessage(t(r.step.title), { modal: true, detail }, show, hint);
      if (answer === show) await showMe.run(r.lesson, r.step);
      else if (answer === hint) showHint(r.lesson, r.step);
    }),
    vscode.commands.registerCommand('kubeTutor.resetProgress', async () => {
      const reset = vscode.l10n.t('Reset');
      const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Forget the progress of every Kube Tutor lesson?'), { modal: true }, reset);
      if (answer === reset) await controller.resetProgress();
    }),
    explainer,
    vscode.commands.registerCommand('kubeTutor.explain', (code?: string) => explainer.explain(typeof code === 'string' ? code : undefined)),
  );
  return { controller, showMe, tree, view, explainer };
}
