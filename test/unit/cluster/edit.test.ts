import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { Session } from './shell';

function withDeployment(): Session {
  const s = new Session();
  assert.equal(s.run('kubectl create deployment kubia --image=luksa/kubia --replicas=1').code, 0);
  return s;
}

describe('kubectl edit', () => {
  test('opens the live object as YAML under kubectl\'s header and applies each save', () => {
    const s = withDeployment();
    const r = s.run('kubectl edit deployment kubia');
    assert.equal(r.code, 0);
    assert.match(r.out, /Editing deployment\.apps\/kubia in the editor/);
    const request = s.edits!.at(-1)!;
    assert.equal(request.name, 'deployment-kubia.yaml');
    assert.match(request.text, /^# Please edit the object below\. Lines beginning with a '#' will be ignored,\n/);
    assert.match(request.text, /replicas: 1/);
    const outcome = request.save(request.text.replace('replicas: 1', 'replicas: 3'));
    assert.deepEqual([outcome.status, outcome.message], ['applied', 'deployment.apps/kubia edited']);
    assert.equal(s.cluster.api.get('Deployment', 'default', 'kubia').spec.replicas, 3);
    s.clock.advance(5000);
    assert.equal(s.cluster.api.list('Pod', 'default').length, 3);
    // Saving the same text again changes nothing.
    assert.equal(request.save(request.text.replace('replicas: 1', 'replicas: 3')).message, 'Edit cancelled, no changes made.');
  });

  test('unchanged, empty, renamed and invalid saves answer in kubectl\'s words', () => {
    const s = withDeployment();
    s.run('kubectl edit deploy/kubia');
    const request = s.edits!.at(-1)!;
    assert.deepEqual(request.save(request.text), { status: 'unchanged', message: 'Edit cancelled, no changes made.' });
    assert.equal(request.save('# only comments\n\n').message, 'Edit cancelled, saved file was empty.');
    const renamed = request.save(request.text.replace(/^ {2}name: kubia$/m, '  name: other'));
    assert.equal(renamed.message, 'error: At least one of apiVersion, kind and name was changed');
    const invalid = request.save(request.text.replace('replicas: 1', 'replicas: -1'));
    assert.equal(invalid.status, 'error');
    assert.match(invalid.message, /^error: The Deployment "kubia" is invalid: spec\.replicas: Invalid value: -1/);
    // The text comes back with the failure as a comment under the header, edits kept.
    assert.match(invalid.text!, /^# Please edit[^]*#\n# The Deployment "kubia" is invalid: spec\.replicas[^\n]*\n#\n/);
    assert.match(invalid.text!, /replicas: -1/);
    const broken = request.save('spec: [unclosed');
    assert.equal(broken.status, 'error');
    assert.match(broken.text!, /# The edited file had a syntax error: error converting YAML to JSON: yaml: line \d+/);
    assert.equal(s.cluster.api.get('Deployment', 'default', 'kubia').spec.replicas, 1);
  });

  test('labels and several objects (a List) at once', () => {
    const s = withDeployment();
    s.run('kubectl run web --image=nginx');
    s.run('kubectl edit pods');
    const request = s.edits!.at(-1)!;
    assert.match(request.text, /kind: List/);
    const outcome = request.save(request.text.replace(/( +)run: web/, '$1run: web\n$1tier: front'));
    assert.equal(outcome.status, 'applied', outcome.message);
    assert.equal(s.cluster.api.get('Pod', 'default', 'web').metadata.labels?.tier, 'front');
  });

  test('errors: unknown object, bad -o, and a front end without an editor', () => {
    const s = withDeployment();
    assert.match(s.run('kubectl edit deploy nope').err, /^Error from server \(NotFound\): deployments(\.apps)? "nope" not found\n/);
    assert.equal(s.run('kubectl edit rc').err, 'error: edit cancelled, no objects found\n');
    assert.match(s.run('kubectl edit deploy kubia -o wide').err, /the edit mode "wide" is not supported/);
    s.edits = undefined;
    assert.match(s.run('kubectl edit deploy kubia').err, /kubectl edit needs an editor[^]*kubectl apply -f FILE/);
  });
});
