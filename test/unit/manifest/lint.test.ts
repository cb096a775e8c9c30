import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isComposeFileName, lintManifestFolder, lintYaml } from '../../../src/core/manifest';
import { applyEdits } from '../../../src/core/dockerfile/pragmaFix';
import { FIXTURES, describeDiagnostic } from '../helpers';

const KUBIA = path.join(FIXTURES, 'manifest', 'kubia');
const read = (f: string) => fs.readFileSync(path.join(KUBIA, f), 'utf8');

describe('lintYaml: which YAML is a manifest', () => {
  test('GitHub workflows, kubeconfig, Helm templates and plain data are left alone', () => {
    const others = [
      'name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n    - uses: actions/checkout@v4\n',
      'apiVersion: v1\nkind: Config\nclusters:\n- cluster: {server: "https://1.2.3.4"}\n  name: minikube\ncurrent-context: minikube\nusers: []\n',
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [kubia-rc.yaml]\n',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n',
      '- a\n- b\n',
    ];
    for (const text of others) assert.deepEqual(lintYaml(text), [], text);
  });

  test('a custom resource is reported as not validated (info), never an error', () => {
    const ds = lintYaml('apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: m}\nspec: {whatever: 1}\n');
    assert.deepEqual(ds.map((d) => `${d.severity} ${d.code}`), ['info K8S004']);
  });
});

describe('suppression and settings', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    kube-tutor.io/ignore: "K8S012, latest-tag"\nspec:\n  containers:\n  - name: a\n    image: nginx\n';

  test('the kube-tutor.io/ignore annotation silences codes and aliases for that object only', () => {
    const codes = lintYaml(pod).map((d) => d.code);
    assert.ok(!codes.includes('K8S012') && !codes.includes('K8S011'), codes.join());
    assert.ok(codes.includes('K8S013'));
    const other = `${pod}---\n${pod.replace(/ {2}annotations:\n.*\n/, '').replace('name: p', 'name: q')}`;
    assert.equal(lintYaml(other).filter((d) => d.code === 'K8S011').length, 1);
  });

  test('options.rules turns rules off or changes their severity, by code or alias', () => {
    const text = pod.replace(/ {2}annotations:\n.*\n/, '');
    assert.ok(!lintYaml(text, { rules: { 'latest-tag': 'off' } }).some((d) => d.code === 'K8S011'));
    assert.equal(lintYaml(text, { rules: { K8S011: 'error' } }).find((d) => d.code === 'K8S011')?.severity, 'error');
    assert.ok(!lintYaml('apiVersion: v1\nkind: Pod\n', { rules: { K8S010: 'off' } }).some((d) => d.code === 'K8S010'));
  });

  test('the book manifests: no errors, only teaching warnings and notes', () => {
    for (const f of ['kubia-manual.yaml', 'kubia-rc.yaml', 'kubia-svc-loadbalancer.yaml']) {
      const ds = lintYaml(read(f));
      assert.deepEqual(ds.filter((d) => d.severity === 'error'), [], f);
    }
    assert.deepEqual(lintYaml(read('kubia-manual.yaml')).map((d) => `${d.severity} ${describeDiagnostic(d)}`), [
      'warning 7:12-7:23 K8S011',
      'warning 8:11-8:16 K8S012',
      'info 8:11-8:16 K8S013',
      'info 8:11-8:16 K8S015',
      'info 8:11-8:16 K8S016',
    ]);
  });
});

describe('lintManifestFolder (cross-resource, folder scope)', () => {
  test('a Service in one file selects the RC pods of another file: no dangling service, targetPort matches', () => {
    const out = lintManifestFolder([
      { path: 'kubia-rc.yaml', text: read('kubia-rc.yaml') },
      { path: 'kubia-svc.yaml', text: read('kubia-svc-loadbalancer.yaml') },
    ]);
    assert.deepEqual([...out.values()].flat(), []);
  });

  test('the Service alone is dangling; duplicates across files name the other file', () => {
    const alone = lintManifestFolder([{ path: 'svc.yaml', text: read('kubia-svc-loadbalancer.yaml') }]);
    assert.deepEqual(alone.get('svc.yaml')!.map(describeDiagnostic), ['10:3-10:11 K8S030']);
    const dup = lintManifestFolder([
      { path: 'a.yaml', text: read('kubia-rc.yaml') },
      { path: 'b.yaml', text: read('kubia-rc.yaml') },
    ]);
    assert.deepEqual(dup.get('a.yaml'), []);
    const [d] = dup.get('b.yaml')!;
    assert.equal(d?.code, 'K8S032');
    assert.match(d!.message, /a\.yaml:4/);
  });

  test('cross-resource findings carry related locations pointing at the other object', () => {
    const dup = lintManifestFolder([
      { path: 'a.yaml', text: read('kubia-rc.yaml') },
      { path: 'b.yaml', text: read('kubia-rc.yaml') },
    ]);
    const [d] = dup.get('b.yaml')!;
    assert.deepEqual(d!.related?.map((r) => `${r.path}@${r.range.start.line}:${r.range.start.character}`), ['a.yaml@3:8']);
    assert.match(d!.related![0]!.message, /First definition of ReplicationController "kubia"/);
    const svc = read('kubia-svc-loadbalancer.yaml').replace(/targetPort: 8080/, 'targetPort: 9090');
    const target = lintManifestFolder([
      { path: 'rc.yaml', text: read('kubia-rc.yaml') },
      { path: 'svc.yaml', text: svc },
    ]).get('svc.yaml')!;
    assert.deepEqual(target.map((x) => x.code), ['K8S031']);
    assert.equal(target[0]!.related?.[0]?.path, 'rc.yaml');
    assert.match(target[0]!.related![0]!.message, /ReplicationController "kubia": pods selected by this Service/);
    const np = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: NAME\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30123\n';
    const collide = lintManifestFolder([
      { path: 'x.yaml', text: np.replace('NAME', 'x') },
      { path: 'y.yaml', text: np.replace('NAME', 'y') },
    ]).get('y.yaml')!;
    assert.deepEqual(collide.map((x) => `${x.code} ${x.related?.[0]?.path}@${x.related?.[0]?.range.start.line}`), ['K8S033 x.yaml@8']);
  });

  test('kubeTutor.manifest.rules settings apply to cross-resource findings (off, or another severity)', () => {
    const files = [{ path: 'svc.yaml', text: read('kubia-svc-loadbalancer.yaml') }];
    assert.deepEqual(lintManifestFolder(files, { rules: { 'dangling-service': 'off' } }).get('svc.yaml'), []);
    assert.deepEqual(lintManifestFolder(files, { rules: { K8S030: 'error' } }).get('svc.yaml')!.map((x) => x.severity), ['error']);
  });

  test('quick fixes of cross-resource findings: select a workload\'s pods, use a declared targetPort; each re-lints clean', () => {
    const rc = read('kubia-rc.yaml');
    const svc = read('kubia-svc-loadbalancer.yaml').replace('app: kubia', 'app: kubai');
    const relint = (text: string) => lintManifestFolder([{ path: 'rc.yaml', text: rc }, { path: 'svc.yaml', text }]).get('svc.yaml')!;
    const [dangling] = relint(svc);
    assert.equal(dangling?.code, 'K8S030');
    assert.deepEqual(dangling!.fix?.map((f) => [f.title, f.preferred]), [['Select the pods of ReplicationController "kubia" (app=kubia)', true]]);
    assert.deepEqual(relint(applyEdits(svc, dangling!.fix![0]!.edits)), []);

    const wrongPort = read('kubia-svc-loadbalancer.yaml').replace('targetPort: 8080', 'targetPort: 9090');
    const [port] = relint(wrongPort);
    assert.deepEqual(port!.fix?.map((f) => f.title), ['Use targetPort 8080']);
    const fixed = applyEdits(wrongPort, port!.fix![0]!.edits);
    assert.match(fixed, /targetPort: 8080/);
    assert.deepEqual(relint(fixed), []);

    // No targetPort: it defaults to port (80); the fix adds targetPort under it, the Service port stays.
    const noTarget = read('kubia-svc-loadbalancer.yaml').replace(/\n\s*targetPort: 8080/, '');
    const [defaulted] = relint(noTarget);
    assert.equal(defaulted?.code, 'K8S031');
    const added = applyEdits(noTarget, defaulted!.fix![0]!.edits);
    assert.match(added, /- port: 80\n {4}targetPort: 8080\n/);
    assert.deepEqual(relint(added), []);
  });

  test('suppression works for cross-resource findings too', () => {
    const text = read('kubia-svc-loadbalancer.yaml').replace('  name: kubia-loadbalancer\n', '  name: kubia-loadbalancer\n  annotations:\n    kube-tutor.io/ignore: dangling-service\n');
    assert.deepEqual(lintManifestFolder([{ path: 's.yaml', text }]).get('s.yaml'), []);
  });
});

describe('Compose files', () => {
  test('recognised by name only: docker-compose.yml, compose.yaml, overrides, the seeds 4-docker-compose.yml', () => {
    for (const n of ['docker-compose.yml', 'compose.yaml', 'docker-compose.override.yml', 'dir/4-docker-compose.yml', 'C:\\x\\compose.prod.yml'])
      assert.ok(isComposeFileName(n), n);
    for (const n of ['deployment.yaml', 'compose.json', 'my-compose-notes.yml', undefined]) assert.ok(!isComposeFileName(n), String(n));
  });

  test('the same text is a Compose file or plain YAML depending on its name', () => {
    const text = 'services:\n  web:\n    imgae: nginx:1.27\n';
    assert.deepEqual(lintYaml(text, { fileName: 'docker-compose.yml' }).map(describeDiagnostic), ['2:3-2:6 COMPOSE002', '3:5-3:10 COMPOSE001']);
    assert.deepEqual(lintYaml(text, { fileName: 'notes.yml' }), []);
  });

  test('without a file-exists interface, build contexts are not judged', () => {
    assert.deepEqual(lintYaml('services:\n  a:\n    build: ./nope\n', { fileName: 'compose.yaml' }), []);
  });
});

describe('K8S022: image not built or pushed in the simulator (editor only)', () => {
  const pod = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubia\nspec:\n  containers:\n  - name: kubia\n    image: ${image}\n`;
  const images = { local: ['kubia:latest', 'mucha0619/kubia:latest'], pullable: ['docker.io/mucha0619/kubia:latest', 'docker.io/luksa/kubia:latest', 'docker.io/library/node:7'] };
  const k8s022 = (text: string, options = { images }) => lintYaml(text, options).filter((d) => d.code === 'K8S022');

  test('catches a built-but-not-pushed image and a never-built one, on the image value', () => {
    const [built] = k8s022(pod('kubia'));
    assert.equal(built?.severity, 'info');
    assert.deepEqual(describeDiagnostic(built!), '8:12-8:17 K8S022');
    assert.match(built!.message, /was built but not pushed.*ErrImagePull.*Push Image/);
    const [missing] = k8s022(pod('someone/else:2.0'));
    assert.match(missing!.message, /neither built nor pushed.*Build Image/);
  });

  test('must not catch pushed or catalogue images in any spelling, digests, or without the simulator (CLI)', () => {
    for (const image of ['mucha0619/kubia', 'docker.io/mucha0619/kubia:latest', 'luksa/kubia', 'node:7', 'docker.io/library/node:7', `kubia@sha256:${'a'.repeat(64)}`])
      assert.deepEqual(k8s022(pod(image)), [], image);
    assert.deepEqual(lintYaml(pod('kubia')).filter((d) => d.code === 'K8S022'), [], 'no images given: the rule is off');
  });

  test('honours kubeTutor.manifest.rules and the ignore annotation', () => {
    assert.deepEqual(lintYaml(pod('kubia'), { images, rules: { K8S022: 'off' } }).filter((d) => d.code === 'K8S022'), []);
    const annotated = pod('kubia').replace('  name: kubia\nspec', '  name: kubia\n  annotations:\n    kube-tutor.io/ignore: K8S022\nspec');
    assert.deepEqual(k8s022(annotated), []);
  });
});
