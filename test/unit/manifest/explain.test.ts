import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { completeAt, containerPath, explainAt, formatExplain } from '../../../src/core/manifest/explain';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: kubia-manual
spec:
  containers:
  - image: luksa/kubia
    name: kubia
    resources:
      limits:
        memory: 1Gi
    ports:
    - containerPort: 8080
      protocol: TCP
  restartPolicy: Always
`;
const lines = POD.split('\n');

describe('schema paths from block-style text', () => {
  test('indentless lists, items and nested maps', () => {
    assert.deepEqual(containerPath(lines, 13, 6), ['spec', 'containers', '[]', 'ports', '[]']);
    assert.deepEqual(containerPath(lines, 7, 4), ['spec', 'containers', '[]']);
    assert.deepEqual(containerPath(lines, 10, 8), ['spec', 'containers', '[]', 'resources', 'limits']);
    assert.deepEqual(containerPath(lines, 14, 2), ['spec']);
    assert.deepEqual(containerPath(lines, 3, 2), ['metadata']);
  });

  test('a list item starting with a nested key (`- resources:`)', () => {
    const text = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - resources:\n      limits:\n        cpu: 1\n';
    assert.deepEqual(containerPath(text.split('\n'), 6, 8), ['spec', 'containers', '[]', 'resources', 'limits']);
  });
});

describe('hover: kubectl explain from the schema table', () => {
  test('a field in a list item: type, required flag and enum', () => {
    const info = explainAt(POD, 13, 7)!;
    assert.equal(info.path, 'spec.containers.ports.protocol');
    assert.equal(info.type, 'string');
    assert.deepEqual(info.enum, ['SCTP', 'TCP', 'UDP']);
    const port = explainAt(POD, 12, 8)!;
    assert.equal(port.path, 'spec.containers.ports.containerPort');
    assert.equal(port.type, 'integer');
    assert.equal(port.required, true);
    assert.match(formatExplain(port), /^KIND: {5}Pod\nVERSION: {2}v1\n\nFIELD: containerPort <integer> -required-/);
  });

  test('objects and lists are named by their Go type', () => {
    assert.equal(explainAt(POD, 5, 3)?.type, '[]Container');
    assert.equal(explainAt(POD, 10, 9)?.type, 'Quantity');
    assert.equal(explainAt(POD, 2, 0)?.type, 'ObjectMeta');
  });

  test('nothing for unknown fields, comments or non-manifests', () => {
    assert.equal(explainAt(POD.replace('name: kubia\n', 'nmae: kubia\n'), 7, 5), undefined);
    assert.equal(explainAt('name: ci\non: push\n', 0, 1), undefined);
  });
});

describe('completion from the same schema', () => {
  test('field names of a container, minus those already written', () => {
    const text = POD.replace('    name: kubia\n', '    name: kubia\n    \n');
    const labels = completeAt(text, 8, 4).map((c) => c.label);
    assert.ok(labels.includes('imagePullPolicy') && labels.includes('env'));
    assert.ok(!labels.includes('image') && !labels.includes('name') && !labels.includes('ports'), labels.join());
  });

  test('enum values after `key: `', () => {
    const text = POD.replace('  restartPolicy: Always', '  restartPolicy: ');
    assert.deepEqual(completeAt(text, 14, 17).map((c) => c.label), ['Always', 'Never', 'OnFailure']);
    const svc = 'apiVersion: v1\nkind: Service\nspec:\n  type: Lo';
    assert.ok(completeAt(svc, 3, 10).some((c) => c.label === 'LoadBalancer'));
  });

  test('kind and apiVersion values at the root', () => {
    assert.ok(completeAt('apiVersion: apps/v1\nkind: ', 1, 6).some((c) => c.label === 'Deployment'));
    assert.deepEqual(completeAt('kind: Deployment\napiVersion: ', 1, 12).map((c) => c.label), ['apps/v1']);
  });

  test('object fields insert a new indented line; lists of objects start an item', () => {
    const text = 'apiVersion: v1\nkind: Pod\nspec:\n  \n';
    const byLabel = new Map(completeAt(text, 3, 2).map((c) => [c.label, c]));
    assert.equal(byLabel.get('containers')?.insertText, 'containers:\n  - ');
    assert.equal(byLabel.get('securityContext')?.insertText, 'securityContext:\n    ');
    assert.equal(byLabel.get('restartPolicy')?.insertText, 'restartPolicy: ');
  });
});
