import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as c from '../../../src/core/tutor/checks';
import { CHECK_KINDS, evaluateCheck, type Check, type CheckKind } from '../../../src/core/tutor/checks';
import { emptyFacts, type Facts } from '../../../src/core/tutor/facts';

const base = emptyFacts();
const f = (patch: Partial<Facts>): Facts => ({ ...base, ...patch });
const cmd = (line: string, exitCode = 0) => ({ argv: line.split(' '), exitCode });
const pod = (name: string, extra: Partial<Facts['pods'][number]> = {}): Facts['pods'][number] => ({
  name,
  phase: 'Running',
  ready: true,
  labels: { app: 'kubia' },
  containers: [{ name: 'kubia', image: 'luksa/kubia', ready: true, readinessProbe: true, livenessProbe: false }],
  ...extra,
});
const svc = (externalIP?: string): Facts['services'][number] => ({
  name: 'kubia-http',
  type: 'LoadBalancer',
  selector: { app: 'kubia' },
  clusterIP: '10.96.0.10',
  ...(externalIP ? { externalIP } : {}),
  ports: [{ port: 8080, targetPort: 8080 }],
});

interface Case {
  readonly check: Check;
  readonly pass: Facts;
  readonly fail: Facts;
  /** The reason given for `fail`. */
  readonly reason: RegExp;
}

/** One passing and one failing world per check kind, with the reason the learner reads. */
const CASES: Record<CheckKind, Case> = {
  fileExists: { check: c.fileExists('app.js'), pass: f({ files: { 'app.js': '' } }), fail: base, reason: /app\.js does not exist/ },
  fileContains: { check: c.fileContains('a', 'x'), pass: f({ files: { a: 'yxz' } }), fail: f({ files: { a: 'y' } }), reason: /does not contain `x` yet/ },
  fileLacks: { check: c.fileLacks('app.js', 'reponse.'), pass: f({ files: { 'app.js': 'response.end()' } }), fail: f({ files: { 'app.js': '\treponse.end()' } }), reason: /still contains `reponse\.`/ },
  fileMatches: { check: c.fileMatches('D', '"a"\\s*,\\s*"b"'), pass: f({ files: { D: 'CMD ["a",  "b"]' } }), fail: f({ files: { D: 'CMD ["a b"]' } }), reason: /D has no line matching `"a"/  },
  fileLacksMatch: { check: c.fileLacksMatch('D', '\\s#\\s'), pass: f({ files: { D: '# c\nFROM x' } }), fail: f({ files: { D: 'FROM x\nFROM node:7 # c' } }), reason: /D line 2 still needs a change: FROM node:7 # c/ },
  fileHasNoErrors: {
    check: c.fileHasNoErrors('k.yaml'),
    pass: f({ files: { 'k.yaml': '' }, diagnostics: { 'k.yaml': [{ code: 'DF002', severity: 'warning' }] } }),
    fail: f({ files: { 'k.yaml': '' }, diagnostics: { 'k.yaml': [{ code: 'YAML001', severity: 'error' }] } }),
    reason: /1 error\(s\): YAML001/,
  },
  commandRan: { check: c.commandRan('docker', 'ps', '-a'), pass: f({ commands: [cmd('docker ps -a')] }), fail: f({ commands: [cmd('docker ps -a', 1)] }), reason: /ran but failed \(exit code 1\)/ },
  commandFailed: {
    check: c.commandFailed('kubectl', 'run', '--generator'),
    pass: f({ commands: [cmd('kubectl run kubia --generator=run/v1', 1)] }),
    fail: f({ commands: [cmd('kubectl run kubia --generator=run/v1', 0)] }),
    reason: /succeeded; this step is about the error/,
  },
  imageExists: { check: c.imageExists('redis', 'v1.0'), pass: f({ images: [{ repository: 'redis', tag: 'v1.0', id: '1' }] }), fail: f({ images: [{ repository: 'redis', tag: 'latest', id: '1' }] }), reason: /no image redis:v1\.0/ },
  containerRunning: {
    check: c.containerRunning('kubia-container'),
    pass: f({ containers: [{ name: 'kubia-container', image: 'kubia', state: 'running', ports: [] }] }),
    fail: f({ containers: [{ name: 'kubia-container', image: 'kubia', state: 'exited', exitCode: 1, ports: [] }] }),
    reason: /exited \(exit code 1\); `docker logs kubia-container`/,
  },
  containerExited: {
    check: c.containerExited('k'),
    pass: f({ containers: [{ name: 'k', image: 'kubia', state: 'exited', exitCode: 137, ports: [] }] }),
    fail: f({ containers: [{ name: 'k', image: 'kubia', state: 'running', ports: [] }] }),
    reason: /k is running, not stopped/,
  },
  containerAbsent: { check: c.containerAbsent('k'), pass: base, fail: f({ containers: [{ name: 'k', image: 'x', state: 'exited', ports: [] }] }), reason: /k still exists/ },
  composeContainersRunning: {
    check: c.composeContainersRunning(2),
    pass: f({ containers: ['web', 'redis'].map((s) => ({ name: s, image: s, state: 'running' as const, ports: [], labels: { 'com.docker.compose.service': s } })) }),
    fail: f({ containers: [{ name: 'web', image: 'web', state: 'running', ports: [] }] }),
    reason: /0 Compose container\(s\) are running; this step expects 2/,
  },
  registryLoggedIn: { check: c.registryLoggedIn(), pass: f({ registry: { loggedInAs: 'student', repositories: [] } }), fail: base, reason: /not logged in/ },
  registryHas: {
    check: c.registryHas('*/kubia'),
    pass: f({ registry: { repositories: [{ name: 'mucha0619/kubia', tags: ['latest'] }] } }),
    fail: f({ registry: { repositories: [{ name: 'kubia', tags: ['latest'] }] } }),
    reason: /registry has no \*\/kubia image/,
  },
  clusterRunning: { check: c.clusterRunning(), pass: f({ cluster: { running: true, nodes: [] } }), fail: base, reason: /minikube start/ },
  nodesReady: {
    check: c.nodesReady(1),
    pass: f({ cluster: { running: true, nodes: [{ name: 'minikube', ready: true, roles: ['control-plane'] }] } }),
    fail: f({ cluster: { running: true, nodes: [{ name: 'minikube', ready: false, roles: [] }] } }),
    reason: /0 node\(s\) are Ready/,
  },
  podRunning: {
    check: c.podRunning('kubia'),
    pass: f({ pods: [pod('kubia')] }),
    fail: f({ pods: [pod('kubia', { phase: 'Pending', ready: false, containers: [{ name: 'kubia', image: 'kubia', ready: false, waitingReason: 'ImagePullBackOff' }] })] }),
    reason: /kubia is ImagePullBackOff/,
  },
  podsReady: { check: c.podsReady('app=kubia', 2), pass: f({ pods: [pod('a'), pod('b')] }), fail: f({ pods: [pod('a'), pod('b', { terminating: true })] }), reason: /1 pod\(s\) with app=kubia are ready/ },
  replicasReady: {
    check: c.replicasReady('rc', 'kubia', 3),
    pass: f({ replicationControllers: [{ name: 'kubia', replicas: 3, readyReplicas: 3 }] }),
    fail: f({ replicationControllers: [{ name: 'kubia', replicas: 43, readyReplicas: 3 }] }),
    reason: /rc kubia has 3 of 43 replicas ready; this step expects 3/,
  },
  resourceAbsent: { check: c.resourceAbsent('rc', 'kubia'), pass: base, fail: f({ replicationControllers: [{ name: 'kubia', replicas: 1, readyReplicas: 1 }] }), reason: /kubectl delete rc kubia/ },
  serviceExists: { check: c.serviceExists('kubia-http', 'LoadBalancer'), pass: f({ services: [svc()] }), fail: f({ services: [{ ...svc(), type: 'ClusterIP' }] }), reason: /type ClusterIP, not LoadBalancer/ },
  serviceHasExternalIp: { check: c.serviceHasExternalIp('kubia-http'), pass: f({ services: [svc('10.0.0.1')] }), fail: f({ services: [svc()] }), reason: /still <pending>/ },
  serviceCalled: {
    check: c.serviceCalled('kubia-http'),
    pass: f({ services: [svc('10.0.0.1')], commands: [cmd('curl http://10.0.0.1:8080/')] }),
    fail: f({ services: [svc('10.0.0.1')], commands: [cmd('curl 10.0.0.2:8080'), cmd('curl 10.0.0.1:8080', 7)] }),
    reason: /curl 10\.0\.0\.1:8080/,
  },
  deploymentRevision: {
    check: c.deploymentRevision('kubia', 2),
    pass: f({ deployments: [{ name: 'kubia', replicas: 3, readyReplicas: 3, revision: 2 }] }),
    fail: f({ deployments: [{ name: 'kubia', replicas: 3, readyReplicas: 3, revision: 1 }] }),
    reason: /revision 1; roll out a new image/,
  },
  podContainers: { check: c.podContainers('p', 2), pass: f({ pods: [pod('p', { containers: [pod('x').containers[0]!, pod('y').containers[0]!] })] }), fail: f({ pods: [pod('p')] }), reason: /p has 1 container\(s\)/ },
  podHasProbe: { check: c.podHasProbe('p', 'kubia', 'liveness'), pass: f({ pods: [pod('p', { containers: [{ name: 'kubia', image: 'x', ready: true, livenessProbe: true }] })] }), fail: f({ pods: [pod('p')] }), reason: /no liveness probe/ },
  all: { check: c.all(c.clusterRunning(), c.registryLoggedIn()), pass: f({ cluster: { running: true, nodes: [] }, registry: { loggedInAs: 'u', repositories: [] } }), fail: f({ cluster: { running: true, nodes: [] } }), reason: /not logged in/ },
  any: { check: c.any(c.clusterRunning(), c.registryLoggedIn()), pass: f({ registry: { loggedInAs: 'u', repositories: [] } }), fail: base, reason: /minikube start.* \/ .*not logged in/ },
};

describe('check vocabulary', () => {
  test('every check kind has a passing and a failing case', () => {
    assert.deepEqual(Object.keys(CASES).sort(), [...CHECK_KINDS].sort());
  });
  for (const [kind, k] of Object.entries(CASES)) {
    test(`${kind}: passes, and fails with a specific reason`, () => {
      assert.equal(k.check.kind, kind);
      assert.deepEqual(evaluateCheck(k.check, k.pass), { ok: true, reason: '' });
      const r = evaluateCheck(k.check, k.fail);
      assert.equal(r.ok, false);
      assert.match(r.reason, k.reason);
    });
  }
  test('missing objects are named in the reason', () => {
    assert.match(evaluateCheck(c.podRunning('kubia'), base).reason, /no pod named kubia/);
    assert.match(evaluateCheck(c.replicasReady('deployment', 'kubia', 3), base).reason, /no deployment named kubia/);
    assert.match(evaluateCheck(c.commandRan('docker', 'images'), base).reason, /Run `docker images`/);
  });
});

describe('command matching', () => {
  const ran = (pattern: string[], line: string) => c.argvMatches(line.split(' '), pattern);
  test('words in order, gaps allowed, same program', () => {
    assert.ok(ran(['docker', 'run', 'busybox', 'echo'], 'docker run --rm busybox echo hi'));
    assert.ok(!ran(['docker', 'run', 'busybox', 'echo'], 'docker run echo busybox'));
    assert.ok(!ran(['docker', 'ps'], 'podman ps'));
  });
  test('k, minikube kubectl --, sudo, docker-compose and --flag=value are the same command', () => {
    assert.ok(ran(['kubectl', 'get', 'pod', '-A'], 'minikube kubectl -- get po -A'));
    assert.ok(ran(['kubectl', 'get', 'service'], 'k get svc'));
    assert.ok(ran(['docker', 'build'], 'sudo docker build -t simpleapp .'));
    assert.ok(ran(['docker', 'compose', 'down'], 'docker-compose -f 4-docker-compose.yml down'));
    assert.ok(ran(['kubectl', 'scale', '--replicas=3'], 'kubectl scale rc kubia --replicas 3'));
    assert.ok(ran(['kubectl', 'get', 'rc'], 'kubectl get replicationcontrollers'));
    assert.ok(ran(['kubectl', 'set', 'image', 'deployment', 'kubia'], 'kubectl set image deploy/kubia kubia=luksa/kubia:v2'));
  });
});
