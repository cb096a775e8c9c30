/**
 * The tutor's explanation of every diagnostic code and every simulator error a learner
 * meets on the seed path: why it happens, how to fix it, the real command. Keyed by code;
 * `match` recognises the error in terminal output (docker/kubectl wording).
 */
import { dockerfileRules } from '../dockerfile/rules';
import { MANIFEST_EXPLANATIONS } from '../manifest/ruleExplanations';
import { SIMULATOR_EXPLANATIONS } from './simulatorErrors';
import type { Text } from './text';

export interface Explanation {
  /** A rule code (`DF001`) or a simulator error (`ErrImagePull`, `DockerPortAllocated`…). */
  readonly code: string;
  readonly title: Text;
  readonly why: Text;
  readonly fix: Text;
  /** The real command that shows or fixes it. */
  readonly command?: string;
  /** The fixed example of a manifest, Compose or YAML code (YAML: code, never translated). */
  readonly example?: string;
  /** Recognises the error in docker/kubectl output; absent for editor-only diagnostics. */
  readonly match?: RegExp;
}

const CATALOGUE: readonly Explanation[] = [
  {
    code: 'DF001',
    title: { en: 'Base image without a tag', ko: '태그 없는 베이스 이미지' },
    why: {
      en: 'FROM ubuntu means ubuntu:latest: whatever was published last. The same Dockerfile builds a different image next month, and a build that worked breaks.',
      ko: 'FROM ubuntu는 ubuntu:latest, 즉 마지막에 배포된 이미지를 뜻합니다. 같은 Dockerfile이 다음 달에는 다른 이미지를 만들고, 되던 빌드가 깨질 수 있습니다.',
    },
    fix: { en: 'Pin a version: FROM ubuntu:18.04, FROM node:7.', ko: '버전을 고정하세요: FROM ubuntu:18.04, FROM node:7.' },
    command: 'docker image ls',
  },
  {
    code: 'DF002',
    title: { en: 'Base image tagged latest', ko: 'latest 태그 베이스 이미지' },
    why: {
      en: '"latest" is just a tag name that moves with every release; it does not mean "the version I tested".',
      ko: '"latest"는 릴리스마다 옮겨 가는 태그 이름일 뿐이며 "내가 테스트한 버전"을 뜻하지 않습니다.',
    },
    fix: { en: 'Replace :latest with a release tag, e.g. node:7 or node:20-alpine.', ko: ':latest를 node:7이나 node:20-alpine 같은 릴리스 태그로 바꾸세요.' },
    command: 'docker pull node:7',
  },
  {
    code: 'ErrImagePull',
    title: { en: 'The node cannot pull the image', ko: '노드가 이미지를 pull 하지 못함' },
    why: {
      en: 'The kubelet asked the registry for the image and failed: the name or tag is wrong, or the image was built locally but never pushed. A cluster node does not see the images of your Docker daemon.',
      ko: 'kubelet이 레지스트리에 이미지를 요청했지만 실패했습니다. 이름이나 태그가 틀렸거나, 로컬에서 빌드만 하고 푸시하지 않은 경우입니다. 클러스터 노드는 내 도커 데몬의 이미지를 보지 못합니다.',
    },
    fix: {
      en: 'Check the image name in the pod spec, then tag and push it: docker tag kubia <id>/kubia; docker push <id>/kubia.',
      ko: '파드 명세의 이미지 이름을 확인한 뒤 태그를 붙여 푸시하세요: docker tag kubia <id>/kubia; docker push <id>/kubia.',
    },
    command: 'kubectl describe pod NAME',
    match: /\bErrImagePull\b/,
  },
  {
    code: 'ImagePullBackOff',
    title: { en: 'Waiting before pulling again', ko: '다시 pull 하기 전 대기 중' },
    why: {
      en: 'After ErrImagePull the kubelet retries with growing delays (10 s, 20 s, 40 s… up to 5 minutes). The cause is the same as ErrImagePull.',
      ko: 'ErrImagePull 뒤에 kubelet은 점점 긴 간격(10초, 20초, 40초… 최대 5분)으로 다시 시도합니다. 원인은 ErrImagePull과 같습니다.',
    },
    fix: {
      en: 'Fix the image name or push the image; the next retry succeeds (or delete the pod to retry now).',
      ko: '이미지 이름을 고치거나 이미지를 푸시하면 다음 재시도에서 성공합니다(바로 다시 하려면 파드를 삭제하세요).',
    },
    command: 'kubectl get pods',
    match: /\bImagePullBackOff\b/,
  },
  {
    code: 'CrashLoopBackOff',
    title: { en: 'The container keeps crashing', ko: '컨테이너가 계속 죽음' },
    why: {
      en: 'The container starts and exits, the kubelet restarts it with growing delays. The seed app.js does this as soon as it gets a request: `reponse.end` is a typo, a ReferenceError kills node.',
      ko: '컨테이너가 시작했다가 종료되고, kubelet이 점점 긴 간격으로 재시작합니다. 시드의 app.js는 요청을 받자마자 이렇게 됩니다. `reponse.end`가 오타라서 ReferenceError로 node가 죽습니다.',
    },
    fix: {
      en: 'Read the logs of the crashed run, fix the app, rebuild, push, and let the pod restart.',
      ko: '직전 실행의 로그를 읽고 앱을 고친 뒤 다시 빌드하고 푸시하면 파드가 재시작됩니다.',
    },
    command: 'kubectl logs NAME --previous',
    match: /\bCrashLoopBackOff\b/,
  },
  {
    code: 'KubectlUnknownFlagGenerator',
    title: { en: 'kubectl run --generator was removed', ko: 'kubectl run --generator는 제거됨' },
    why: {
      en: 'Books and notes written for kubectl before 1.18 use `kubectl run --generator=run/v1` to create a ReplicationController. Generators were removed; kubectl run now only creates a pod.',
      ko: 'kubectl 1.18 이전 기준의 책과 노트는 `kubectl run --generator=run/v1`로 레플리케이션컨트롤러를 만듭니다. 제너레이터는 제거되었고 이제 kubectl run은 파드만 만듭니다.',
    },
    fix: {
      en: 'Drop the flag to run a pod, or write the ReplicationController/Deployment as a manifest and kubectl create -f it.',
      ko: '플래그를 빼서 파드로 실행하거나, 레플리케이션컨트롤러/디플로이먼트를 매니페스트로 써서 kubectl create -f로 만드세요.',
    },
    command: 'kubectl create -f kubia-rc.yaml',
    match: /unknown flag: --generator/,
  },
  {
    code: 'DockerPullAccessDenied',
    title: { en: 'Pull access denied', ko: 'pull 접근 거부' },
    why: {
      en: 'Docker looked for the image on Docker Hub and did not find it: a typo, an image that only exists locally, or a private repository you are not logged in to.',
      ko: '도커가 도커 허브에서 이미지를 찾지 못했습니다. 오타이거나, 로컬에만 있는 이미지이거나, 로그인하지 않은 비공개 저장소입니다.',
    },
    fix: {
      en: 'Check the name with docker images; build it (docker build -t NAME .) or docker login before pulling a private image.',
      ko: 'docker images로 이름을 확인하고, 빌드하거나(docker build -t NAME .) 비공개 이미지라면 docker login 후에 pull 하세요.',
    },
    command: 'docker images',
    match: /pull access denied for [^\s,]+, repository does not exist or may require 'docker login'/,
  },
  {
    code: 'DockerPortAllocated',
    title: { en: 'Port already allocated', ko: '포트가 이미 할당됨' },
    why: {
      en: 'Another container (or program) already publishes that host port; two can not listen on the same host port.',
      ko: '다른 컨테이너(또는 프로그램)가 이미 그 호스트 포트를 쓰고 있습니다. 같은 호스트 포트에 둘이 리스닝할 수 없습니다.',
    },
    fix: {
      en: 'Stop the other container (docker ps shows who has it) or publish another host port: -p 8081:8080.',
      ko: '다른 컨테이너를 중지하거나(docker ps로 누가 쓰는지 확인) 다른 호스트 포트를 쓰세요: -p 8081:8080.',
    },
    command: 'docker ps',
    match: /Bind for [^\s]+ failed: port is already allocated/,
  },
  {
    code: 'DockerNameInUse',
    title: { en: 'Container name in use', ko: '컨테이너 이름이 이미 사용 중' },
    why: {
      en: 'Container names are unique, and a stopped container keeps its name until it is removed.',
      ko: '컨테이너 이름은 유일해야 하며, 중지된 컨테이너도 삭제하기 전까지 이름을 차지합니다.',
    },
    fix: { en: 'Remove the old container (docker rm NAME) or choose another --name.', ko: '예전 컨테이너를 삭제하거나(docker rm NAME) 다른 --name을 쓰세요.' },
    command: 'docker rm kubia-container',
    match: /The container name "\/?[^"]+" is already in use by container/,
  },
];

/**
 * The catalogue's entry, else one made from the Dockerfile rule's own metadata (why, fix, and
 * the fixed snippet as the command). Rule metadata is English: its Korean is in the l10n bundle
 * (see `localizedRuleText`), which the tutor view applies when it shows the explanation.
 */
/**
 * The catalogue above plus every manifest, Compose and YAML code (their teaching text lives
 * beside the rules, in src/core/manifest/ruleExplanations.ts, in both languages).
 */
export const EXPLANATIONS: readonly Explanation[] = [
  ...CATALOGUE,
  ...Object.entries(MANIFEST_EXPLANATIONS).map(([code, e]): Explanation => ({ code, title: e.title, why: e.why, fix: e.fix, command: e.command, example: e.good })),
];

export function explanationFor(code: string): Explanation | undefined {
  const entry = EXPLANATIONS.find((e) => e.code === code) ?? SIMULATOR_EXPLANATIONS.find((e) => e.code === code);
  if (entry) return entry;
  const rule = dockerfileRules.find((r) => r.code === code);
  if (!rule) return undefined;
  const { why, fix, good } = rule.explanation;
  return { code, title: { en: rule.title, ko: rule.title }, why: { en: why, ko: why }, fix: { en: fix, ko: fix }, command: good };
}

/** Explanations for every known error in a piece of terminal output, in catalogue order. */
export function explainOutput(output: string): Explanation[] {
  return [...EXPLANATIONS, ...SIMULATOR_EXPLANATIONS].filter((e) => e.match?.test(output));
}

/** Every explanation of an error the simulator prints (those with a `match`). */
export function simulatorErrorExplanations(): Explanation[] {
  return [...EXPLANATIONS, ...SIMULATOR_EXPLANATIONS].filter((e) => e.match);
}
