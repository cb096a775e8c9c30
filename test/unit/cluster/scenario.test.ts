import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Session } from './shell';

/**
 * Kubernetes in Action ch. 2 (seeds 001 and 003), replayed on the virtual clock against the
 * three-node profile (the book's GKE cluster): run → get pods → expose → get svc → curl →
 * scale → get po -o wide → describe.
 */
test('seed chapter 2 transcript, end to end', () => {
  const s = new Session(undefined, 'three-node');

  const nodes = s.run('kubectl get nodes');
  assert.equal(
    nodes.out,
    'NAME                       STATUS   ROLES    AGE   VERSION\n' +
      'gke-kubia-85f6-node-0rrx   Ready    <none>   0s    v1.32.0\n' +
      'gke-kubia-85f6-node-heo1   Ready    <none>   0s    v1.32.0\n' +
      'gke-kubia-85f6-node-vs9f   Ready    <none>   0s    v1.32.0\n',
  );

  // The book's command: kubectl's own error, then the tutor's hint.
  const book = s.run('kubectl run kubia --image=luksa/kubia --port=8080 --generator=run/v1');
  assert.equal(book.code, 1);
  assert.match(book.err, /^Error: unknown flag: --generator\nSee 'kubectl run --help' for usage\.\nKube Tutor: /);
  assert.match(book.err, /\n {2}kubectl run kubia --image=luksa\/kubia --port=8080 --tutor-rc\n$/);
  assert.equal(s.run('kubectl get rc').err, 'No resources found in default namespace.\n', 'the failed command created nothing');

  assert.equal(s.run('kubectl run kubia --image=luksa/kubia --port=8080 --tutor-rc').out, 'replicationcontroller/kubia created\n');
  const pods = s.run('kubectl get pods').out.split('\n');
  assert.equal(pods[0], 'NAME          READY   STATUS              RESTARTS   AGE');
  assert.match(pods[1]!, /^kubia-[a-z0-9]{5} {3}0\/1 {5}ContainerCreating {3}0 {10}0s$/);
  const podName = pods[1]!.split(' ')[0]!;

  assert.equal(s.run('kubectl expose rc kubia --type=LoadBalancer --name kubia-http').out, 'service/kubia-http exposed\n');
  const pending = s.run('kubectl get services').out;
  assert.match(pending, /\nkubia-http {3}LoadBalancer {3}10\.\d+\.\d+\.\d+ +<pending> {5}8080:3\d{4}\/TCP {3}0s\n$/);

  s.run('sleep 45');
  const svc = s.run('kubectl get svc kubia-http').out.split('\n')[1]!;
  assert.match(svc, /^kubia-http {3}LoadBalancer {3}10\.\d+\.\d+\.\d+ +104\.155\.74\.57 {3}8080:3\d{4}\/TCP {3}45s$/);
  assert.equal(s.run('kubectl get replicationcontrollers').out, 'NAME    DESIRED   CURRENT   READY   AGE\nkubia   1         1         1       45s\n');

  assert.equal(s.run('curl 104.155.74.57:8080').out, `You've hit ${podName}\n`);

  assert.equal(s.run('kubectl scale rc kubia --replicas=3').out, 'replicationcontroller/kubia scaled\n');
  s.run('sleep 20');
  const wide = s.run('kubectl get po -o wide').out.trim().split('\n');
  assert.equal(wide[0], 'NAME          READY   STATUS    RESTARTS   AGE   IP           NODE                       NOMINATED NODE   READINESS GATES');
  assert.equal(wide.length, 4);
  const rows = wide.slice(1).map((l) => l.split(/ {2,}/));
  assert.ok(rows.every((r) => r[1] === '1/1' && r[2] === 'Running'));
  assert.equal(new Set(rows.map((r) => r[6])).size, 3, 'one pod per node');
  assert.ok(rows.every((r) => /^10\.244\.[0-2]\.\d+$/.test(r[5]!)), 'pod IPs from each node CIDR');

  const hits = new Set<string>();
  for (let i = 0; i < 40; i++) hits.add(s.run('curl http://104.155.74.57:8080').out);
  assert.deepEqual([...hits].sort(), rows.map((r) => `You've hit ${r[0]}\n`).sort(), 'the service balances over all three pods');

  const described = s.run(`kubectl describe po ${podName}`).out;
  assert.match(described, new RegExp(`^Name: {13}${podName}\nNamespace: {8}default\n`));
  assert.match(described, /\nControlled By: {2}ReplicationController\/kubia\n/);
  assert.match(described, /\n {2}Normal {2}Scheduled {2}65s {3}default-scheduler {2}Successfully assigned default\/kubia-\w+ to gke-kubia-85f6-node-\w+\n/);
  assert.match(described, /\n {2}Normal {2}Started {4}\d+s {3}kubelet {12}Started container kubia\n$/);
});

test('minikube profile: the same steps, EXTERNAL-IP from the tunnel, minikube status/stop/start/delete', () => {
  const s = new Session();
  assert.equal(s.run('minikube status').out, 'minikube\ntype: Control Plane\nhost: Running\nkubelet: Running\napiserver: Running\nkubeconfig: Configured\n\n');
  s.run('kubectl run kubia --image=luksa/kubia --port=8080');
  s.run('kubectl expose po kubia --type=LoadBalancer --name kubia-http');
  s.run('sleep 15');
  const svc = s.cluster.api.get('Service', 'default', 'kubia-http');
  assert.equal(s.run(`curl ${svc.status.loadBalancer.ingress[0].ip}:8080`).out, "You've hit kubia\n");

  assert.equal(s.run('minikube stop').code, 0);
  const refused = s.run('kubectl get pods');
  assert.deepEqual([refused.code, refused.err], [1, 'The connection to the server 192.168.49.2:8443 was refused - did you specify the right host or port?\n']);
  assert.equal(s.run(`curl ${svc.spec.clusterIP}:8080`).code, 7, 'a stopped cluster does not answer');
  assert.equal(s.run('minikube status').code, 7);
  s.run('minikube start');
  assert.equal(s.run(`curl ${svc.spec.clusterIP}:8080`).out, "You've hit kubia\n", 'state survives stop/start');
  s.run('minikube delete');
  assert.equal(s.run('kubectl get po').err, 'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n');
  s.run('minikube start');
  assert.equal(s.run('kubectl get po').err, 'No resources found in default namespace.\n');
});

test('deterministic: the same commands on the same seed print the same transcript', () => {
  const transcript = () => {
    const s = new Session(undefined, 'three-node');
    const lines = [
      'kubectl run kubia --image=luksa/kubia --port=8080 --tutor-rc',
      'kubectl expose rc kubia --type=LoadBalancer --name kubia-http',
      'sleep 45',
      'kubectl scale rc kubia --replicas=3',
      'sleep 20',
      'kubectl get po -o wide',
      'kubectl get svc',
      'curl 104.155.74.57:8080',
      'curl 104.155.74.57:8080',
      'kubectl get events',
      'kubectl get rc kubia -o yaml',
    ];
    return lines.map((l) => JSON.stringify(s.run(l))).join('\n');
  };
  const a = transcript();
  assert.equal(transcript(), a);
  assert.match(a, /You've hit kubia-/);
});
