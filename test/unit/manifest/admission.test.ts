import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mainAsync } from '../../../src/cli';
import { manifestAdmission } from '../../../src/core/manifest/admission';
import { ApiError } from '../../../src/core/cluster/errors';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: kubia
spec:
  replicas: 3
  selector:
    matchLabels:
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

async function simIn(files: Record<string, string>, ...commands: string[]): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kube-tutor-admission-'));
  try {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    let out = '';
    const io = { cwd: dir, stdout: (t: string) => (out += t), stderr: (t: string) => (out += t) };
    await mainAsync(['sim', '-C', dir, '-c', 'minikube start', ...commands.flatMap((c) => ['-c', c])], io);
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('admission: the simulated API server refuses what the editor flags, in kubectl shape', () => {
  test('a bad quantity is invalid, with the editor message as a field error', async () => {
    const bad = DEPLOYMENT.replace('        ports:', '        resources:\n          limits:\n            memory: 128MB\n        ports:');
    const out = await simIn({ 'kubia.yaml': bad }, 'kubectl apply -f kubia.yaml', 'kubectl get deployments');
    assert.match(out, /The Deployment "kubia" is invalid: spec\.template\.spec\.containers\[0\]\.resources\.limits\.memory: Invalid value: "128MB": .*\n/);
    assert.match(out, /No resources found in default namespace\./);
  });

  test('a value of the wrong JSON type never decodes: the first one in document order, named as Go names the field', async () => {
    const bad = DEPLOYMENT.replace('replicas: 3', 'replicas: 3\n  minReadySeconds: "5"').replace('        ports:', '        env:\n        - name: DEBUG\n          value: true\n        ports:');
    const out = await simIn({ 'kubia.yaml': bad }, 'kubectl apply -f kubia.yaml', 'kubectl get deployments');
    assert.match(
      out,
      /Error from server \(BadRequest\): error when creating "kubia\.yaml": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec\.spec\.minReadySeconds of type int32\n/,
    );
    assert.match(out, /No resources found in default namespace\./);
    const cases: Array<[string, RegExp]> = [
      // The classic: an unquoted number or boolean where Kubernetes wants a string.
      [DEPLOYMENT.replace('  name: kubia\n', '  name: kubia\n  labels:\n    version: 1\n'), /cannot unmarshal number into Go struct field ObjectMeta\.metadata\.labels of type string/],
      [DEPLOYMENT.replace('        ports:', '        env:\n        - name: DEBUG\n          value: true\n        ports:'), /cannot unmarshal bool into Go struct field EnvVar\.spec\.template\.spec\.containers\.env\.value of type string/],
      [DEPLOYMENT.replace('containerPort: 8080', 'containerPort: "8080"'), /cannot unmarshal string into Go struct field ContainerPort\.spec\.template\.spec\.containers\.ports\.containerPort of type int32/],
      [DEPLOYMENT.replace(/ {6}containers:[\s\S]*$/, '      containers: kubia\n'), /cannot unmarshal string into Go struct field PodSpec\.spec\.template\.spec\.containers of type \[\]v1\.Container/],
    ];
    for (const [text, want] of cases) assert.match(await simIn({ 'kubia.yaml': text }, 'kubectl apply -f kubia.yaml'), want);
  });

  test('an unknown field is a strict decoding error (BadRequest) naming the full path', async () => {
    const out = await simIn({ 'kubia.yaml': DEPLOYMENT.replace('ports:', 'containerPorts:') }, 'kubectl create -f kubia.yaml');
    assert.match(
      out,
      /Error from server \(BadRequest\): error when creating "kubia\.yaml": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec\.template\.spec\.containers\[0\]\.containerPorts"\n/,
    );
  });

  test('replicas of the wrong JSON type never decode: BadRequest naming the file and the Go field, as the API server answers', async () => {
    const out = await simIn({ 'kubia.yaml': DEPLOYMENT.replace('replicas: 3', 'replicas: "3"') }, 'kubectl apply -f kubia.yaml', 'kubectl get deployments');
    assert.match(
      out,
      /Error from server \(BadRequest\): error when creating "kubia\.yaml": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec\.spec\.replicas of type int32\n/,
    );
    assert.match(out, /No resources found in default namespace\./);
  });

  test('valid manifests are admitted and their controllers create pods as before', async () => {
    const out = await simIn({ 'kubia.yaml': DEPLOYMENT }, 'kubectl apply -f kubia.yaml', 'kubectl get deployment kubia');
    assert.match(out, /deployment\.apps\/kubia created\n/);
    assert.match(out, /kubia {3}\d\/3 /);
  });

  test('objects owned by a controller are not validated (controller-made pods stay fast)', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', ownerReferences: [{ apiVersion: 'v1', kind: 'ReplicationController', name: 'kubia', uid: 'u', controller: true }] }, spec: { containers: [{ name: 'c', image: 'x', bogus: 1 }] } };
    assert.deepEqual(manifestAdmission.validate(pod), []);
    const user = { ...pod, metadata: { name: 'p' } };
    assert.throws(() => manifestAdmission.validate(user), (e: unknown) => e instanceof ApiError && /unknown field "spec\.containers\[0\]\.bogus"/.test(e.message));
    assert.deepEqual(manifestAdmission.validate({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'x', imagePullPolicy: 'Sometimes' }] } }).map((f) => f.field), ['spec.containers[0].imagePullPolicy']);
  });
});
