import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { errorCodes, explainLinks } from '../../../src/core/shell/explain';
import { simulatorErrorExplanations } from '../../../src/core/tutor/explanations';
import { lessonByNumber } from '../../../src/core/tutor/lessons';
import { KUBIA_DOCKERFILE, KUBIA_RC_YAML, SEED_DOCKERFILE } from '../../../src/core/tutor/lessons/files';
import { LessonWorld } from '../../../src/core/tutor/world';

/**
 * Every error the simulator prints, produced by the simulator itself: the terminal ends the
 * output with `hint: run "explain CODE"`, and `explain CODE` prints the tutor's explanation.
 * A new simulator error explanation without a scenario here fails the first test.
 */
const CLUSTER = ['minikube start', 'wait 30'];
const KUBIA = ['docker build -t kubia .'];
const SCENARIOS: Record<string, readonly string[]> = {
  ErrImagePull: [...CLUSTER, 'kubectl run kubia --image=kubia --port=8080', 'wait 3', 'kubectl describe pod kubia'],
  ImagePullBackOff: [...CLUSTER, 'kubectl run kubia --image=kubia --port=8080', 'wait 60', 'kubectl get pods'],
  // BusyBox's sh exits at once without a terminal: the kubelet restarts it with growing delays.
  CrashLoopBackOff: [...CLUSTER, 'kubectl run box --image=busybox', 'wait 120', 'kubectl get pods'],
  KubectlUnknownFlagGenerator: [...CLUSTER, 'kubectl run kubia --image=luksa/kubia --port=8080 --generator=run/v1'],
  DockerPullAccessDenied: ['docker run -d kubia'],
  DockerPortAllocated: [...KUBIA, 'docker run -d -p 8080:8080 kubia', 'docker run -d -p 8080:8080 kubia'],
  DockerNameInUse: [...KUBIA, 'docker run -d --name kubia-container kubia', 'docker run -d --name kubia-container kubia'],
  KubectlConnectionRefused: ['kubectl get pods'],
  UnknownFlag: ['docker run --bogus busybox'],
  NodeReferenceError: ['write app.js seed', ...KUBIA, 'docker run -d --name kubia-container -p 8080:8080 kubia', 'curl localhost:8080'],
  DockerPushDenied: [...KUBIA, 'docker push kubia'],
  DockerNoSuchContainer: ['docker rm kubia-container'],
  DockerManifestUnknown: ['docker run -d busybox:9.9'],
  DockerfileParseError: ['write Dockerfile seed', 'docker build -t kubia .'],
  KubectlNotFound: [...CLUSTER, 'kubectl get pod kubia'],
  KubectlAlreadyExists: [...CLUSTER, 'kubectl create -f kubia-rc.yaml', 'kubectl create -f kubia-rc.yaml'],
  KubectlDecodeError: [...CLUSTER, 'write kubia-rc.yaml quoted replicas', 'kubectl create -f kubia-rc.yaml'],
};

async function play(lines: readonly string[]): Promise<{ world: LessonWorld; last: string }> {
  const world = new LessonWorld({ 'app.js': lessonByNumber(3)!.files.find((f) => f.path === 'app.js')!.text, Dockerfile: KUBIA_DOCKERFILE, 'kubia-rc.yaml': KUBIA_RC_YAML });
  let last = '';
  for (const line of lines) {
    const wait = /^wait (\d+)$/.exec(line);
    if (wait) world.wait(Number(wait[1]));
    else if (line === 'write app.js seed') world.write('app.js', lessonByNumber(2)!.files.find((f) => f.path === 'app.js')!.text);
    else if (line === 'write Dockerfile seed') world.write('Dockerfile', SEED_DOCKERFILE);
    else if (line === 'write kubia-rc.yaml quoted replicas') world.write('kubia-rc.yaml', KUBIA_RC_YAML.replace('replicas: 1', 'replicas: "1"'));
    else last = (await world.run(line)).output;
  }
  return { world, last };
}

describe('simulator errors end with a hint to explain them', () => {
  test('every simulator error explanation has a scenario, English and Korean text, and a real command', () => {
    const codes = simulatorErrorExplanations().map((e) => e.code);
    assert.deepEqual(codes.filter((c) => !(c in SCENARIOS)), []);
    assert.deepEqual(Object.keys(SCENARIOS).filter((c) => !codes.includes(c)), []);
    for (const e of simulatorErrorExplanations()) {
      for (const text of [e.title, e.why, e.fix]) {
        assert.ok(text.en.trim() && /[\uac00-\ud7a3]/.test(text.ko), `${e.code}: ${text.en}`);
      }
      assert.ok(e.command, `${e.code} has a command`);
    }
  });

  for (const [code, lines] of Object.entries(SCENARIOS)) {
    test(code, async () => {
      const { world, last } = await play(lines);
      assert.ok(errorCodes(last).includes(code), `${code} not recognised in:\n${last}`);
      const hint = last.trimEnd().split('\n').pop()!;
      assert.match(hint, new RegExp(`^hint: run .*"explain ${code}"`), last);
      const explained = await world.run(`explain ${code}`);
      assert.equal(explained.exitCode, 0);
      const e = simulatorErrorExplanations().find((x) => x.code === code)!;
      assert.equal(explained.output, `${code}: ${e.title.en}\n\nWhy: ${e.why.en}\nFix: ${e.fix.en}\n\n  $ ${e.command}\n`);
    });
  }

  test('explain: Dockerfile rule codes too, any case; an unknown code is an error; no hint after explain or a success', async () => {
    const world = new LessonWorld();
    assert.match((await world.run('explain DF002')).output, /^DF002: /);
    assert.match((await world.run('explain errimagepull')).output, /^ErrImagePull: The node cannot pull the image\n/);
    const unknown = await world.run('explain Nope');
    assert.equal(unknown.exitCode, 1);
    assert.equal(unknown.output, 'explain: no explanation for "Nope". Run "explain" to list the known codes.\n');
    assert.match((await world.run('explain')).output, /^Usage: explain CODE[\s\S]*\n {2}KubectlConnectionRefused +kubectl cannot reach a cluster\n/);
    assert.doesNotMatch((await world.run('docker run busybox echo "Hello world"')).output, /hint:/);
  });

  test('explain: a manifest code ends with its fixed example, indented (YAML is not translated)', async () => {
    const out = (await new LessonWorld().run('explain K8S011')).output;
    assert.match(out, /^K8S011: Image tagged latest or untagged\n[\s\S]*\n {2}\$ docker push luksa\/kubia:1\.0\n\nFixed example:\n {2}apiVersion: v1\n {2}kind: Pod\n[\s\S]*\n {6}image: luksa\/kubia:1\.0\n/);
    assert.ok(out.endsWith('\n      - containerPort: 8080\n'), out);
  });

  test('the terminal links "explain CODE" in a hint line (English or Korean) to the explanation, only for known codes', () => {
    assert.deepEqual(explainLinks('hint: run "explain ErrImagePull", "explain Nope"'), [{ startIndex: 11, length: 20, code: 'ErrImagePull' }]);
    assert.deepEqual(explainLinks('힌트: "explain dockerpushdenied" 실행'), [{ startIndex: 5, length: 24, code: 'DockerPushDenied' }]);
    assert.deepEqual(explainLinks('nothing to explain here'), []);
  });
});
