import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, ours, waitForDiagnostics, workspaceFile } from './helpers';

const RC = `apiVersion: v1
kind: ReplicationController
metadata:
  name: kubia
spec:
  replicas: 3
  selector:
    app: kubia
  template:
    metadata:
      labels:
        app: kubia
    spec:
      containers:
      - name: kubia
        image: luksa/kubia:1.0
        ports:
        - containerPort: 8080
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: kubia
spec:
  selector:
    app: kubia
  ports:
  - port: 80
    targetPort: 9090
`;

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

describe('Cross-resource findings in the editor (folder scope)', () => {
  const dir = workspaceFile('cross-folder');
  const rc = vscode.Uri.joinPath(dir, 'kubia-rc.yaml');
  const svc = vscode.Uri.joinPath(dir, 'kubia-svc.yaml');

  before(async () => {
    await vscode.workspace.fs.createDirectory(dir);
    await write(rc, RC);
    await write(svc, SERVICE);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir, { recursive: true });
  });

  it('judges an open Service against the pods of a file that is not open, with related information', async () => {
    const doc = await vscode.workspace.openTextDocument(svc);
    await vscode.window.showTextDocument(doc);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === rc.toString()), 'the RC file is not open');
    const found = ours(await waitForDiagnostics(svc, (d) => ours(d).some((x) => codeOf(x) === 'K8S031')));
    const d = found.find((x) => codeOf(x) === 'K8S031')!;
    assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.character], [9, 16, 20], 'on the targetPort value');
    assert.match(d.message, /targetPort 9090 is not a containerPort of the selected pods \(they declare 8080\)/);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    const related = d.relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.equal(related[0]!.location.uri.toString(), rc.toString());
    assert.equal(related[0]!.location.range.start.line, 11, 'points at the template labels of the RC');
  });

  it('re-checks the folder when a file that is not open changes on disk, and when one is deleted', async () => {
    await write(rc, RC.replace('containerPort: 8080', 'containerPort: 9090'));
    await waitForDiagnostics(svc, (d) => !ours(d).some((x) => codeOf(x) === 'K8S031'));
    await vscode.workspace.fs.delete(rc);
    const dangling = ours(await waitForDiagnostics(svc, (d) => ours(d).some((x) => codeOf(x) === 'K8S030')));
    assert.match(dangling.find((x) => codeOf(x) === 'K8S030')!.message, /no pod or pod template in this folder/);
  });

  it('honours kubeTutor.manifest.rules for cross-resource findings', async () => {
    const config = vscode.workspace.getConfiguration('kubeTutor.manifest');
    await config.update('rules', { 'dangling-service': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(svc, (d) => !ours(d).some((x) => codeOf(x) === 'K8S030'));
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(svc, (d) => ours(d).some((x) => codeOf(x) === 'K8S030'));
  });
});
