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

  it('offers quick fixes for cross-resource findings: a declared targetPort, the pods of a workload, the ignore annotation', async () => {
    const fixes = async (code: string): Promise<vscode.CodeAction[]> => {
      const d = ours(await waitForDiagnostics(svc, (x) => ours(x).some((y) => codeOf(y) === code))).find((y) => codeOf(y) === code)!;
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', svc, d.range, vscode.CodeActionKind.QuickFix.value);
      return (all ?? []).filter((a) => /targetPort|Select the pods|Ignore K8S03/.test(a.title));
    };
    await write(rc, RC);
    const port = await fixes('K8S031');
    assert.deepEqual(port.map((a) => a.title), ['Use targetPort 8080', 'Ignore K8S031 for this object (kube-tutor.io/ignore)']);
    assert.ok(port[0]!.isPreferred);
    assert.ok(await vscode.workspace.applyEdit(port[0]!.edit!));
    await waitForDiagnostics(svc, (d) => ours(d).length === 0);

    const editor = vscode.window.activeTextEditor!;
    await editor.edit((e) => e.replace(new vscode.Range(6, 9, 6, 14), 'kubai'));
    const select = await fixes('K8S030');
    assert.equal(select[0]!.title, 'Select the pods of ReplicationController "kubia" (app=kubia)');
    assert.ok(await vscode.workspace.applyEdit(select[0]!.edit!));
    await waitForDiagnostics(svc, (d) => ours(d).length === 0);
    assert.match(editor.document.getText(), /selector:\n {4}app: kubia\n/);
  });
});

describe('K8S022: manifest images and the Docker simulator', () => {
  const dir = workspaceFile('simulator-images');
  const pod = vscode.Uri.joinPath(dir, 'pod.yaml');

  before(async () => {
    await vscode.workspace.fs.createDirectory(dir);
    await write(pod, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: kt-never-built:1.0\n');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir, { recursive: true });
  });

  const actionTitles = async (d: vscode.Diagnostic): Promise<string[]> => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', pod, d.range, vscode.CodeActionKind.QuickFix.value);
    return (actions ?? []).map((a) => a.title);
  };

  it('flags an image the simulator never built, offers Build Image, and follows the engine once it is tagged', async () => {
    const doc = await vscode.workspace.openTextDocument(pod);
    await vscode.window.showTextDocument(doc);
    const isK8s022 = (x: vscode.Diagnostic) => codeOf(x) === 'K8S022';
    const [missing] = ours(await waitForDiagnostics(pod, (d) => ours(d).some(isK8s022))).filter(isK8s022);
    assert.equal(missing!.severity, vscode.DiagnosticSeverity.Information);
    assert.deepEqual([missing!.range.start.line, missing!.range.start.character, missing!.range.end.character], [7, 11, 29]);
    assert.match(missing!.message, /neither built nor pushed/);
    assert.ok((await actionTitles(missing!)).includes('Build image "kt-never-built:1.0" (Kube Tutor: Build Image)'));

    assert.equal(await vscode.commands.executeCommand('kubeTutor.runInTerminal', 'docker pull busybox && docker tag busybox kt-never-built:1.0'), true);
    const [built] = ours(await waitForDiagnostics(pod, (d) => ours(d).some((x) => isK8s022(x) && /built but not pushed/.test(x.message)))).filter(isK8s022);
    assert.ok((await actionTitles(built!)).includes('Push image "kt-never-built:1.0" (Kube Tutor: Push Image)'));
  });
});
