import * as vscode from 'vscode';
import { LESSONS, lessonByNumber } from '../../core/tutor/lessons';
import type { Lesson } from '../../core/tutor/lesson';
import { t, type TutorController } from './controller';
import { writeTextFile } from './files';

/** Arguments for tests and links: skip the pickers. `overwrite` answers the "file exists" question. */
export interface OpenLessonArgs {
  readonly lesson?: number;
  readonly folder?: vscode.Uri | string;
  readonly overwrite?: boolean;
}

export interface OpenLessonResult {
  readonly lesson: number;
  readonly folder: string;
  readonly written: string[];
  readonly kept: string[];
}

async function pickLesson(): Promise<Lesson | undefined> {
  const picked = await vscode.window.showQuickPick(
    LESSONS.map((l) => ({ label: `${l.number}. ${t(l.title)}`, detail: t(l.summary), lesson: l })),
    { title: vscode.l10n.t('Kube Tutor: Open Lesson'), placeHolder: vscode.l10n.t('Pick a lesson'), matchOnDetail: true },
  );
  return picked?.lesson;
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: vscode.l10n.t('Use this folder for the lesson'),
  });
  return picked?.[0];
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Kube Tutor: Open Lesson": scaffolds the lesson's files (the seeds' app.js, Dockerfiles,
 * manifests) into a folder the learner picks. An existing file is only replaced after asking.
 */
export async function openLesson(tutor: TutorController, args: OpenLessonArgs = {}): Promise<OpenLessonResult | undefined> {
  const lesson = args.lesson !== undefined ? lessonByNumber(args.lesson) : await pickLesson();
  if (!lesson) {
    if (args.lesson !== undefined) void vscode.window.showErrorMessage(vscode.l10n.t('There is no lesson {0}.', args.lesson));
    return undefined;
  }
  const folder = args.folder !== undefined ? (typeof args.folder === 'string' ? vscode.Uri.file(args.folder) : args.folder) : await pickFolder();
  if (!folder) return undefined;
  const written: string[] = [];
  const kept: string[] = [];
  await vscode.workspace.fs.createDirectory(folder);
  for (const file of lesson.files) {
    const uri = vscode.Uri.joinPath(folder, ...file.path.split('/'));
    if (await exists(uri)) {
      let overwrite = args.overwrite;
      if (overwrite === undefined) {
        const replace = vscode.l10n.t('Replace');
        const answer = await vscode.window.showWarningMessage(
          vscode.l10n.t('{0} already exists in the lesson folder. Replace it with the lesson\'s version?', file.path),
          { modal: true },
          replace,
        );
        overwrite = answer === replace;
      }
      if (!overwrite) {
        kept.push(file.path);
        continue;
      }
    }
    await writeTextFile(uri, file.text);
    written.push(file.path);
  }
  await tutor.setLessonFolder(folder);
  const first = lesson.files[0];
  if (first) await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, ...first.path.split('/')), { preview: false });
  const inWorkspace = vscode.workspace.getWorkspaceFolder(folder) !== undefined;
  const message = vscode.l10n.t('Lesson {0}: {1}. Next: {2}', lesson.number, t(lesson.title), t(lesson.steps[0]!.title));
  if (!inWorkspace) {
    const openFolder = vscode.l10n.t('Open Folder');
    void vscode.window.showInformationMessage(message, openFolder).then((a) => {
      if (a === openFolder) void vscode.commands.executeCommand('vscode.openFolder', folder, { forceNewWindow: false });
    });
  } else {
    void vscode.window.showInformationMessage(message);
  }
  return { lesson: lesson.number, folder: folder.toString(), written, kept };
}
