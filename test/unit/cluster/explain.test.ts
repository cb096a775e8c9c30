import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { explainSchema, wrap } from '../../../src/core/manifest/schema/kubectlExplain';
import { Session } from './shell';

describe('kubectl explain from the schema', () => {
  test('a kind: GROUP only for named groups, FIELDS sorted with descriptions', () => {
    const s = new Session();
    const pod = s.run('kubectl explain pods');
    assert.equal(pod.code, 0);
    assert.match(pod.out, /^KIND: {7}Pod\nVERSION: {4}v1\n\nDESCRIPTION:\n {4}Pod is a collection of containers/);
    assert.doesNotMatch(pod.out, /GROUP:/);
    const fields = [...pod.out.matchAll(/^ {2}(\w+)\t<([^>]+)>/gm)].map((m) => `${m[1]} <${m[2]}>`);
    assert.deepEqual(fields, ['apiVersion <string>', 'kind <string>', 'metadata <ObjectMeta>', 'spec <PodSpec>', 'status <Object>']);
    assert.match(pod.out, /apiVersion\t<string>\n {4}APIVersion defines the versioned schema/);
    assert.match(s.run('kubectl explain deploy').out, /^GROUP: {6}apps\nKIND: {7}Deployment\nVERSION: {4}v1\n/);
  });

  test('a field path: FIELD line, the field and its type described, required marks and enums', () => {
    const s = new Session();
    const out = s.run('kubectl explain po.spec.containers').out;
    assert.match(out, /FIELD: containers <\[\]Container>\n\n\nDESCRIPTION:\n {4}List of containers belonging to the pod\./);
    assert.match(out, /A single application container that you want to run within a pod\./);
    assert.match(out, /^ {2}name\t<string> -required-$/m);
    assert.match(out, /^ {2}imagePullPolicy\t<string>\n {2}enum: Always, IfNotPresent, Never\n {4}Image pull policy\./m);
    assert.match(out, /^ {2}ports\t<\[\]ContainerPort>$/m);
    const policy = s.run('kubectl explain pod.spec.restartPolicy').out;
    assert.match(policy, /FIELD: restartPolicy <string>\nENUM:\n {4}Always\n {4}Never\n {4}OnFailure\n\n/);
    assert.doesNotMatch(policy, /FIELDS:/);
    assert.match(s.run('kubectl explain svc.spec.ports.targetPort').out, /FIELD: targetPort <IntOrString>/);
    assert.match(s.run('kubectl explain rc.spec.template.metadata.labels').out, /FIELD: labels <map\[string\]string>/);
  });

  test('--recursive lists nested fields, indented two spaces a level, without descriptions', () => {
    const out = new Session().run('kubectl explain deployment.spec.strategy --recursive').out;
    assert.match(out, /FIELDS:\n {2}rollingUpdate\t<RollingUpdateDeployment>\n {4}maxSurge\t<IntOrString>\n {4}maxUnavailable\t<IntOrString>\n {2}type\t<string>\n {2}enum: Recreate, RollingUpdate\n\n$/);
  });

  test('descriptions wrap at 76 columns under a 4-space indent', () => {
    const out = new Session().run('kubectl explain pod').out;
    const body = out.slice(out.indexOf('DESCRIPTION:'), out.indexOf('FIELDS:'));
    for (const line of body.split('\n')) assert.ok(line.length <= 80, line);
    assert.equal(wrap('aa bb cc', 5), 'aa bb\ncc');
    assert.equal(wrap('averyveryverylongword x', 5), 'averyveryverylongword\nx');
  });

  test("kubectl's errors: missing type, unknown type, unknown field, bad --api-version", () => {
    const s = new Session();
    assert.equal(s.run('kubectl explain pods.spec.nope').err, 'error: field "nope" does not exist\n');
    assert.equal(s.run('kubectl explain pods.spec.nodeName.deeper').err, 'error: field "deeper" does not exist\n');
    assert.equal(s.run('kubectl explain frobs').err, 'error: the server doesn\'t have a resource type "frobs"\n');
    assert.match(s.run('kubectl explain').err, /You must specify the type of resource to explain/);
    assert.equal(s.run('kubectl explain pods -o yaml').err, 'error: unsupported output format: yaml\n');
    assert.equal(s.run('kubectl explain hpa --api-version=autoscaling/v9').code, 1);
  });

  test('kinds the simulator does not run are still explained from the schema', () => {
    const s = new Session();
    assert.match(s.run('kubectl explain ingresses.spec.rules').out, /^GROUP: {6}networking\.k8s\.io\nKIND: {7}Ingress\n/);
    assert.match(s.run('kubectl explain cronjob.spec.schedule').out, /FIELD: schedule <string>/);
    assert.equal(explainSchema({ apiVersion: 'v1', kind: 'Nope', path: [] }).ok, false);
  });
});
