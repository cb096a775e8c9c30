import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, ours, waitForDiagnostics, workspaceFile } from './helpers';

const FINDINGS = [
  'FROM node:7',
  'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
  'WORKDIR /app',
  'COPY app.js ./',
  'EXPOSE 8080',
  'ENTRYPOINT node app.js',
  'CMD ["redis-server","--protected-mode no"]',
  '',
].join('\n');

function codes(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return ours(diagnostics).map(codeOf).sort();
}

const sameCodes = (expected: readonly string[]) => (d: readonly vscode.Diagnostic[]) => codes(d).join() === [...expected].sort().join();

/** Names the step of a long scenario whose wait timed out (CI logs show which one). */
async function step<T>(n: number, wait: Promise<T>): Promise<T> {
  try {
    return await wait;
  } catch (error) {
    throw new Error(`step ${n}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Applies the quick fix titled `title` offered for the diagnostic `code`, and waits until the code is gone. */
async function applyFix(uri: vscode.Uri, code: string, title: RegExp): Promise<string> {
  const diagnostic = ours(vscode.languages.getDiagnostics(uri)).find((d) => codeOf(d) === code);
  assert.ok(diagnostic, `${code} is reported`);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action, `a quick fix ${title} for ${code}; offered: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(action.edit, `"${action.title}" carries its edit`);
  assert.equal(action.kind?.value, vscode.CodeActionKind.QuickFix.value);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  await waitForDiagnostics(uri, (d) => !ours(d).some((x) => codeOf(x) === code));
  return action.title;
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

describe('Dockerfile editor: quick fixes, hovers, workspace scan', () => {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  it('applies quick fixes (newer tag, exec form, split argument, ignore pragma) and re-lints to what is left', async () => {
    const uri = workspaceFile('fixes.Dockerfile');
    await writeFile(uri, FINDINGS);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(uri, sameCodes(['DF022', 'DF035', 'DF039', 'DF068', 'DF069']));

    assert.equal(await applyFix(uri, 'DF069', /node:24/), 'Change to node:24');
    assert.equal(doc.lineAt(0).text, 'FROM node:24');
    await applyFix(uri, 'DF022', /\["node", "app.js"\]/);
    assert.equal(doc.lineAt(5).text, 'ENTRYPOINT ["node", "app.js"]');
    await applyFix(uri, 'DF068', /Split/);
    assert.equal(doc.lineAt(6).text, 'CMD ["redis-server","--protected-mode", "no"]');
    await applyFix(uri, 'DF035', /Ignore DF035/);
    assert.equal(doc.lineAt(1).text, '# kube-tutor ignore=DF035');

    // Only the finding nobody fixed is left, still on its word after the inserted pragma line.
    const left = ours(await waitForDiagnostics(uri, sameCodes(['DF039'])));
    assert.deepEqual([left[0]!.range.start.line, doc.getText(left[0]!.range)], [2, 'apt-get install -y curl']);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('hovers an instruction with a localized explanation and example, and a finding with why, fix and the rule page', async () => {
    const uri = workspaceFile('hover.Dockerfile');
    await writeFile(uri, FINDINGS);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const diagnostics = await waitForDiagnostics(uri, (d) => ours(d).some((x) => codeOf(x) === 'DF039'));

    const onWorkdir = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(2, 3)));
    assert.match(onWorkdir, /\*\*WORKDIR\*\*/);
    assert.match(onWorkdir, /Sets the working directory|작업 디렉터리/);
    assert.match(onWorkdir, /```dockerfile\s+WORKDIR \/app/);

    const d = ours(diagnostics).find((x) => codeOf(x) === 'DF039')!;
    const onFinding = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, d.range.start.translate(0, 3)));
    assert.match(onFinding, /\*\*DF039\*\* \(DL3015\)/);
    assert.match(onFinding, /\*\*(Why it matters|왜 중요한가요)/);
    assert.match(onFinding, /recommended|추천/);
    assert.match(onFinding, /\*\*(How to fix|고치는 방법)/);
    assert.match(onFinding, /--no-install-recommends/);
    assert.match(onFinding, /\]\([^)]*docs\/rules\/DF039\.md\)/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('shows the diagnostics of a Dockerfile that was never opened, and clears them when it is deleted', async () => {
    const uri = workspaceFile('scanned/Dockerfile');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()));
    await writeFile(uri, 'FROM node:latest\nCMD node app.js\n');
    // Created on disk, never opened: the workspace watcher and scan report it.
    await step(1, waitForDiagnostics(uri, sameCodes(['DF002', 'DF022', 'DF066'])));
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the scan does not open documents');
    // Opening it hands over to the open document: the same findings, not twice; typing re-lints
    // the buffer; closing without saving goes back to the file on disk.
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    assert.deepEqual(codes(vscode.languages.getDiagnostics(uri)), ['DF002', 'DF022', 'DF066']);
    await editor.edit((e) => e.replace(new vscode.Range(0, 10, 0, 16), '24'));
    await step(2, waitForDiagnostics(uri, sameCodes(['DF022', 'DF066'])));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await step(3, waitForDiagnostics(uri, sameCodes(['DF002', 'DF022', 'DF066'])));
    await writeFile(uri, 'FROM node:24\nCMD ["node", "--version"]\n');
    await step(4, waitForDiagnostics(uri, (d) => ours(d).length === 0));
    await writeFile(uri, 'FROM node:latest\n');
    await step(5, waitForDiagnostics(uri, sameCodes(['DF002'])));
    await vscode.workspace.fs.delete(uri);
    await step(6, waitForDiagnostics(uri, (d) => ours(d).length === 0));

    // Deleting a folder clears the Dockerfiles inside it (the watcher may report only the folder).
    const nested = workspaceFile('scanned/api/Dockerfile');
    await writeFile(nested, 'FROM node:latest\n');
    await step(7, waitForDiagnostics(nested, sameCodes(['DF002'])));
    await vscode.workspace.fs.delete(workspaceFile('scanned'), { recursive: true });
    await step(8, waitForDiagnostics(nested, (d) => ours(d).length === 0));
  });

  it('the scan honours files.exclude, and kubeTutor.validation.workspaceScan turns it off and on', async () => {
    const files = vscode.workspace.getConfiguration('files');
    const validation = vscode.workspace.getConfiguration('kubeTutor.validation');
    await files.update('exclude', { '**/excluded': true }, vscode.ConfigurationTarget.Global);
    const excluded = workspaceFile('excluded/Dockerfile');
    const included = workspaceFile('included/Dockerfile');
    try {
      // The excluded file is written first: the search that finds the included one sees it too.
      await writeFile(excluded, 'FROM node:latest\n');
      await writeFile(included, 'FROM node:latest\n');
      await waitForDiagnostics(included, sameCodes(['DF002']));
      assert.deepEqual(codes(vscode.languages.getDiagnostics(excluded)), [], 'files.exclude is honoured');

      await validation.update('workspaceScan', false, vscode.ConfigurationTarget.Global);
      await waitForDiagnostics(included, (d) => ours(d).length === 0);
      await validation.update('workspaceScan', undefined, vscode.ConfigurationTarget.Global);
      await waitForDiagnostics(included, sameCodes(['DF002']));
    } finally {
      await validation.update('workspaceScan', undefined, vscode.ConfigurationTarget.Global);
      await files.update('exclude', undefined, vscode.ConfigurationTarget.Global);
      for (const dir of ['excluded', 'included']) await vscode.workspace.fs.delete(workspaceFile(dir), { recursive: true });
    }
  });
});
