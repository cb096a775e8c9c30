import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as c from '../../../src/core/tutor/checks';
import { CHECK_KINDS, evaluateCheck, type Check, type CheckKind } from '../../../src/core/tutor/checks';
import { lessonByNumber } from '../../../src/core/tutor/lessons';
import { KUBIA_DOCKERFILE, KUBIA_RC_YAML } from '../../../src/core/tutor/lessons/files';
import { LessonWorld } from '../../../src/core/tutor/world';

/**
 * A negative test per check kind on the real simulator: the learner got close (the command
 * without its flag, the image built but not tagged, 43 replicas instead of 3…) and the check
 * stays incomplete, with a reason that says what is missing.
 */
interface NearMiss {
  /** Lesson whose scaffold is in the folder (0: an empty folder). */
  readonly lesson: number;
  readonly files?: Readonly<Record<string, string>>;
  /** Typed in the terminal, in order; `wait N` lets N seconds of virtual time pass. */
  readonly lines: readonly string[];
  readonly check: Check;
  readonly reason: RegExp;
}

const step = (lesson: number, id: string): Check => lessonByNumber(lesson)!.steps.find((s) => s.id === id)!.check;
const CLUSTER = ['minikube start', 'wait 30'];
/** Lesson 2's folder with the Dockerfile fixed (the seed's trailing comments break the build). */
const BUILDABLE = { Dockerfile: KUBIA_DOCKERFILE };
const RC = [...CLUSTER, 'kubectl create -f kubia-rc.yaml', 'wait 60'];
const DEPLOY = [...CLUSTER, 'kubectl apply -f kubia-deployment.yaml', 'wait 60'];

const CASES: Record<CheckKind, NearMiss> = {
  fileExists: { lesson: 0, files: { 'App.js': 'x' }, lines: [], check: c.fileExists('app.js'), reason: /app\.js does not exist/ },
  fileContains: { lesson: 2, lines: [], check: c.fileContains('app.js', 'response.end('), reason: /does not contain `response\.end\(`/ },
  fileLacks: { lesson: 2, lines: [], check: c.fileLacks('app.js', 'reponse.end'), reason: /still contains `reponse\.end`/ },
  // The seed's CMD with its one-argument "--protected-mode no".
  fileMatches: { lesson: 5, lines: [], check: c.fileMatches('3-Dockerfile', '"--protected-mode"\\s*,\\s*"no"'), reason: /3-Dockerfile has no line matching/ },
  // The seed Dockerfile's trailing comments.
  fileLacksMatch: { lesson: 2, lines: [], check: step(2, 'fix-dockerfile'), reason: /Dockerfile line 1 still needs a change: FROM node:7 #/ },
  fileHasNoErrors: { lesson: 0, files: { Dockerfile: 'FROM node:7\nEXPOSE 80800\n' }, lines: [], check: c.fileHasNoErrors('Dockerfile'), reason: /error/ },
  commandRan: { lesson: 0, lines: ['docker ps'], check: c.commandRan('docker', 'ps', '-a'), reason: /docker ps -a/ },
  // The same pod without the removed flag: it works, but this step is about the error.
  commandFailed: { lesson: 8, lines: [...CLUSTER, 'kubectl run kubia --image=luksa/kubia --port=8080'], check: step(8, 'generator'), reason: /--generator/ },
  // Built without -t: the image exists, untagged.
  imageExists: { lesson: 2, files: BUILDABLE, lines: ['docker build .'], check: c.imageExists('kubia'), reason: /no image kubia/ },
  // The seed app.js crashes on the first request (`reponse`).
  containerRunning: { lesson: 2, files: BUILDABLE, lines: ['docker build -t kubia .', 'docker run --name kubia-container -p 8080:8080 -d kubia', 'curl localhost:8080'], check: c.containerRunning('kubia-container'), reason: /exited \(exit code 1\)/ },
  containerExited: { lesson: 2, files: BUILDABLE, lines: ['docker build -t kubia .', 'docker run --name kubia-container -d kubia'], check: c.containerExited('kubia-container'), reason: /running, not stopped/ },
  containerAbsent: { lesson: 2, files: BUILDABLE, lines: ['docker build -t kubia .', 'docker run --name kubia-container -d kubia', 'docker stop kubia-container'], check: c.containerAbsent('kubia-container'), reason: /still exists/ },
  // The same images run by hand: no Compose project.
  composeContainersRunning: { lesson: 6, files: BUILDABLE, lines: ['docker build -t kubia .', 'docker run -d --name web kubia', 'docker run -d --name redis redis'], check: c.composeContainersRunning(2), reason: /0 Compose container/ },
  // The password prompt was never answered.
  registryLoggedIn: { lesson: 0, lines: ['docker login -u student'], check: c.registryLoggedIn(), reason: /not logged in/ },
  // Logged in, but pushed the name without the user ID: denied.
  registryHas: { lesson: 2, files: BUILDABLE, lines: ['docker build -t kubia .', 'docker login -u student -p secret', 'docker push kubia'], check: c.registryHas('*/kubia'), reason: /no \*\/kubia/ },
  clusterRunning: { lesson: 0, lines: ['minikube start', 'minikube stop'], check: c.clusterRunning(), reason: /minikube start/ },
  nodesReady: { lesson: 0, lines: ['minikube start', 'minikube stop'], check: c.nodesReady(1), reason: /node/ },
  // The local image was never pushed: ErrImagePull.
  podRunning: { lesson: 2, files: BUILDABLE, lines: ['docker build -t kubia .', ...CLUSTER, 'kubectl run kubia --image=kubia --port=8080', 'wait 60'], check: c.podRunning('kubia'), reason: /kubia is (ErrImagePull|ImagePullBackOff)/ },
  podsReady: { lesson: 8, lines: [...RC, 'kubectl scale rc kubia --replicas=2', 'wait 60'], check: c.podsReady('app=kubia', 3), reason: /2 pod\(s\) with app=kubia are ready/ },
  // The seed's typo: --replicas=43.
  replicasReady: { lesson: 8, lines: [...RC, 'kubectl scale rc kubia --replicas=43', 'wait 120'], check: c.replicasReady('rc', 'kubia', 3), reason: /of 43 replicas ready; this step expects 3/ },
  // Deleting the pods only: the RC makes new ones.
  resourceAbsent: { lesson: 8, lines: [...RC, 'kubectl delete pods -l app=kubia', 'wait 60'], check: c.resourceAbsent('rc', 'kubia'), reason: /kubia/ },
  serviceExists: { lesson: 8, lines: [...RC, 'kubectl expose rc kubia --name kubia-http'], check: c.serviceExists('kubia-http', 'LoadBalancer'), reason: /ClusterIP/ },
  // Right after expose, EXTERNAL-IP is <pending>.
  serviceHasExternalIp: { lesson: 8, lines: [...RC, 'kubectl expose rc kubia --type=LoadBalancer --name kubia-http'], check: c.serviceHasExternalIp('kubia-http'), reason: /external IP|pending/i },
  // curl to the service's IP on the wrong port: connection refused.
  serviceCalled: { lesson: 8, lines: [...RC, 'kubectl expose rc kubia --type=LoadBalancer --name kubia-http', 'wait 60', 'curl {externalIP:kubia-http}:80'], check: c.serviceCalled('kubia-http'), reason: /curl \d+\.\d+\.\d+\.\d+:8080/ },
  // Scaling changes replicas, not the template: still revision 1.
  deploymentRevision: { lesson: 11, lines: [...DEPLOY, 'kubectl scale deployment kubia --replicas=2', 'wait 60'], check: c.deploymentRevision('kubia', 2), reason: /revision 1/ },
  podContainers: { lesson: 12, lines: [...CLUSTER, 'kubectl run kubia-sidecar --image=luksa/kubia:v1', 'wait 60'], check: c.podContainers('kubia-sidecar', 2), reason: /1 container/ },
  // The lesson's pod has probes, on its main container, not on the sidecar.
  podHasProbe: { lesson: 12, lines: [...CLUSTER, 'kubectl apply -f kubia-sidecar.yaml', 'wait 60'], check: c.podHasProbe('kubia-sidecar', 'sidecar', 'readiness'), reason: /sidecar/ },
  all: { lesson: 2, files: BUILDABLE, lines: ['docker build -t kubia .'], check: step(2, 'layers'), reason: /docker images/ },
  any: { lesson: 2, files: BUILDABLE, lines: ['docker build -t kubia .'], check: c.any(c.imageExists('kubia', 'v2'), c.imageExists('kubia', 'v3')), reason: /kubia:v2|kubia:v3/ },
};

async function play(nearMiss: NearMiss): Promise<{ world: LessonWorld; log: string }> {
  const world = new LessonWorld();
  if (nearMiss.lesson) world.scaffold(lessonByNumber(nearMiss.lesson)!);
  for (const [path, text] of Object.entries(nearMiss.files ?? {})) world.write(path, text);
  if (nearMiss.lesson === 8 && !world.read('kubia-rc.yaml')) world.write('kubia-rc.yaml', KUBIA_RC_YAML);
  let log = '';
  for (const line of nearMiss.lines) {
    const wait = /^wait (\d+)$/.exec(line);
    if (wait) world.wait(Number(wait[1]));
    else {
      const r = await world.perform({ kind: 'run', line });
      log += `$ ${r!.line}\n${r!.output}[exit ${r!.exitCode}]\n`;
    }
  }
  return { world, log };
}

describe('near misses on the simulator leave each check kind incomplete', () => {
  test('every check kind has a near miss', () => {
    assert.deepEqual(CHECK_KINDS.filter((k) => !(k in CASES)), []);
  });
  for (const [kind, nearMiss] of Object.entries(CASES)) {
    test(kind, async () => {
      const { world, log } = await play(nearMiss);
      const r = evaluateCheck(nearMiss.check, world.facts());
      assert.equal(r.ok, false, `${kind} passed on a near miss\n${log}`);
      assert.match(r.reason, nearMiss.reason, log);
    });
  }
});
