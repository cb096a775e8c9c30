import * as vscode from 'vscode';
import { resolveAction } from '../../core/tutor/engine';
import type { Lesson, Step } from '../../core/tutor/lesson';
import { t, type TutorController } from './controller';
import { writeTextFile } from './files';

/** Runs command lines in the tutor terminal; registered by the terminal when it exists. */
export type TerminalRunner = (lines: readonly string[]) => Promise<void>;

export interface ShowMeResult {
  /** Files written or edited, relative to the lesson folder. */
  readonly edited: string[];
  /** Lines sent to the tutor terminal. */
  readonly ran: string[];
  /** Lines the learner must type (no tutor terminal yet): shown and copied to the clipboard. */
  readonly toType: string[];
  readonly commands: string[];
}

/**
 * Performs a step's "show me" actions in order: file edits in the lesson folder, Kube Tutor
 * commands, and command lines — through the tutor terminal when one is registered, otherwise
 * shown to the learner and copied to the clipboard (never silently dropped).
 */
export class ShowMe {
  private terminal: TerminalRunner | undefined;

  constructor(private readonly tutor: TutorController) {}

  /** Registers where "show me" types its lines; disposing restores the runner registered before. */
  setTerminalRunner(runner: TerminalRunner | undefined): vscode.Disposable {
    const previous = this.terminal;
    this.terminal = runner;
    return {
      dispose: () => {
        if (this.terminal === runner) this.terminal = previous;
      },
    };
  }

  async run(lesson: Lesson, step: Step): Promise<ShowMeResult | undefined> {
    const result: ShowMeResult = { edited: [], ran: [], toType: [], commands: [] };
    const needsFolder = step.showMe.some((a) => a.kind === 'write' || a.kind === 'replace');
    const folder = this.tutor.lessonFolder;
    if (needsFolder && !folder) {
      const open = vscode.l10n.t('Open Lesson');
      const answer = await vscode.window.showWarningMessage(vscode.l10n.t('This step edits the lesson files: open lesson {0} first.', lesson.number), open);
      if (answer === open) await vscode.commands.executeCommand('kubeTutor.openLesson', { lesson: lesson.number });
      return undefined;
    }
    for (const raw of step.showMe) {
      const action = resolveAction(raw, this.tutor.facts());
      switch (action.kind) {
        case 'write': {
          await writeTextFile(vscode.Uri.joinPath(folder!, ...action.path.split('/')), action.text);
          result.edited.push(action.path);
          break;
        }
        case 'replace': {
          const uri = vscode.Uri.joinPath(folder!, ...action.path.split('/'));
          let doc: vscode.TextDocument;
          try {
            doc = await vscode.workspace.openTextDocument(uri);
          } catch {
            void vscode.window.showErrorMessage(vscode.l10n.t('{0} is missing from the lesson folder: open the lesson again to restore it.', action.path));
            return result;
          }
          const offset = doc.getText().indexOf(action.find);
          if (offset < 0) {
            void vscode.window.showInformationMessage(vscode.l10n.t('{0} no longer contains {1}: nothing to change.', action.path, action.find));
            break;
          }
          const edit = new vscode.WorkspaceEdit();
          edit.replace(uri, new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + action.find.length)), action.replace);
          await vscode.workspace.applyEdit(edit);
          await doc.save();
          await vscode.window.showTextDocument(doc, { preview: false });
          result.edited.push(action.path);
          break;
        }
        case 'vscode':
          await vscode.commands.executeCommand(action.command);
          result.commands.push(action.command);
          break;
        case 'run':
          if (/\{externalIP:/.test(action.line)) {
            // The load balancer has no address yet: typing the placeholder would only fail.
            void vscode.window.showWarningMessage(
              vscode.l10n.t('The service has no EXTERNAL-IP yet (<pending>): run `kubectl get services` until it shows one, then try again.'),
            );
            break;
          }
          if (this.terminal) {
            await this.terminal([action.line]);
            result.ran.push(action.line);
          } else {
            result.toType.push(action.line);
          }
          break;
      }
    }
    if (result.toType.length) {
      await vscode.env.clipboard.writeText(result.toType.join('\n'));
      void vscode.window.showInformationMessage(
        vscode.l10n.t('{0} — the Kube Tutor terminal is not available yet, so type these commands (copied to the clipboard): {1}', t(step.title), result.toType.join('  ⏎  ')),
      );
    }
    await this.tutor.refresh();
    return result;
  }
}
