// Seed 001 "애플리케이션 수평 확장", "애플리케이션이 실행 중인 노드 검사하기"; seed 003 `kubectl scale rc kubia --replicas=43`.
import { all, commandRan, podsReady, replicasReady } from '../checks';
import { run, vscodeCommand, type Lesson } from '../lesson';

export const lesson10: Lesson = {
  number: 10,
  id: 'lesson10',
  title: { en: 'Scale to 3 and watch the topology', ko: '3개로 수평 확장하고 토폴로지 보기' },
  summary: {
    en: 'Change the desired number of replicas and watch Kubernetes reconcile the current state.',
    ko: '의도하는 레플리카 수를 바꾸고 쿠버네티스가 현재 상태를 맞춰 가는 모습을 봅니다.',
  },
  seeds: ['001', '003'],
  files: [],
  steps: [
    {
      id: 'scale',
      title: { en: 'Scale the ReplicationController', ko: '레플리케이션컨트롤러 확장' },
      explanation: {
        en: 'Instead of telling Kubernetes what to do, you declare the desired state (3 replicas); the controller compares it with the current state and reconciles: it creates two more pods. Seed 003 writes `--replicas=43`, surely a typo for 3 — on a one-node minikube 43 pods would mostly stay Pending. Your application must support horizontal scaling itself (kubia is stateless, so it does).',
        ko: '쿠버네티스에 어떤 액션을 직접 지시하는 대신 의도하는 상태(desired state, 레플리카 3개)를 선언하면, 컨트롤러가 현재 상태(current state)와 비교해 조정(reconcile)합니다. 파드 두 개를 더 만듭니다. 시드 003은 `--replicas=43`이라고 썼는데 3의 오타로 보입니다. 단일 노드 minikube에서 43개 파드는 대부분 Pending으로 남을 것입니다. 수평 확장은 애플리케이션 자체가 지원해야 합니다(kubia는 상태가 없으므로 가능합니다).',
      },
      command: 'kubectl scale rc kubia --replicas=3',
      hint: { en: 'Then run kubectl get rc to see DESIRED 3.', ko: '그다음 kubectl get rc로 DESIRED 3을 확인하세요.' },
      showMe: [run('kubectl scale rc kubia --replicas=3'), vscodeCommand('kubeTutor.showTopology')],
      check: replicasReady('rc', 'kubia', 3),
    },
    {
      id: 'wide',
      title: { en: 'Which node runs each pod?', ko: '파드가 실행 중인 노드 검사' },
      explanation: {
        en: 'Which node runs a pod does not really matter: the scheduler already placed it where its CPU and memory requests fit. If you are curious, `-o wide` adds the pod IP and the node. The topology view shows the same: three pods on the node, all behind the kubia-http service, which now load-balances between them.',
        ko: '사실 파드가 어떤 노드에서 실행 중인지는 중요하지 않습니다(요구하는 CPU, 메모리를 만족시켰기 때문에 스케줄링되었습니다). 그래도 궁금하다면 `-o wide` 옵션으로 파드 IP와 노드를 확인할 수 있습니다. 토폴로지 뷰에도 같은 내용이 보입니다: 노드 위의 파드 세 개, 그리고 그 앞에서 로드밸런서 역할을 하는 kubia-http 서비스.',
      },
      command: 'kubectl get po -o wide',
      hint: { en: 'Three kubia-… pods, all Running.', ko: 'kubia-… 파드 세 개가 모두 Running입니다.' },
      showMe: [run('kubectl get po -o wide')],
      check: all(podsReady('app=kubia', 3), commandRan('kubectl', 'get', 'pod', '-o', 'wide')),
    },
    {
      id: 'describe',
      title: { en: 'Pod details', ko: '파드 세부 정보 살펴보기' },
      explanation: {
        en: '`kubectl describe po` shows a pod\'s node, IP, labels, the controller that owns it (Controlled By: ReplicationController/kubia) and its events: Scheduled, Pulling, Pulled, Created, Started.',
        ko: '`kubectl describe po`는 파드의 노드, IP, 레이블, 소유 컨트롤러(Controlled By: ReplicationController/kubia), 그리고 이벤트(Scheduled, Pulling, Pulled, Created, Started)를 보여 줍니다.',
      },
      command: 'kubectl describe po -l app=kubia',
      hint: { en: 'Or give one pod name from the list.', ko: '목록에 있는 파드 이름 하나를 줘도 됩니다.' },
      showMe: [run('kubectl describe po -l app=kubia')],
      check: commandRan('kubectl', 'describe', 'pod', '-l', 'app=kubia'),
    },
  ],
};
