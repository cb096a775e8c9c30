import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { hereDocument, kubectlLine, MAX_REPLICAS, objectNameError, portError, replicasError } from '../../../src/core/cli/kubectl/palette';
import { manifestDocuments } from '../../../src/core/manifest/documents';
import { Shell } from '../../../src/core/shell/shell';
import { MemoryFs, Session } from './shell';

const RC = `apiVersion: v1
kind: ReplicationController
metadata:
  name: kubia
spec:
  replicas: 1
  selector:
    app: kubia
  template:
    metadata:
      labels:
        app: kubia
    spec:
      containers:
      - name: kubia
        image: luksa/kubia
        ports:
        - containerPort: 8080
`;
const SVC = `apiVersion: v1
kind: Service
metadata:
  name: kubia-http
spec:
  type: LoadBalancer
  selector:
    app: kubia
  ports:
  - port: 80
    targetPort: 8080
`;

describe('palette command lines (what the learner sees typed for them)', () => {
  test('kubectlLine uses the words people type, and -n only outside default', () => {
    assert.equal(kubectlLine('scale', { kind: 'ReplicationController', name: 'kubia', namespace: 'default' }, '--replicas=3'), 'kubectl scale rc kubia --replicas=3');
    assert.equal(kubectlLine('expose', { kind: 'ReplicationController', name: 'kubia' }, '--type=LoadBalancer', '--name kubia-http'), 'kubectl expose rc kubia --type=LoadBalancer --name kubia-http');
    assert.equal(kubectlLine('describe', { kind: 'Pod', name: 'kubia-x1', namespace: 'team-a' }), 'kubectl describe pod kubia-x1 -n team-a');
    assert.equal(kubectlLine('delete', { kind: 'Deployment', name: 'web' }), 'kubectl delete deployment web');
    assert.equal(kubectlLine('edit', { kind: 'ReplicaSet', name: 'web-5d4f' }), 'kubectl edit rs web-5d4f');
  });

  test('hereDocument shows piped text as bash would take it, with a delimiter the text does not contain', () => {
    assert.equal(hereDocument('kubectl apply -f -', 'kind: Pod\n'), "kubectl apply -f - <<'EOF'\nkind: Pod\nEOF");
    assert.equal(hereDocument('kubectl apply -f -', 'a: |\n  EOF\nEOF\n'), "kubectl apply -f - <<'EOF2'\na: |\n  EOF\nEOF\nEOF2");
  });

  test('replica, port and name checks reject what kubectl would, with a reason', () => {
    for (const ok of ['0', '3', ' 10 ', String(MAX_REPLICAS)]) assert.equal(replicasError(ok), undefined, ok);
    for (const bad of ['', '-1', '2.5', 'three', '1e3', String(MAX_REPLICAS + 1)]) assert.ok(replicasError(bad), bad);
    assert.match(replicasError(String(MAX_REPLICAS + 1))!, /At most 1000 replicas/);
    assert.equal(portError('8080'), undefined);
    for (const bad of ['0', '65536', 'http', '']) assert.ok(portError(bad), bad);
    assert.equal(objectNameError('kubia-http'), undefined);
    for (const bad of ['Kubia', 'kubia_http', '-kubia', 'a'.repeat(64)]) assert.ok(objectNameError(bad), bad);
  });
});

describe('manifest documents for the Apply CodeLens', () => {
  test('only documents with kind/apiVersion, each with its own text and the offset of its first key', () => {
    const text = `# kubia\n${RC}---\n# not a manifest\nfoo: bar\n---\n${SVC}`;
    const docs = manifestDocuments(text);
    assert.deepEqual(docs.map((d) => [d.index, d.kind, d.name]), [[0, 'ReplicationController', 'kubia'], [2, 'Service', 'kubia-http']]);
    assert.equal(text.slice(docs[0]!.anchor).split('\n')[0], 'apiVersion: v1');
    assert.equal(docs[1]!.text, SVC);
    assert.deepEqual(manifestDocuments('foo: bar\n'), []);
    assert.deepEqual(manifestDocuments('kind: Config\napiVersion: v1\n'), [], 'kubeconfig is not applied');
  });
});

describe('kubectl apply -f - (stdin from the palette and the CodeLens)', () => {
  test('applies the piped document only; a typed line without stdin keeps the clear error', () => {
    const s = new Session(new MemoryFs({ 'all.yaml': `${RC}---\n${SVC}` }));
    assert.deepEqual(s.run('kubectl apply -f -', SVC), { code: 0, out: 'service/kubia-http created\n', err: '' });
    assert.equal(s.cluster.api.tryGet('ReplicationController', 'default', 'kubia'), undefined, 'the other document was not applied');
    assert.equal(s.run('kubectl apply -f -', SVC).out, 'service/kubia-http unchanged\n');
    const typed = s.run('kubectl apply -f -');
    assert.equal(typed.code, 1);
    assert.match(typed.err, /reading from stdin is not supported in the Kube Tutor terminal/);
    assert.match(s.run('kubectl apply -f -', 'kind: Service\nmetadata:\n  name: x\n').err, /error validating "STDIN": error validating data: apiVersion not set/);
  });

  test('the shell pipes stdin into the first command of the line only', async () => {
    const s = new Session();
    const shell = new Shell({ fs: new MemoryFs(), cwd: '/work' });
    shell.register(s.kubectl);
    let out = '';
    let err = '';
    const output = { out: (t: string) => (out += t), err: (t: string) => (err += t) };
    assert.equal(await shell.execute('kubectl apply -f - && kubectl apply -f -', output, RC), 1);
    assert.equal(out, 'replicationcontroller/kubia created\n');
    assert.match(err, /reading from stdin is not supported/);
  });

  test('with tutor hints on (the extension terminal), stdin and NAME=value prefixes still reach the command', async () => {
    const s = new Session();
    const shell = new Shell({ fs: new MemoryFs(), cwd: '/work', hint: () => undefined });
    shell.register(s.kubectl);
    let out = '';
    const output = { out: (t: string) => (out += t), err: () => undefined };
    assert.equal(await shell.execute('KUBECONFIG=/x kubectl apply -f -', output, RC), 0);
    assert.equal(out, 'replicationcontroller/kubia created\n');
  });
});
