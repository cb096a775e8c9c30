import * as vscode from 'vscode';
import { LESSONS, lessonById } from '../../core/tutor/lessons';
import { t, type TutorController } from './controller';

/** A lesson (`lesson01`) or one of its steps (`lesson01/run-busybox`): stable ids for reveal. */
export type LessonNode = { readonly kind: 'lesson'; readonly lessonId: string } | { readonly kind: 'step'; readonly lessonId: string; readonly stepId: string };

export const LESSONS_VIEW = 'kubeTutor.lessons';

export class LessonsTreeProvider implements vscode.TreeDataProvider<LessonNode> {
  private readonly emitter = new vscode.EventEmitter<LessonNode | LessonNode[] | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly lessonNodes = new Map(LESSONS.map((l) => [l.id, { kind: 'lesson' as const, lessonId: l.id }]));
  private readonly stepNodes = new Map(
    LESSONS.flatMap((l) => l.steps.map((s) => [`${l.id}/${s.id}`, { kind: 'step' as const, lessonId: l.id, stepId: s.id }] as const)),
  );

  constructor(private readonly tutor: TutorController) {}

  /** Refreshes only the given lessons (and their steps); everything when no ids are given. */
  refresh(lessonIds?: readonly string[]): void {
    if (!lessonIds) this.emitter.fire(undefined);
    else if (lessonIds.length) this.emitter.fire(lessonIds.map((id) => this.lessonNodes.get(id)!));
  }

  node(lessonId: string, stepId?: string): LessonNode | undefined {
    return stepId ? this.stepNodes.get(`${lessonId}/${stepId}`) : this.lessonNodes.get(lessonId);
  }

  getChildren(element?: LessonNode): LessonNode[] {
    if (!element) return [...this.lessonNodes.values()];
    if (element.kind === 'step') return [];
    return lessonById(element.lessonId)!.steps.map((s) => this.stepNodes.get(`${element.lessonId}/${s.id}`)!);
  }

  getParent(element: LessonNode): LessonNode | undefined {
    return element.kind === 'step' ? this.lessonNodes.get(element.lessonId) : undefined;
  }

  getTreeItem(element: LessonNode): vscode.TreeItem {
    const lesson = lessonById(element.lessonId)!;
    const status = this.tutor.status(lesson.id);
    if (element.kind === 'lesson') {
      const item = new vscode.TreeItem(`${lesson.number}. ${t(lesson.title)}`, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = lesson.id;
      item.description = vscode.l10n.t('{0}/{1} done', status.completed, status.total);
      item.tooltip = t(lesson.summary);
      item.contextValue = 'kubeTutor.lesson';
      item.iconPath = new vscode.ThemeIcon(status.completed === status.total ? 'pass-filled' : status.completed > 0 ? 'circle-large-filled' : 'book');
      return item;
    }
    const index = lesson.steps.findIndex((s) => s.id === element.stepId);
    const step = lesson.steps[index]!;
    const st = status.steps[index]!;
    const item = new vscode.TreeItem(`${lesson.number}.${index + 1} ${t(step.title)}`, vscode.TreeItemCollapsibleState.None);
    item.id = `${lesson.id}/${step.id}`;
    item.description = step.command ?? '';
    item.tooltip = st.complete ? vscode.l10n.t('Done') : st.reason;
    item.contextValue = 'kubeTutor.step';
    item.iconPath = new vscode.ThemeIcon(st.complete ? 'pass-filled' : 'circle-large-outline');
    item.command = { command: 'kubeTutor.showStep', title: vscode.l10n.t('Show Step'), arguments: [lesson.id, step.id] };
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
