// Seed 004 "클러스터 실행하기 실습", "마스터 - 노드 구조"; seed 003 2.2; seed 001 "쿠버네티스 클러스터 설치".
import { all, clusterRunning, commandRan, nodesReady } from '../checks';
import { run, type Lesson } from '../lesson';

export const lesson07: Lesson = {
  number: 7,
  id: 'lesson07',
  title: { en: 'Start a cluster: nodes and the control plane', ko: '클러스터 시작하기: 노드와 컨트롤 플레인' },
  summary: {
    en: 'Start a one-node minikube cluster, list its node and find the control plane components.',
    ko: '단일 노드 minikube 클러스터를 시작하고, 노드를 조회하고, 컨트롤 플레인 구성 요소를 찾아봅니다.',
  },
  seeds: ['001', '003', '004'],
  files: [],
  steps: [
    {
      id: 'start',
      title: { en: 'Start minikube', ko: 'minikube 시작' },
      explanation: {
        en: 'A cluster can be installed many ways (minikube, kubeadm, GKE, AWS EKS…). minikube installs everything a single-node cluster needs at once. Kubernetes is made of a master (control plane) that manages the whole cluster and nodes where containers are deployed; minikube puts both on one node.',
        ko: '클러스터는 여러 방법(minikube, kubeadm, GKE, AWS EKS 등)으로 설치할 수 있습니다. minikube는 단일 노드 클러스터에 필요한 것들을 한번에 설치해 주는 도구입니다. 쿠버네티스는 전체 클러스터를 관리하는 마스터(컨트롤 플레인)와 컨테이너가 배포되는 노드로 구성되는데, minikube는 둘을 노드 하나에 둡니다.',
      },
      command: 'minikube start',
      hint: { en: 'Wait for "Done! kubectl is now configured to use "minikube"".', ko: '"Done! kubectl is now configured to use "minikube""가 나올 때까지 기다리세요.' },
      showMe: [run('minikube start')],
      check: clusterRunning(),
    },
    {
      id: 'nodes',
      title: { en: 'List the nodes', ko: '클러스터 노드 목록' },
      explanation: {
        en: 'Every command goes to the API server of the master; kubectl prints its answer in a readable form. `kubectl get nodes` lists the nodes: minikube has one, with the control-plane role, and it should be Ready.',
        ko: '모든 명령은 마스터의 API 서버를 호출하고, kubectl은 받은 응답을 읽기 쉬운 형식으로 출력합니다. `kubectl get nodes`는 노드 목록을 보여 줍니다. minikube에는 control-plane 역할의 노드가 하나 있고 Ready 상태여야 합니다.',
      },
      command: 'kubectl get nodes',
      hint: { en: 'STATUS must say Ready.', ko: 'STATUS가 Ready여야 합니다.' },
      showMe: [run('kubectl get nodes')],
      check: all(nodesReady(1), commandRan('kubectl', 'get', 'node')),
    },
    {
      id: 'describe-node',
      title: { en: 'Describe the node', ko: '노드 세부 정보' },
      explanation: {
        en: '`kubectl describe node` shows the details of an object: capacity (CPU, memory, pods), conditions, the container runtime and the pods running on the node. The node runs the kubelet (creates pods and checks they work) and kube-proxy (the network towards pods).',
        ko: '`kubectl describe node`는 객체의 세부 사항을 보여 줍니다: 용량(CPU, 메모리, 파드 수), 상태 조건, 컨테이너 런타임, 노드에서 실행 중인 파드. 노드에서는 kubelet(파드를 생성하고 정상 작동하는지 확인)과 kube-proxy(파드로 연결되는 네트워크 관리)가 실행됩니다.',
      },
      command: 'kubectl describe node minikube',
      hint: { en: 'The node is called minikube.', ko: '노드 이름은 minikube입니다.' },
      showMe: [run('kubectl describe node minikube')],
      check: commandRan('kubectl', 'describe', 'node'),
    },
    {
      id: 'control-plane',
      title: { en: 'Find the control plane pods', ko: '컨트롤 플레인 파드 찾기' },
      explanation: {
        en: 'The seed lists pods of all namespaces with `minikube kubectl -- get po -A` (plain kubectl works too). In kube-system you find the control plane: etcd (all cluster configuration and state), kube-apiserver, kube-scheduler (assigns unscheduled pods to nodes), kube-controller-manager (keeps almost every object in its desired state), plus kube-proxy and CoreDNS. The components never talk to each other directly, only through the API server.',
        ko: '시드는 `minikube kubectl -- get po -A`로 모든 네임스페이스의 파드를 가져옵니다(kubectl만 써도 됩니다). kube-system에 컨트롤 플레인이 있습니다: etcd(클러스터의 모든 설정, 상태 데이터 저장소), kube-apiserver, kube-scheduler(할당되지 않은 파드를 적절한 노드에 할당), kube-controller-manager(거의 모든 오브젝트의 상태를 관리), 그리고 kube-proxy와 CoreDNS. 각 모듈은 서로 통신하지 않고 오직 API 서버와 통신합니다.',
      },
      command: 'minikube kubectl -- get po -A',
      hint: { en: '-A means --all-namespaces.', ko: '-A는 --all-namespaces입니다.' },
      showMe: [run('minikube kubectl -- get po -A')],
      check: commandRan('kubectl', 'get', 'pod', '-A'),
    },
  ],
};
