import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { KubeTutorApi } from '../../src/extension/extension';

/** Resolves when `predicate` holds, checking on every change of the visible editors and every 50 ms. */
function until<T>(what: string, probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      const value = probe();
      if (value !== undefined) {
        clearInterval(timer);
        return resolve(value);
      }
      if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`timed out waiting for ${what}`));
      }
    };
    const timer = setInterval(check, 50);
    check();
  });
}

describe('kubectl edit in the Kube Tutor terminal', () => {
  it('opens the deployment in an editor tab; saving a change scales it, saving an error reopens it with the failure on top', async () => {
    const api = await vscode.extensions.getExtension<KubeTutorApi>('kube-tutor.kube-tutor')!.activate();
    api.cluster.host.start();
    const cluster = api.cluster.host.cluster!;
    if (cluster.api.tryGet('Deployment', 'default', 'edited')) cluster.api.delete('Deployment', 'default', 'edited');
    cluster.api.create({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'edited' }, spec: { replicas: 1, selector: { matchLabels: { app: 'edited' } }, template: { metadata: { labels: { app: 'edited' } }, spec: { containers: [{ name: 'c', image: 'luksa/kubia' }] } } } });

    assert.equal(await vscode.commands.executeCommand('kubeTutor.runInTerminal', 'kubectl edit deployment edited'), true);
    const editor = await until('the kubectl edit tab', () =>
      vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'kubetutor-edit' && e.document.uri.path.endsWith('/deployment-edited.yaml')),
    );
    const document = editor.document;
    assert.equal(document.languageId, 'yaml');
    assert.match(document.getText(), /^# Please edit the object below/);

    // A save the cluster rejects reopens the text with the failures on top while VS Code is still
    // finishing the save, so `save()` reports the document as not saved: only accepted saves are asserted.
    const replace = async (from: string, to: string, accepted = true) => {
      const text = document.getText();
      const at = text.indexOf(from);
      assert.ok(at >= 0, `"${from}" is in the edited text`);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(at), document.positionAt(at + from.length)), to);
      assert.ok(await vscode.workspace.applyEdit(edit));
      const saved = await document.save();
      if (accepted) assert.ok(saved, 'the edit saves');
    };

    await replace('replicas: 1', 'replicas: 2');
    assert.equal(cluster.api.get('Deployment', 'default', 'edited').spec.replicas, 2);
    assert.deepEqual(api.clusterEditor.outcomes.at(-1), { uri: document.uri.toString(), status: 'applied', message: 'deployment.apps/edited edited' });

    await replace('replicas: 2', 'replicas: -3', false);
    assert.equal(api.clusterEditor.outcomes.at(-1)?.status, 'error');
    assert.equal(cluster.api.get('Deployment', 'default', 'edited').spec.replicas, 2, 'the invalid edit is not applied');
    await until('the failure as a comment on top', () => (/^# The Deployment "edited" is invalid: spec\.replicas/m.test(document.getText()) ? true : undefined));
    assert.match(document.getText(), /replicas: -3/, "the learner's edit is kept");
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
