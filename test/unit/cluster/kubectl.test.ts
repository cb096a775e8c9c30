import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { load } from 'js-yaml';
import { humanDuration } from '../../../src/core/cli/kubectl/format';
import { tabwrite } from '../../../src/core/cli/kubectl/tabwriter';
import { parseFlags, FlagError } from '../../../src/core/cli/kubectl/flags';
import { MemoryFs, Session } from './shell';

describe('kubectl formatting primitives', () => {
  const ages: [number, string][] = [
    [0, '0s'], [59_000, '59s'], [119_000, '119s'], [120_000, '2m'], [150_000, '2m30s'], [600_000, '10m'],
    [3 * 3600_000, '3h'], [3 * 3600_000 + 60_000, '3h1m'], [9 * 3600_000, '9h'], [49 * 3600_000, '2d1h'], [9 * 86400_000, '9d'], [800 * 86400_000, '2y70d'],
  ];
  for (const [ms, want] of ages) test(`HumanDuration(${ms} ms) = ${want}`, () => assert.equal(humanDuration(ms), want));

  test("tabwriter aligns per block like Go's text/tabwriter", () => {
    assert.equal(tabwrite('a:\tx\nlonger:\ty\nIPs:\n  IP:\tz', 2), 'a:       x\nlonger:  y\nIPs:\n  IP:  z');
  });

  test('flags: pflag forms and errors', () => {
    const p = parseFlags(['kubia', '--image=luksa/kubia', '--port', '8080', '-n', 'x', '--', 'sh', '-c'], [
      { name: 'image', type: 'string' }, { name: 'port', type: 'int' }, { name: 'namespace', short: 'n', type: 'string' },
    ]);
    assert.deepEqual([p.args, p.values.get('image'), p.values.get('port'), p.values.get('namespace'), p.rest], [['kubia'], ['luksa/kubia'], ['8080'], ['x'], ['sh', '-c']]);
    assert.throws(() => parseFlags(['--port=x'], [{ name: 'port', type: 'int' }]), (e: FlagError) => e.message === 'invalid argument "x" for "--port" flag: strconv.ParseInt: parsing "x": invalid syntax');
  });
});

describe('kubectl against the embedded cluster', () => {
  test('errors in kubectl wording', () => {
    const s = new Session();
    assert.deepEqual(s.run('kubectl get pod nope'), { code: 1, out: '', err: 'Error from server (NotFound): pods "nope" not found\n' });
    assert.equal(s.run('kubectl get foo').err, 'error: the server doesn\'t have a resource type "foo"\n');
    assert.equal(s.run('kubectl get pods --foo').err, "Error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n");
    assert.equal(s.run('kubectl scale rc kubia').err, 'error: required flag(s) "replicas" not set\n');
    assert.equal(s.run('kubectl frob').err, 'error: unknown command "frob" for "kubectl"\n');
    assert.equal(s.run('kubectl get svc -n nowhere').err, 'No resources found in nowhere namespace.\n');
    const none = s.run('kubectl get');
    assert.equal(none.code, 1);
    assert.match(none.err, /^error: Required resource not specified\./);
    s.run('kubectl run kubia --image=luksa/kubia');
    assert.equal(s.run('kubectl run kubia --image=luksa/kubia').err, 'Error from server (AlreadyExists): pods "kubia" already exists\n');
    const podHint = s.run('kubectl run web --image=nginx --generator=run-pod/v1');
    assert.match(podHint.err, /^Error: unknown flag: --generator\n.*\nKube Tutor: .*\n {2}kubectl run web --image=nginx\n$/s);
    assert.equal(s.run('kubectl exec kubia hostname').err, 'error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\n');
  });

  test('get: -o name, -l, --show-labels, -A, short names, sorted by name', () => {
    const s = new Session();
    s.run('kubectl run b --image=luksa/kubia --labels=app=web,tier=fe');
    s.run('kubectl run a --image=luksa/kubia --labels=app=db');
    assert.equal(s.run('kubectl get po -o name').out, 'pod/a\npod/b\n');
    assert.equal(s.run('kubectl get pods -l app=web -o name').out, 'pod/b\n');
    assert.equal(s.run("kubectl get po -l 'app in (web,db),!tier' -o name").out, 'pod/a\n');
    assert.match(s.run('kubectl get po b --show-labels').out, /^NAME +READY +STATUS +RESTARTS +AGE +LABELS\nb +0\/1 +ContainerCreating +0 +0s +app=web,tier=fe\n$/);
    const all = s.run('kubectl get po -A').out.split('\n');
    assert.match(all[0]!, /^NAMESPACE +NAME +READY/);
    assert.ok(all.some((l) => /^kube-system +etcd-minikube +1\/1 +Running/.test(l)));
    assert.equal(s.run('kubectl get no -o name').out, 'node/minikube\n');
    assert.equal(s.run('kubectl get ns').out.split('\n').slice(1, -1).map((l) => l.split(/ +/)[0]).join(' '), 'default kube-node-lease kube-public kube-system');
  });

  test('get -o yaml shows the defaulted object; -w follows a pod until it runs', () => {
    const s = new Session();
    s.run('kubectl run kubia --image=luksa/kubia --port=8080');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- kubectl -o yaml, checked field by field
    const pod = load(s.run('kubectl get po kubia -o yaml').out) as Record<string, any>;
    assert.equal(pod.kind, 'Pod');
    assert.equal(pod.spec.containers[0].imagePullPolicy, 'Always');
    assert.equal(pod.metadata.labels.run, 'kubia');
    const json = JSON.parse(s.run('kubectl get po kubia -o json').out);
    assert.deepEqual(Object.keys(json).slice(0, 3), ['kind', 'apiVersion', 'metadata']);
    const w = s.run('kubectl get po -w').out.split('\n').filter(Boolean);
    assert.match(w[0]!, /^NAME +READY +STATUS/);
    assert.match(w[1]!, /^kubia +0\/1 +ContainerCreating/);
    assert.match(w[w.length - 1]!, /^kubia +1\/1 +Running +0 +\d+s$/);
  });

  test('create -f and delete -f name the file in server refusals, as kubectl does (AddSourceToErr)', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubia-manual\nspec:\n  containers:\n  - name: kubia\n    image: luksa/kubia\n';
    const s = new Session(new MemoryFs({ 'kubia-manual.yaml': pod, 'bad.yaml': pod.replace('name: kubia-manual', 'name: Bad_Name') }));
    assert.equal(s.run('kubectl create -f kubia-manual.yaml').out, 'pod/kubia-manual created\n');
    assert.deepEqual(s.run('kubectl create -f kubia-manual.yaml'), {
      code: 1,
      out: '',
      err: 'Error from server (AlreadyExists): error when creating "kubia-manual.yaml": pods "kubia-manual" already exists\n',
    });
    // Invalid keeps its own line, without the file (kubectl prints it from the details).
    assert.match(s.run('kubectl create -f bad.yaml').err, /^The Pod "Bad_Name" is invalid: metadata\.name: Invalid value: "Bad_Name"/);
    assert.match(s.run('kubectl delete -f kubia-manual.yaml --wait=false').out, /^pod "kubia-manual" deleted\n/);
    s.run('sleep 40');
    assert.deepEqual(s.run('kubectl delete -f kubia-manual.yaml'), {
      code: 1,
      out: '',
      err: 'Error from server (NotFound): error when deleting "kubia-manual.yaml": pods "kubia-manual" not found\n',
    });
    assert.deepEqual(s.run('kubectl delete -f kubia-manual.yaml --ignore-not-found'), { code: 0, out: '', err: '' });
  });

  test('apply -f dir: multi-doc, created → unchanged → configured; errors for unknown kinds', () => {
    const fs = new MemoryFs({
      'k8s/kubia.yaml': [
        'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: kubia', 'spec:', '  replicas: 2', '  selector:', '    matchLabels:', '      app: kubia',
        '  template:', '    metadata:', '      labels:', '        app: kubia', '    spec:', '      containers:', '      - name: kubia', '        image: luksa/kubia',
        '---', 'apiVersion: v1', 'kind: Service', 'metadata:', '  name: kubia', 'spec:', '  type: NodePort', '  selector:', '    app: kubia', '  ports:', '  - port: 80', '    targetPort: 8080', '',
      ].join('\n'),
      'k8s/notes.txt': 'not a manifest',
      'bad/old.yaml': 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: old\n',
      'bad/nokind.yaml': 'apiVersion: v1\nmetadata:\n  name: x\n',
    });
    const s = new Session(fs);
    assert.equal(s.run('kubectl apply -f k8s').out, 'deployment.apps/kubia created\nservice/kubia created\n');
    assert.equal(s.run('kubectl apply -f k8s/kubia.yaml').out, 'deployment.apps/kubia unchanged\nservice/kubia unchanged\n');
    fs.files['k8s/kubia.yaml'] = fs.files['k8s/kubia.yaml']!.replace('replicas: 2', 'replicas: 3');
    assert.equal(s.run('kubectl apply -f k8s/').out, 'deployment.apps/kubia configured\nservice/kubia unchanged\n');
    s.run('sleep 30');
    assert.equal(s.cluster.api.list('Pod', 'default').length, 3);
    const port = s.cluster.api.get('Service', 'default', 'kubia').spec.ports[0].nodePort;
    assert.match(s.run(`curl 192.168.49.2:${port}`).out, /^You've hit kubia-/);
    assert.equal(
      s.run('kubectl apply -f bad/old.yaml').err,
      'error: resource mapping not found for name: "old" namespace: "" from "bad/old.yaml": no matches for kind "Deployment" in version "extensions/v1beta1"\nensure CRDs are installed first\n',
    );
    assert.match(s.run('kubectl apply -f bad/nokind.yaml').err, /^error: error validating "bad\/nokind.yaml": error validating data: kind not set;/);
    assert.equal(s.run('kubectl apply -f missing.yaml').err, 'error: the path "missing.yaml" does not exist\n');
  });

  test('logs, exec curl through the ClusterIP and service DNS name, label --overwrite, delete waits', () => {
    const s = new Session();
    s.run('kubectl create deployment kubia --image=luksa/kubia --port=8080');
    s.run('kubectl expose deployment kubia --port=80 --target-port=8080');
    const pod = s.cluster.api.list('Pod', 'default')[0]!.metadata.name;
    assert.equal(s.run(`kubectl logs ${pod}`).err, `Error from server (BadRequest): container "kubia" in pod "${pod}" is waiting to start: ContainerCreating\n`);
    s.run('sleep 20');
    assert.equal(s.run(`kubectl logs ${pod}`).out, 'Kubia server starting...\n');
    assert.equal(s.run('kubectl logs deploy/kubia').out, 'Kubia server starting...\n');
    assert.equal(s.run(`kubectl exec ${pod} -- curl -s http://kubia`).out, `You've hit ${pod}\n`);
    assert.equal(s.run(`kubectl exec ${pod} -- curl -s kubia.default.svc.cluster.local`).out, `You've hit ${pod}\n`);
    assert.equal(s.run(`kubectl exec ${pod} -- curl -s http://nosuch`).err, 'curl: (6) Could not resolve host: nosuch\n');
    assert.equal(s.run(`kubectl label po ${pod} app=other`).err, "error: 'app' already has a value (kubia), and --overwrite is false\n");
    assert.equal(s.run(`kubectl label po ${pod} app=other --overwrite`).out, `pod/${pod} labeled\n`);
    s.run('sleep 20');
    assert.equal(s.cluster.api.list('Pod', 'default').length, 2, 'the relabelled pod left the ReplicaSet, which replaced it');
    assert.equal(s.run(`kubectl delete po ${pod}`).out, `pod "${pod}" deleted\n`);
    assert.equal(s.cluster.api.tryGet('Pod', 'default', pod), undefined, 'kubectl delete waits until the pod is gone');
  });

  test('FailedScheduling and ImagePullBackOff show up in get and describe', () => {
    const s = new Session();
    s.run('kubectl run big --image=luksa/kubia --port=8080');
    const big = s.cluster.api.get('Pod', 'default', 'big');
    void big;
    s.run('kubectl run ghost --image=someone/never-pushed');
    s.run('sleep 5');
    assert.match(s.run('kubectl get po ghost').out, /\nghost +0\/1 +ImagePullBackOff +0 +5s\n$/);
    const d = s.run('kubectl describe pod ghost').out;
    assert.match(d, /\n {4}State: {10}Waiting\n {6}Reason: {7}ImagePullBackOff\n/);
    assert.match(d, /Warning {2}Failed +\d+s +kubelet +Error: ErrImagePull\n/);
    const fs = new MemoryFs({ 'big.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: huge\nspec:\n  containers:\n  - name: c\n    image: luksa/kubia\n    resources:\n      requests:\n        cpu: "8"\n' });
    const s2 = new Session(fs);
    s2.run('kubectl apply -f big.yaml');
    assert.match(s2.run('kubectl get po huge').out, /\nhuge +0\/1 +Pending +0 +0s\n$/);
    assert.match(s2.run('kubectl describe po huge').out, /Warning {2}FailedScheduling {2}0s {4}default-scheduler {2}0\/1 nodes are available: 1 Insufficient cpu\. preemption: 0\/1 nodes are available: 1 No preemption victims found for incoming pod\.\n$/);
  });

  test('rollout status/undo/history advance the virtual clock', () => {
    const s = new Session();
    s.run('kubectl create deployment kubia --image=luksa/kubia:v1 --replicas=3');
    assert.equal(s.run('kubectl rollout status deployment/kubia').out.split('\n').filter(Boolean).pop(), 'deployment "kubia" successfully rolled out');
    assert.equal(s.run('kubectl set image deployment/kubia kubia=luksa/kubia:v2').out, 'deployment.apps/kubia image updated\n');
    s.run('kubectl rollout status deployment/kubia');
    assert.equal(s.run('kubectl rollout history deployment/kubia').out, 'deployment.apps/kubia \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    assert.equal(s.run('kubectl rollout undo deployment/kubia').out, 'deployment.apps/kubia rolled back\n');
    s.run('kubectl rollout status deployment/kubia');
    const images = s.cluster.api.list('Pod', 'default').filter((p) => !p.metadata.deletionTimestamp).map((p) => p.spec.containers[0].image);
    assert.deepEqual(images, ['luksa/kubia:v1', 'luksa/kubia:v1', 'luksa/kubia:v1']);
    assert.equal(s.cluster.api.get('Deployment', 'default', 'kubia').metadata.annotations!['deployment.kubernetes.io/revision'], '3');
    assert.equal(s.run('kubectl wait --for=condition=Available deployment/kubia --timeout=5s').out, 'deployment.apps/kubia condition met\n');
  });
});

function realKubectl(args: string[]): string | undefined {
  try {
    return execFileSync('kubectl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

describe('parity with the real kubectl client (create … --dry-run=client -o yaml)', () => {
  const have = realKubectl(['version', '--client']) !== undefined;
  const cases = [
    'create deployment kubia --image=luksa/kubia --replicas=3 --port=8080',
    'create deployment web --image=nginx:1.27',
    'create service loadbalancer kubia-http --tcp=8080:8080',
    'create service nodeport kubia --tcp=80:8080',
    'create service clusterip kubia --tcp=80:8080 --tcp=443:8443',
    'create namespace custom',
    'create configmap cfg --from-literal=a=1 --from-literal=b=two',
  ];
  for (const c of cases)
    test(c, { skip: have ? false : 'kubectl is not installed on this machine' }, () => {
      const args = [...c.split(' '), '--dry-run=client', '-o', 'yaml'];
      const real = load(realKubectl(args)!);
      const s = new Session();
      const ours = s.run(`kubectl ${args.join(' ')}`);
      assert.equal(ours.err, '');
      assert.deepEqual(load(ours.out), real);
    });
});

describe('kubectl extras', () => {
  test('-o jsonpath and cordon/uncordon', () => {
    const s = new Session();
    s.run('kubectl run b --image=luksa/kubia');
    s.run('kubectl run a --image=luksa/kubia');
    s.run('sleep 15');
    assert.equal(s.run('kubectl get po -o jsonpath={.items[*].metadata.name}').out, 'a b');
    assert.equal(s.run("kubectl get po a -o 'jsonpath={.spec.containers[0].image} on {.spec.nodeName}'").out, 'luksa/kubia on minikube');
    assert.match(s.run('kubectl get po b -o jsonpath={.status.podIP}').out, /^10\.244\.0\.\d+$/);
    assert.equal(s.run('kubectl cordon minikube').out, 'node/minikube cordoned\n');
    assert.match(s.run('kubectl get no').out, /\nminikube +Ready,SchedulingDisabled +control-plane /);
    s.run('kubectl run c --image=luksa/kubia');
    assert.match(s.run('kubectl get po c').out, /\nc +0\/1 +Pending /);
    assert.match(s.run('kubectl describe po c').out, /0\/1 nodes are available: 1 node\(s\) were unschedulable\./);
    s.run('kubectl uncordon minikube');
    assert.match(s.run('kubectl get po c').out, /\nc +0\/1 +ContainerCreating /, 'the pending pod schedules once the node is uncordoned');
  });
});
