// Seed 002 "Multi-Container Pod", "Pod를 활성화 시키기"; seed 000 "동일한 Pod의 컨테이너 사이의 부분 격리", "컨테이너가 동일한 IP 및 포트를 공유하는 방법".
import { all, commandRan, podContainers, podHasProbe, podRunning } from '../checks';
import { run, type Lesson } from '../lesson';
import { KUBIA_SIDECAR_YAML } from './files';

export const lesson12: Lesson = {
  number: 12,
  id: 'lesson12',
  title: { en: 'Pods in depth: multi-container patterns and probes', ko: '파드 깊이 보기: 멀티 컨테이너 패턴과 프로브' },
  summary: {
    en: 'Run a pod with a main container and a sidecar, see that they share the network and localhost, and read the probes.',
    ko: '메인 컨테이너와 사이드카가 있는 파드를 실행하고, 네트워크와 localhost를 공유하는 것을 확인하고, 프로브를 읽어 봅니다.',
  },
  seeds: ['000', '002'],
  files: [{ path: 'kubia-sidecar.yaml', text: KUBIA_SIDECAR_YAML }],
  steps: [
    {
      id: 'apply',
      title: { en: 'Run a two-container pod', ko: '컨테이너 두 개짜리 파드 실행' },
      explanation: {
        en: 'One container per pod is the most common structure, but closely related containers can share a pod. They share one IP address and the same Linux namespaces (hostname, network interface, IPC), while each container\'s filesystem stays separate (volumes share directories). Each container needs a clear purpose: a Sidecar provides a service the primary container lacks, an Ambassador talks to resources outside the cluster on its behalf, an Adapter transforms the data the primary container produces. Here the sidecar polls kubia every 5 seconds.',
        ko: '하나의 pod에 하나의 컨테이너가 가장 일반적인 구조지만, 밀접하게 관련된 컨테이너는 한 파드에서 실행될 수 있습니다. 이들은 하나의 IP 주소와 같은 리눅스 네임스페이스(호스트 이름, NIC, IPC)를 공유하고, 각 컨테이너의 파일 시스템은 분리되어 있습니다(Volume으로 디렉터리를 공유). 각자의 목적이 분명해야 합니다: Sidecar는 primary container에서 제공되지 않는 서비스를 제공하고, Ambassador는 cluster 밖의 리소스와 통신하며, Adapter는 primary container에서 만들어진 데이터를 가공합니다. 여기서 사이드카는 5초마다 kubia를 호출합니다.',
      },
      command: 'kubectl apply -f kubia-sidecar.yaml',
      hint: { en: 'READY shows 2/2 when both containers are ready.', ko: '두 컨테이너가 모두 준비되면 READY가 2/2가 됩니다.' },
      showMe: [run('kubectl apply -f kubia-sidecar.yaml'), run('kubectl get pods')],
      check: all(podRunning('kubia-sidecar'), podContainers('kubia-sidecar', 2)),
    },
    {
      id: 'localhost',
      title: { en: 'Containers share localhost', ko: '컨테이너는 localhost를 공유한다' },
      explanation: {
        en: 'All containers of a pod have the same loopback interface, so the sidecar reaches kubia at localhost:8080. The flip side: two processes in the same pod cannot bind the same port.',
        ko: 'Pod 내부의 모든 컨테이너는 동일한 루프백 네트워크 인터페이스를 가지므로 사이드카는 localhost:8080으로 kubia에 접근합니다. 반대로 같은 Pod의 두 프로세스가 같은 포트 번호에 바인딩하면 충돌이 발생합니다.',
      },
      command: 'kubectl exec kubia-sidecar -c sidecar -- wget -qO- localhost:8080',
      hint: { en: '-c picks the container; everything after -- runs inside it.', ko: '-c로 컨테이너를 고르고, -- 뒤의 모든 것이 그 안에서 실행됩니다.' },
      showMe: [run('kubectl exec kubia-sidecar -c sidecar -- wget -qO- localhost:8080'), run('kubectl logs kubia-sidecar -c sidecar')],
      check: commandRan('kubectl', 'exec', 'kubia-sidecar', 'wget', 'localhost:8080'),
    },
    {
      id: 'probes',
      title: { en: 'Readiness and liveness probes', ko: 'readinessProbe와 livenessProbe' },
      explanation: {
        en: 'A readinessProbe keeps traffic away from a pod until it is fully ready (the service only sends requests to ready pods). A livenessProbe keeps checking that the container still works, and the kubelet restarts it when it fails. `kubectl describe pod` shows both probes and their events: use it to test what actually happened.',
        ko: 'readinessProbe는 파드가 배포된 뒤 완전히 healthy한 상태가 되기 전까지 traffic을 받지 않게 합니다(서비스는 준비된 파드에만 요청을 보냅니다). livenessProbe는 컨테이너가 정상적으로 작동하는지 지속적으로 체크하고, 실패하면 kubelet이 재시작합니다. `kubectl describe pod`로 두 프로브와 이벤트를 보며 어떤 액션들이 실제로 동작했는지 확인하세요.',
      },
      command: 'kubectl describe pod kubia-sidecar',
      hint: { en: 'Look for the Readiness: and Liveness: lines of the kubia container.', ko: 'kubia 컨테이너의 Readiness:와 Liveness: 줄을 찾으세요.' },
      showMe: [run('kubectl describe pod kubia-sidecar')],
      check: all(
        podHasProbe('kubia-sidecar', 'kubia', 'readiness'),
        podHasProbe('kubia-sidecar', 'kubia', 'liveness'),
        commandRan('kubectl', 'describe', 'pod', 'kubia-sidecar'),
      ),
    },
  ],
};
