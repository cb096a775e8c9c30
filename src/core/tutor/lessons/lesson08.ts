// Seed 003 2.3 (`kubectl run … --generator=run/v1`); seed 001 "애플리케이션 구동하기", "파드 소개".
// Generators: kubectl run creates only pods since 1.18 (kubernetes/kubernetes#87077); the flag was
// removed in 1.21 (kubernetes/kubernetes#99732): "Error: unknown flag: --generator".
import { commandFailed, commandRan, podRunning, replicasReady } from '../checks';
import { run, type Lesson } from '../lesson';
import { KUBIA_RC_YAML } from './files';

export const lesson08: Lesson = {
  number: 8,
  id: 'lesson08',
  title: { en: 'Run kubia in a pod and as a ReplicationController', ko: 'kubia를 파드로, 그리고 레플리케이션컨트롤러로 실행하기' },
  summary: {
    en: 'Try the book\'s command, learn why kubectl rejects it today, run kubia in a pod, then under a ReplicationController.',
    ko: '책의 명령을 실행해 보고 오늘날 kubectl이 왜 거부하는지 배운 뒤, kubia를 파드로, 그다음 레플리케이션컨트롤러로 실행합니다.',
  },
  seeds: ['001', '003'],
  files: [{ path: 'kubia-rc.yaml', text: KUBIA_RC_YAML }],
  steps: [
    {
      id: 'generator',
      title: { en: 'The book\'s command no longer works', ko: '책의 명령은 더 이상 동작하지 않는다' },
      explanation: {
        en: 'The seed (and the book) run `kubectl run kubia --image=luksa/kubia --port=8080 --generator=run/v1`, which used to create a ReplicationController. Generators were deprecated and then removed (kubectl 1.18 made `kubectl run` create only a pod; 1.21 removed the flag), so today kubectl answers "Error: unknown flag: --generator". Run it once to see the error: that is what you will meet when following older material.',
        ko: '시드(와 책)는 `kubectl run kubia --image=luksa/kubia --port=8080 --generator=run/v1`을 실행해 레플리케이션컨트롤러를 만들었습니다. 제너레이터는 폐기된 뒤 제거되었습니다(kubectl 1.18부터 `kubectl run`은 파드만 만들고, 1.21에서 플래그가 사라짐). 그래서 지금 kubectl은 "Error: unknown flag: --generator"라고 답합니다. 한 번 실행해서 오류를 확인해 보세요. 오래된 자료를 따라 할 때 만나게 될 오류입니다.',
      },
      command: 'kubectl run kubia --image=luksa/kubia --port=8080 --generator=run/v1',
      hint: { en: 'This step is complete when the command fails with the unknown flag error.', ko: '이 단계는 명령이 unknown flag 오류로 실패하면 완료됩니다.' },
      showMe: [run('kubectl run kubia --image=luksa/kubia --port=8080 --generator=run/v1')],
      check: commandFailed('kubectl', 'run', 'kubia', '--generator'),
    },
    {
      id: 'run-pod',
      title: { en: 'Run kubia in a pod', ko: 'kubia를 파드로 실행' },
      explanation: {
        en: 'Without the generator, `kubectl run NAME --image=IMAGE --port=PORT` creates a single pod (seed 001). Kubernetes never handles bare containers: it groups co-located containers into a pod, a logical machine with its own IP, hostname and processes. The scheduler picks a node, the kubelet there pulls luksa/kubia from the registry and starts the container.',
        ko: '제너레이터 없이 `kubectl run NAME --image=IMAGE --port=PORT`는 파드 하나를 만듭니다(시드 001). 쿠버네티스는 개별 컨테이너를 직접 다루지 않고, 함께 배치된 컨테이너를 파드로 묶습니다. 파드는 자체 IP, 호스트 이름, 프로세스를 가진 논리적으로 분리된 머신입니다. 스케줄러가 노드를 고르고, 그 노드의 kubelet이 레지스트리에서 luksa/kubia를 pull 해 컨테이너를 시작합니다.',
      },
      command: 'kubectl run kubia --image=luksa/kubia --port=8080',
      hint: {
        en: 'ErrImagePull / ImagePullBackOff means the node cannot pull the image: check its name, or push yours first (lesson 4).',
        ko: 'ErrImagePull / ImagePullBackOff는 노드가 이미지를 pull 하지 못한다는 뜻입니다. 이름을 확인하거나 먼저 이미지를 푸시하세요(4강).',
      },
      showMe: [run('kubectl run kubia --image=luksa/kubia --port=8080')],
      check: podRunning('kubia'),
    },
    {
      id: 'get-pods',
      title: { en: 'List and describe the pod', ko: '파드 조회와 세부 정보' },
      explanation: {
        en: 'The pod goes from Pending (scheduled, image being pulled: ContainerCreating) to Running. `-o wide` also shows its IP and node; `kubectl describe po kubia` shows the events of each stage.',
        ko: '파드는 Pending(스케줄됨, 이미지 pull 중: ContainerCreating)에서 Running으로 바뀝니다. `-o wide`는 IP와 노드도 보여 주고, `kubectl describe po kubia`는 단계별 이벤트를 보여 줍니다.',
      },
      command: 'kubectl get pods',
      hint: { en: 'Run get pods again until STATUS is Running and READY is 1/1, then describe the pod.', ko: 'STATUS가 Running, READY가 1/1이 될 때까지 get pods를 다시 실행한 다음 파드를 describe 하세요.' },
      showMe: [run('kubectl get pods'), run('kubectl describe po kubia')],
      check: commandRan('kubectl', 'describe', 'pod', 'kubia'),
    },
    {
      id: 'create-rc',
      title: { en: 'Create the ReplicationController', ko: '레플리케이션컨트롤러 생성' },
      explanation: {
        en: 'What the generator used to create, you now write as a manifest: kubia-rc.yaml declares a ReplicationController that keeps 1 replica of a pod template labelled app=kubia. If its pod dies, the controller creates a new one. (The seed notes that the official docs now recommend a Deployment; lesson 11 does that.)',
        ko: '예전에 제너레이터가 만들던 것을 이제는 매니페스트로 씁니다. kubia-rc.yaml은 app=kubia 레이블이 붙은 파드 템플릿의 레플리카 1개를 유지하는 레플리케이션컨트롤러를 선언합니다. 파드가 죽으면 컨트롤러가 새 파드를 만듭니다. (시드에 적힌 대로 공식 문서는 이제 디플로이먼트를 권장합니다. 11강에서 다룹니다.)',
      },
      command: 'kubectl create -f kubia-rc.yaml',
      hint: { en: 'Run it in the lesson folder, where kubia-rc.yaml is.', ko: 'kubia-rc.yaml이 있는 레슨 폴더에서 실행하세요.' },
      showMe: [run('kubectl create -f kubia-rc.yaml')],
      check: replicasReady('rc', 'kubia', 1),
    },
    {
      id: 'get-rc',
      title: { en: 'List the ReplicationControllers', ko: '레플리케이션컨트롤러 조회' },
      explanation: {
        en: 'DESIRED, CURRENT and READY show the desired state and the current state the controller reconciles. The RC\'s pod is named kubia-<random suffix>.',
        ko: 'DESIRED, CURRENT, READY는 의도하는 상태와 컨트롤러가 맞춰 가는 현재 상태를 보여 줍니다. RC의 파드 이름은 kubia-<임의 접미사>입니다.',
      },
      command: 'kubectl get replicationcontrollers',
      hint: { en: 'rc is the short name: kubectl get rc.', ko: '짧은 이름은 rc입니다: kubectl get rc.' },
      showMe: [run('kubectl get replicationcontrollers')],
      check: commandRan('kubectl', 'get', 'rc'),
    },
  ],
};
