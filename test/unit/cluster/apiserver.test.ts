import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../../../src/core/cluster/errors';
import { defaultPullPolicy } from '../../../src/core/cluster/defaults';
import { makeCluster, pod } from './fakes';
import { SeededRandom } from '../../../src/core/sim/random';

function invalid(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e.toKubectl();
    throw e;
  }
  assert.fail('expected an API error');
}

const deployment = (labels: Record<string, string>, selector: Record<string, string> | undefined) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'kubia' },
  spec: {
    replicas: 3,
    selector: selector && { matchLabels: selector },
    template: { metadata: { labels }, spec: { containers: [{ name: 'nodejs', image: 'luksa/kubia:v1' }] } },
  },
});

describe('API server defaulting', () => {
  for (const [image, policy] of [
    ['luksa/kubia', 'Always'],
    ['luksa/kubia:latest', 'Always'],
    ['luksa/kubia:v1', 'IfNotPresent'],
    ['localhost:5000/kubia', 'Always'],
    ['localhost:5000/kubia:v2', 'IfNotPresent'],
    ['busybox@sha256:abc', 'IfNotPresent'],
  ] as const)
    test(`imagePullPolicy of ${image} is ${policy}`, () => assert.equal(defaultPullPolicy(image), policy));

  test('pod defaults as the API server sets them', () => {
    const { cluster } = makeCluster();
    const p = cluster.api.create(pod('kubia'));
    assert.equal(p.spec.restartPolicy, 'Always');
    assert.equal(p.spec.dnsPolicy, 'ClusterFirst');
    assert.equal(p.spec.schedulerName, 'default-scheduler');
    assert.equal(p.spec.terminationGracePeriodSeconds, 30);
    assert.equal(p.spec.serviceAccountName, 'default');
    const c = p.spec.containers[0];
    assert.equal(c.imagePullPolicy, 'Always');
    assert.equal(c.terminationMessagePath, '/dev/termination-log');
    assert.equal(c.terminationMessagePolicy, 'File');
    assert.equal(c.ports[0].protocol, 'TCP');
    assert.deepEqual(
      p.spec.tolerations.map((t: { key: string }) => t.key),
      ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'],
    );
    assert.equal(p.status.phase, 'Pending');
    assert.equal(p.status.qosClass, 'BestEffort');
    assert.equal(p.metadata.namespace, 'default');
  });

  test('service defaults and ClusterIP/NodePort allocation', () => {
    const { cluster } = makeCluster();
    const s = cluster.api.create({ kind: 'Service', metadata: { name: 'kubia-http' }, spec: { type: 'LoadBalancer', selector: { run: 'kubia' }, ports: [{ port: 8080 }] } });
    assert.equal(s.spec.sessionAffinity, 'None');
    assert.equal(s.spec.externalTrafficPolicy, 'Cluster');
    assert.equal(s.spec.ports[0].protocol, 'TCP');
    assert.equal(s.spec.ports[0].targetPort, 8080);
    assert.match(s.spec.clusterIP, /^10\.(9[6-9]|10\d|11[01])\.\d+\.\d+$/);
    assert.ok(s.spec.ports[0].nodePort >= 30000 && s.spec.ports[0].nodePort <= 32767);
    assert.deepEqual(s.status, { loadBalancer: {} });
  });

  test('RC selector and labels default from the template', () => {
    const { cluster } = makeCluster();
    const rc = cluster.api.create({
      kind: 'ReplicationController',
      metadata: { name: 'kubia' },
      spec: { template: { metadata: { labels: { run: 'kubia' } }, spec: { containers: [{ name: 'kubia', image: 'luksa/kubia' }] } } },
    });
    assert.deepEqual(rc.spec.selector, { run: 'kubia' });
    assert.deepEqual(rc.metadata.labels, { run: 'kubia' });
    assert.equal(rc.spec.replicas, 1);
    assert.equal(rc.metadata.generation, 1);
  });

  test('deployment strategy defaults', () => {
    const { cluster } = makeCluster();
    const d = cluster.api.create(deployment({ app: 'kubia' }, { app: 'kubia' }));
    assert.deepEqual(d.spec.strategy, { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } });
    assert.equal(d.spec.revisionHistoryLimit, 10);
    assert.equal(d.spec.progressDeadlineSeconds, 600);
  });
});

describe('API server validation (kubectl wording)', () => {
  test('missing deployment selector', () => {
    const { cluster } = makeCluster();
    assert.equal(invalid(() => cluster.api.create(deployment({ app: 'kubia' }, undefined))), 'The Deployment "kubia" is invalid: spec.selector: Required value');
  });

  test('selector that does not match the template, with a bullet list for several causes', () => {
    const { cluster } = makeCluster();
    assert.equal(
      invalid(() => cluster.api.create(deployment({ app: 'other' }, { app: 'kubia' }))),
      'The Deployment "kubia" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`',
    );
    const bad = pod('Kubia');
    bad.spec.containers[0]!.ports[0]!.containerPort = 80800;
    assert.equal(
      invalid(() => cluster.api.create(bad)),
      'The Pod "Kubia" is invalid: \n' +
        `* metadata.name: Invalid value: "Kubia": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')\n` +
        '* spec.containers[0].name: Invalid value: "Kubia": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or \'-\', and must start and end with an alphanumeric character (e.g. \'my-name\',  or \'123-abc\', regex used for validation is \'[a-z0-9]([-a-z0-9]*[a-z0-9])?\')\n' +
        '* spec.containers[0].ports[0].containerPort: Invalid value: 80800: must be between 1 and 65535, inclusive',
    );
  });

  test('deployment selector is immutable', () => {
    const { cluster } = makeCluster();
    cluster.api.create(deployment({ app: 'kubia', v: '1' }, { app: 'kubia' }));
    assert.equal(
      invalid(() => cluster.api.update(deployment({ app: 'kubia', v: '1' }, { v: '1' }))),
      'The Deployment "kubia" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"v":"1"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
    );
  });

  test('service type and node port range', () => {
    const { cluster } = makeCluster();
    assert.equal(
      invalid(() => cluster.api.create({ kind: 'Service', metadata: { name: 's' }, spec: { type: 'Foo', ports: [{ port: 80 }] } })),
      'The Service "s" is invalid: spec.type: Unsupported value: "Foo": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    );
    assert.equal(
      invalid(() => cluster.api.create({ kind: 'Service', metadata: { name: 's' }, spec: { type: 'NodePort', ports: [{ port: 80, nodePort: 80 }] } })),
      'The Service "s" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
  });

  test('unknown namespace, duplicates, dry run stores nothing', () => {
    const { cluster } = makeCluster();
    assert.equal(invalid(() => cluster.api.create(pod('a'), { namespace: 'nope' })), 'Error from server (NotFound): namespaces "nope" not found');
    cluster.api.create(pod('a'));
    assert.equal(invalid(() => cluster.api.create(pod('a'))), 'Error from server (AlreadyExists): pods "a" already exists');
    const dry = cluster.api.create(pod('b'), { dryRun: true });
    assert.equal(dry.spec.restartPolicy, 'Always');
    assert.equal(cluster.api.tryGet('Pod', 'default', 'b'), undefined);
  });

  test('a generated name that is taken is drawn again (RetryGenerateName), an explicit one is AlreadyExists', () => {
    const { cluster } = makeCluster();
    // The suffix the next generated name would get, taken beforehand (straight into the store: no draws).
    const peek = new SeededRandom();
    peek.restore(cluster.random.save());
    const taken = `web-${peek.suffix()}`;
    cluster.store.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: taken, namespace: 'default', uid: 'u', resourceVersion: '', creationTimestamp: '' } });
    const created = cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'web-' } });
    assert.match(created.metadata.name, /^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    assert.notEqual(created.metadata.name, taken);
    assert.equal(invalid(() => cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: taken } })), `Error from server (AlreadyExists): configmaps "${taken}" already exists`);
  });

  test('the admission hook for the manifest validator reports in the same shape', () => {
    const { cluster } = makeCluster();
    cluster.api.validator = { validate: (o) => (o.spec?.containers?.[0]?.imagePullPolicy === 'Always' ? [{ field: 'spec.containers[0].imagePolicy', detail: 'Unsupported value' }] : []) };
    assert.equal(invalid(() => cluster.api.create(pod('a'))), 'The Pod "a" is invalid: spec.containers[0].imagePolicy: Unsupported value');
  });

  test('pod spec updates are forbidden except images', () => {
    const { cluster } = makeCluster();
    cluster.api.create(pod('a', 'luksa/kubia:v1'));
    const p = pod('a', 'luksa/kubia:v2');
    cluster.api.update(p);
    assert.equal(cluster.api.get('Pod', 'default', 'a').spec.containers[0].image, 'luksa/kubia:v2');
    assert.match(invalid(() => cluster.api.update(pod('a', 'luksa/kubia:v2', { restartPolicy: 'Never' }))), /^The Pod "a" is invalid: spec: Forbidden: pod updates may not change fields other than/);
  });
});
