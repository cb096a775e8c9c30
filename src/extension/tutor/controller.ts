import * as vscode from 'vscode';
import {
  emptyProgress,
  evaluateLesson,
  newlyCompleted,
  parseProgress,
  recordProgress,
  stepContextKey,
  type LessonStatus,
  type Progress,
} from '../../core/tutor/engine';
import { emptyFacts, type CommandFact, type Facts } from '../../core/tutor/facts';
import { LESSONS, lessonById } from '../../core/tutor/lessons';
import type { Lesson, Step } from '../../core/tutor/lesson';
import { localeOf, pick, type Text } from '../../core/tutor/text';
import { workspaceFacts } from '../../core/tutor/workspace';

const PROGRESS_KEY = 'kubeTutor.progress';
const FOLDER_KEY = 'kubeTutor.lessonFolder';
const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode-test']);
const MAX_FILES = 200;
const MAX_DEPTH = 3;

/** The simulator-owned parts of Facts; the lead's engine/cluster adapters provide them. */
export type { SimulatorFacts } from '../../core/tutor/fromSimulator';
import type { SimulatorFacts } from '../../core/tutor/fromSimulator';

export function t(text: Text): string {
  return pick(text, localeOf(vscode.env.language));
}

/**
 * Owns the learner's progress (globalState), evaluates every lesson against the current
 * facts and turns completed steps into context keys (walkthrough `completionEvents`).
 * Facts: the lesson folder's files (read here), commands reported through `recordCommand`
 * (the tutor terminal) and simulator state pushed with `setSimulatorFacts`.
 */
export class TutorController implements vscode.Disposable {
  private progress: Progress;
  private statuses = new Map<string, LessonStatus>();
  private files: Record<string, string> = {};
  private commands: CommandFact[] = [];
  private simulator: SimulatorFacts = emptyFacts();
  private readonly contextKeys = new Set<string>();
  private watcher: vscode.FileSystemWatcher | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<void> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<readonly string[]>();
  private readonly completed = new vscode.EventEmitter<{ lesson: Lesson; step: Step }>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.completed];
  /** Fires after an evaluation with the ids of the lessons whose status changed. */
  readonly onDidChange = this.changed.event;
  /** Fires once per step when it turns complete. */
  readonly onDidCompleteStep = this.completed.event;

  constructor(
    private readonly state: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const parsed = parseProgress(state.get(PROGRESS_KEY));
    if (parsed.warning) log.warn(`Kube Tutor progress reset: ${parsed.warning}`);
    this.progress = parsed.progress;
    for (const lesson of LESSONS) this.statuses.set(lesson.id, evaluateLesson(lesson, this.facts(), this.progress));
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.inFolder(e.document.uri)) this.schedule();
      }),
    );
    this.watch();
    this.setContextKeys();
    // Files may have changed while the extension was not running.
    if (this.lessonFolder) void this.refresh();
  }

  get lessonFolder(): vscode.Uri | undefined {
    const s = this.state.get<string>(FOLDER_KEY);
    return s ? vscode.Uri.parse(s) : undefined;
  }

  async setLessonFolder(folder: vscode.Uri): Promise<void> {
    await this.state.update(FOLDER_KEY, folder.toString());
    this.watch();
    await this.refresh();
  }

  status(lessonId: string): LessonStatus {
    return this.statuses.get(lessonId)!;
  }

  facts(): Facts {
    return { ...this.simulator, version: 1, commands: this.commands, ...workspaceFacts(this.files) };
  }

  /** Hook for the tutor terminal: a command line the learner ran and its exit status. */
  recordCommand(argv: readonly string[], exitCode: number): Promise<void> {
    this.commands = [...this.commands, { argv: [...argv], exitCode }];
    return this.refresh();
  }

  /** Hook for the simulator adapters: the current engine/registry/cluster state. */
  setSimulatorFacts(facts: Partial<SimulatorFacts>): Promise<void> {
    this.simulator = { ...this.simulator, ...facts };
    return this.refresh();
  }

  async resetProgress(): Promise<void> {
    this.progress = emptyProgress();
    await this.state.update(PROGRESS_KEY, this.progress);
    for (const key of this.contextKeys) void vscode.commands.executeCommand('setContext', key, false);
    this.contextKeys.clear();
    this.statuses.clear();
    await this.refresh();
  }

  /** Re-reads the lesson folder and re-evaluates every lesson (serialised). */
  refresh(): Promise<void> {
    this.refreshing = this.refreshing.then(() => this.doRefresh()).catch((e: unknown) => this.log.error(`Kube Tutor: ${String(e)}`));
    return this.refreshing;
  }

  private async doRefresh(): Promise<void> {
    this.files = await this.readFolder();
    const facts = this.facts();
    const changed: string[] = [];
    for (const lesson of LESSONS) {
      const before = this.statuses.get(lesson.id);
      const after = evaluateLesson(lesson, facts, this.progress);
      if (JSON.stringify(before?.steps) !== JSON.stringify(after.steps)) changed.push(lesson.id);
      this.statuses.set(lesson.id, after);
      this.progress = recordProgress(this.progress, after);
      for (const stepId of newlyCompleted(before, after)) {
        const step = lesson.steps.find((s) => s.id === stepId)!;
        if (before) this.completed.fire({ lesson, step });
      }
    }
    await this.state.update(PROGRESS_KEY, this.progress);
    this.setContextKeys();
    this.changed.fire(changed);
  }

  private setContextKeys(): void {
    for (const [lessonId, status] of this.statuses) {
      for (const s of status.steps) {
        const key = stepContextKey(lessonId, s.stepId);
        if (s.complete && !this.contextKeys.has(key)) {
          this.contextKeys.add(key);
          void vscode.commands.executeCommand('setContext', key, true);
        }
      }
    }
  }

  private inFolder(uri: vscode.Uri): boolean {
    const folder = this.lessonFolder;
    return !!folder && uri.scheme === folder.scheme && uri.path.startsWith(`${folder.path.replace(/\/$/, '')}/`);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 200);
  }

  private watch(): void {
    this.watcher?.dispose();
    const folder = this.lessonFolder;
    if (!folder) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'));
    this.watcher.onDidCreate(() => this.schedule());
    this.watcher.onDidChange(() => this.schedule());
    this.watcher.onDidDelete(() => this.schedule());
  }

  /** Files of the lesson folder; open editors win over the disk (unsaved edits count). */
  private async readFolder(): Promise<Record<string, string>> {
    const folder = this.lessonFolder;
    const out: Record<string, string> = {};
    if (!folder) return out;
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    const decoder = new TextDecoder();
    const walk = async (dir: vscode.Uri, rel: string, depth: number): Promise<void> => {
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(dir);
      } catch {
        return; // the folder was deleted or moved: no files
      }
      for (const [name, type] of entries.sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (Object.keys(out).length >= MAX_FILES) return;
        const uri = vscode.Uri.joinPath(dir, name);
        const path = rel ? `${rel}/${name}` : name;
        if (type === vscode.FileType.Directory) {
          if (!SKIP_DIRS.has(name) && depth < MAX_DEPTH) await walk(uri, path, depth + 1);
        } else if (type === vscode.FileType.File) {
          const doc = open.get(uri.toString());
          out[path] = doc ? doc.getText() : decoder.decode(await vscode.workspace.fs.readFile(uri));
        }
      }
    };
    await walk(folder, '', 0);
    return out;
  }

  lesson(id: string): Lesson | undefined {
    return lessonById(id);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
