import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, ours, waitForDiagnostics, workspaceFile } from './helpers';
import type { KubeTutorApi } from '../../src/extension/extension';
import type { OpenLessonResult } from '../../src/extension/tutor/openLesson';
import type { ShowMeResult } from '../../src/extension/tutor/showMe';

/** Resolves when the tutor's evaluation satisfies `predicate` (event-driven, no sleeps). */
function waitForTutor(api: KubeTutorApi, predicate: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const { controller } = api.tutor;
  return new Promise((resolve, reject) => {
    if (predicate()) return resolve();
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const sub = controller.onDidChange(() => {
      if (!predicate()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('Kube Tutor lessons in the extension host', () => {
  let api: KubeTutorApi;
  before(async () => {
    api = await vscode.extensions.getExtension<KubeTutorApi>(EXTENSION_ID)!.activate();
    // Other suites ran the simulator (kubia built, busybox pulled): start these lessons from scratch.
    await api.docker.reset();
    await waitForTutor(api, () => api.tutor.controller.facts().images.length === 0, 'the simulator facts to clear');
    await api.tutor.controller.resetProgress();
  });

  it('contributes walkthroughs for lessons 1–4, each step completing on a context key, and opens them', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { walkthroughs: Array<{ id: string; steps: Array<{ completionEvents: string[] }> }> } };
    assert.deepEqual(pkg.contributes.walkthroughs.map((w) => w.id), ['kubeTutor.lesson01', 'kubeTutor.lesson02', 'kubeTutor.lesson03', 'kubeTutor.lesson04']);
    assert.ok(pkg.contributes.walkthroughs.every((w) => w.steps.every((s) => s.completionEvents[0]!.startsWith('onContext:kubeTutor.done.'))));
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#kubeTutor.lesson01`, false);
  });

  it('a diagnostic code links to its tutor explanation: the workbench opens the link through the extension URI handler', async () => {
    const uri = workspaceFile('Dockerfile');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const d = ours(await waitForDiagnostics(uri, (ds) => ours(ds).some((x) => codeOf(x) === 'DF002'))).find((x) => codeOf(x) === 'DF002')!;
    assert.ok(typeof d.code === 'object', 'the code is a link');
    const target = d.code.target;
    assert.equal(target.scheme, vscode.env.uriScheme);
    assert.equal(target.authority, EXTENSION_ID);
    assert.equal(target.path, '/explain');
    const explained = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the explanation did not open')), 10_000);
      const sub = api.tutor.explainer.onDidExplain((code) => {
        clearTimeout(timer);
        sub.dispose();
        resolve(code);
      });
    });
    // What the Problems panel and the hover do with a code link: open it in the workbench.
    await vscode.commands.executeCommand('vscode.open', target);
    assert.equal(await explained, 'DF002');
  });

  it('shows the 12 lessons in the Lessons tree, with stable ids and parents for reveal', async () => {
    const { tree, view } = api.tutor;
    const lessons = tree.getChildren();
    assert.equal(lessons.length, 12);
    const item = tree.getTreeItem(lessons[1]!);
    assert.equal(item.id, 'lesson02');
    assert.match(String(item.label), /^2\. (Build the kubia image|kubia 이미지 만들기)$/);
    const steps = tree.getChildren(lessons[1]);
    assert.equal(steps.length, 4);
    assert.equal(tree.getTreeItem(steps[0]!).id, 'lesson02/fix-app');
    assert.equal(tree.getParent(steps[0]!), lessons[1]);
    await view.reveal(steps[0]!, { select: true, focus: false, expand: true });
  });

  it('Open Lesson scaffolds the seed files into the picked folder and never overwrites without asking', async () => {
    const folder = workspaceFile('lesson02');
    const first = await vscode.commands.executeCommand<OpenLessonResult>('kubeTutor.openLesson', { lesson: 2, folder });
    assert.deepEqual(first.written, ['app.js', 'Dockerfile']);
    assert.match(await read(vscode.Uri.joinPath(folder, 'app.js')), /\treponse\.end\("You've hit "/);
    assert.match(await read(vscode.Uri.joinPath(folder, 'Dockerfile')), /^FROM node:7 # /);
    // The learner edits app.js, then opens the lesson again and answers "keep".
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'app.js'), new TextEncoder().encode('// mine\n'));
    const again = await vscode.commands.executeCommand<OpenLessonResult>('kubeTutor.openLesson', { lesson: 2, folder, overwrite: false });
    assert.deepEqual([again.written, again.kept], [[], ['app.js', 'Dockerfile']]);
    assert.equal(await read(vscode.Uri.joinPath(folder, 'app.js')), '// mine\n');
    await vscode.commands.executeCommand('kubeTutor.openLesson', { lesson: 2, folder, overwrite: true });
    assert.equal(api.tutor.controller.lessonFolder?.toString(), folder.toString());
  });

  it('"Show me" fixes the reponse typo in the lesson folder and the step completes; the tree shows the progress', async () => {
    const status = () => api.tutor.controller.status('lesson02');
    assert.equal(status().steps[0]!.complete, false);
    const result = await vscode.commands.executeCommand<ShowMeResult>('kubeTutor.showMe', 'lesson02', 'fix-app');
    assert.deepEqual(result.edited, ['app.js']);
    await waitForTutor(api, () => status().steps[0]!.complete, 'lesson02/fix-app to complete');
    assert.doesNotMatch(await read(workspaceFile('lesson02/app.js')), /reponse/);
    // Other steps may already hold from earlier suites' simulator state (an image kubia built).
    const done = status().steps.filter((step) => step.complete).length;
    const item = api.tutor.tree.getTreeItem(api.tutor.tree.node('lesson02')!);
    assert.match(String(item.description), new RegExp(`^${done}/4`));
  });

  it('"Show me" of a terminal step types it in the Kube Tutor terminal, and the simulator completes the step', async () => {
    const { controller } = api.tutor;
    assert.equal(controller.status('lesson01').steps[0]!.complete, false);
    const result = await vscode.commands.executeCommand<ShowMeResult>('kubeTutor.showMe', 'lesson01', 'run-busybox');
    assert.deepEqual([result.ran, result.toType], [['docker run busybox echo "Hello world"'], []]);
    await waitForTutor(api, () => controller.status('lesson01').steps[0]!.complete, 'lesson01/run-busybox to complete');
    assert.ok(controller.facts().images.some((i) => i.repository === 'busybox'), 'busybox was pulled by the simulator');
    assert.equal(controller.status('lesson01').next?.id, 'list-containers');
  });

  it('without a terminal runner, "Show me" copies the command to type', async () => {
    const registration = api.tutor.showMe.setTerminalRunner(undefined);
    try {
      const result = await vscode.commands.executeCommand<ShowMeResult>('kubeTutor.showMe', 'lesson01', 'list-images');
      assert.equal(result.toType.length, 1);
      assert.equal(await vscode.env.clipboard.readText(), result.toType[0]);
    } finally {
      registration.dispose();
    }
  });

  it('a terminal runner, when registered, receives the show-me lines instead of the clipboard', async () => {
    const lines: string[] = [];
    const registration = api.tutor.showMe.setTerminalRunner(async (l) => void lines.push(...l));
    try {
      const result = await vscode.commands.executeCommand<ShowMeResult>('kubeTutor.showMe', 'lesson01', 'list-containers');
      assert.deepEqual([result.ran, result.toType, lines], [['docker ps -a'], [], ['docker ps -a']]);
    } finally {
      registration.dispose();
    }
  });

  it('"Show me" does not type a curl to a pending EXTERNAL-IP, and fills it in once the service has one', async () => {
    const pending = await vscode.commands.executeCommand<ShowMeResult>('kubeTutor.showMe', 'lesson09', 'curl');
    assert.deepEqual([pending.ran, pending.toType], [[], []]);
    await api.tutor.controller.setSimulatorFacts({
      services: [{ name: 'kubia-http', type: 'LoadBalancer', selector: { app: 'kubia' }, externalIP: '104.155.74.57', ports: [{ port: 8080, targetPort: 8080 }] }],
    });
    const ready = await vscode.commands.executeCommand<ShowMeResult>('kubeTutor.showMe', 'lesson09', 'curl');
    assert.deepEqual([...ready.ran, ...ready.toType], ['curl 104.155.74.57:8080']);
  });
});
