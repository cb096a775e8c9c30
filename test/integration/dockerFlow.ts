/**
 * Extension-host check of issue 6's proof: on the kubia workspace, Build Image from the
 * palette, Run Container, then `curl` typed in the Kube Tutor terminal — answered the way the
 * seed's app.js really answers (it crashes: `reponse` is undefined). Runs inside a real
 * VS Code extension host (code-server, see ../shared/E2E.md); exports `run()`.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { KubeTutorApi } from '../../src/extension/extension';

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function buildRunRequest(): Promise<void> {
  const extension = vscode.extensions.getExtension<KubeTutorApi>('kube-tutor.kube-tutor');
  assert.ok(extension, 'the extension is installed');
  const api = await extension.activate();
  await api.docker.reset();
  const commands = await vscode.commands.getCommands(true);
  for (const id of ['kubeTutor.buildImage', 'kubeTutor.runContainer', 'kubeTutor.openTerminal', 'kubeTutor.pushImage', 'kubeTutor.resetSimulator']) {
    assert.ok(commands.includes(id), `${id} is registered`);
  }
  const [folder] = vscode.workspace.workspaceFolders ?? [];
  assert.ok(folder, 'a workspace folder is open');
  const dockerfile = vscode.Uri.joinPath(folder.uri, 'Dockerfile');

  await vscode.commands.executeCommand('kubeTutor.buildImage', dockerfile, { tag: 'kubia' });
  await until(() => !!api.docker.engine.findImage('kubia'), 'the kubia image');
  assert.ok(vscode.window.terminals.some((t) => t.name === 'Kube Tutor'), 'the build ran in the Kube Tutor terminal');

  await vscode.commands.executeCommand('kubeTutor.runContainer', { id: 'image:kubia:latest', kind: 'image', ref: 'kubia:latest' }, { name: 'kubia-container', ports: '8080:8080' });
  await until(() => api.docker.engine.findContainer('kubia-container')?.state === 'running', 'the running container');

  // `curl` typed in the Kube Tutor terminal: the seed's app.js crashes on the first request,
  // so curl gets an empty reply (exit 52), as with real node.
  const curl = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error('curl never finished in the terminal'));
    }, 20_000);
    const sub = api.docker.onDidRunCommand(({ line, exitCode }) => {
      if (line !== 'curl localhost:8080') return;
      clearTimeout(timer);
      sub.dispose();
      resolve(exitCode);
    });
  });
  assert.equal(await vscode.commands.executeCommand('kubeTutor.runInTerminal', 'curl localhost:8080'), true);
  assert.equal(await curl, 52, 'curl: (52) Empty reply from server');
  const answer = api.docker.network.request({ host: 'localhost', port: 8080, path: '/', method: 'GET' });
  assert.equal(answer.ok, false, 'the crashed container no longer answers');
  const container = api.docker.engine.findContainer('kubia-container')!;
  assert.equal(container.state, 'exited');
  assert.ok(container.logs.some((l) => l.text === 'ReferenceError: reponse is not defined'));
}
