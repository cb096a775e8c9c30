import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateK8sSchema, renderK8sSchema, SCHEMA_FILE } from '../../../src/build/k8sSchema';
import { K8S_SCHEMA, kindType, objectType, versionsOfKind } from '../../../src/core/manifest/schema/table';
import { removedApi } from '../../../src/core/manifest/schema/removed';
import { ROOT } from '../helpers';

describe('generated Kubernetes schema table', () => {
  test('the committed table is what the generator makes from kubernetes-models (run `npm run generate:schema`)', () => {
    const committed = fs.readFileSync(path.join(ROOT, SCHEMA_FILE), 'utf8');
    assert.ok(committed === renderK8sSchema(generateK8sSchema(ROOT)), 'k8s-schema.json is stale: run `npm run generate:schema`');
  });

  test('covers the kinds learners write', () => {
    for (const gvk of [
      'v1 Pod', 'v1 ReplicationController', 'v1 Service', 'v1 ConfigMap', 'v1 Secret', 'v1 Namespace', 'v1 ServiceAccount',
      'v1 PersistentVolumeClaim', 'apps/v1 ReplicaSet', 'apps/v1 Deployment', 'apps/v1 DaemonSet', 'apps/v1 StatefulSet',
      'batch/v1 Job', 'batch/v1 CronJob', 'networking.k8s.io/v1 Ingress',
    ]) {
      assert.ok(K8S_SCHEMA.kinds[gvk], gvk);
    }
    assert.deepEqual(versionsOfKind('Deployment'), ['apps/v1']);
  });

  test('fields carry types, enums and required lists from the OpenAPI source', () => {
    const port = objectType('v1/ContainerPort')!;
    assert.equal(port.f.containerPort![0], 'i');
    assert.equal(port.f.protocol![0], '=SCTP|TCP|UDP');
    assert.deepEqual(port.r, ['containerPort']);
    const spec = objectType(objectType(kindType('apps/v1', 'Deployment')!)!.f.spec![0])!;
    assert.ok(spec.r?.includes('selector') && spec.r.includes('template'));
    assert.equal(objectType('v1/ServicePort')!.f.targetPort![0], 'io');
    assert.equal(objectType('v1/ResourceRequirements')!.f.limits![0], '{}q');
  });

  test('every removed API names a replacement that exists, or none', () => {
    for (const [gv, kind] of [['extensions/v1beta1', 'Deployment'], ['batch/v1beta1', 'CronJob'], ['networking.k8s.io/v1beta1', 'Ingress']] as const) {
      const removed = removedApi(gv, kind)!;
      assert.ok(kindType(removed.replacement!, kind), `${gv} ${kind} → ${removed.replacement}`);
    }
  });
});
