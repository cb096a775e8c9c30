import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, ours, waitForDiagnostics, waitForTopologyTabs, workspaceFile } from './helpers';

interface Api {
  readonly activationMs: number;
}

describe('Kube Tutor in a VS Code extension host', () => {
  it('runs in a real VS Code 1.90+ and activates quickly, logging its activation time', async () => {
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(ext, 'extension is installed');
    const api = await ext.activate();
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.ok(major! > 1 || minor! >= 90, vscode.version);
    console.log(`Kube Tutor activated in ${api.activationMs} ms (VS Code ${vscode.version}, uiKind ${vscode.env.uiKind})`);
    // The budget is 100 ms (logged above, tracked in the closing notes); this only catches a
    // pathological regression on a loaded CI machine.
    assert.ok(api.activationMs < 1000, `activation took ${api.activationMs} ms`);
  });

  it('warns about FROM node:latest in an opened Dockerfile, on the tag, with code and alias', async () => {
    const uri = workspaceFile('Dockerfile');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.languageId, 'dockerfile');
    await vscode.window.showTextDocument(doc);
    const diagnostics = ours(await waitForDiagnostics(uri, (d) => ours(d).some((x) => codeOf(x) === 'DF002')));
    const d = diagnostics.find((x) => codeOf(x) === 'DF002');
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d!.source ?? '', /DL3007/);
    assert.deepEqual([d!.range.start.line, d!.range.start.character, d!.range.end.character], [0, 10, 16]);
    assert.ok(typeof d!.code === 'object' && d!.code.target.toString().includes('DF002'), 'code links to the rule docs');
  });

  it('re-validates as the learner types (debounced) and clears the warning once the tag is pinned', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM ubuntu:24.04\n' });
    const editor = await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (d) => ours(d).length === 0);
    await editor.edit((e) => e.replace(new vscode.Range(0, 5, 0, 17), 'ubuntu'));
    const untagged = ours(await waitForDiagnostics(doc.uri, (d) => ours(d).length === 1));
    assert.equal(codeOf(untagged[0]!), 'DF001');
    await editor.edit((e) => e.insert(new vscode.Position(0, 11), ':24.04'));
    await waitForDiagnostics(doc.uri, (d) => ours(d).length === 0);
  });

  it('leaves a clean Dockerfile alone', async () => {
    const uri = workspaceFile('pinned.Dockerfile');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'dockerfile', '*.Dockerfile is a Dockerfile');
    await waitForDiagnostics(uri, (d) => ours(d).length === 0);
  });

  it('reports a YAML syntax error at its place', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'kind: Pod\nmetadata: [\n' });
    const [d] = ours(await waitForDiagnostics(doc.uri, (x) => ours(x).length > 0));
    assert.equal(codeOf(d!), 'YAML001');
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Error);
  });

  it('"Kube Tutor: Show Cluster Topology" is in the palette and opens the topology webview panel', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('kubeTutor.showTopology'));
    assert.equal(await vscode.commands.executeCommand('kubeTutor.showTopology'), true);
    const [tab] = await waitForTopologyTabs(1);
    assert.match(tab!.label, /Topology|토폴로지/);
    // Running it again reveals the same panel instead of opening a second one.
    await vscode.commands.executeCommand('kubeTutor.showTopology');
    assert.equal((await waitForTopologyTabs(1)).length, 1);
  });

  it('turning validation off clears the diagnostics', async () => {
    const uri = workspaceFile('Dockerfile');
    await waitForDiagnostics(uri, (d) => ours(d).length > 0);
    const config = vscode.workspace.getConfiguration('kubeTutor.validation');
    await config.update('enable', false, vscode.ConfigurationTarget.Global);
    try {
      await waitForDiagnostics(uri, (d) => ours(d).length === 0);
    } finally {
      await config.update('enable', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(uri, (d) => ours(d).length > 0);
  });
});
