// Seed 003 2.3.2 (`kubectl expose rc kubia --type=LoadBalancer --name kubia-http`); seed 001 "애플리케이션에 접근하기".
import { all, commandRan, serviceCalled, serviceExists, serviceHasExternalIp } from '../checks';
import { run, type Lesson } from '../lesson';
import { KUBIA_SVC_YAML } from './files';

export const lesson09: Lesson = {
  number: 9,
  id: 'lesson09',
  title: { en: 'Expose with a LoadBalancer and call it', ko: 'LoadBalancer로 노출하고 접속하기' },
  summary: {
    en: 'Create a LoadBalancer service in front of the kubia pods, wait for its external IP and call it.',
    ko: 'kubia 파드 앞에 LoadBalancer 서비스를 만들고, 외부 IP를 기다렸다가 접속합니다.',
  },
  seeds: ['001', '003'],
  files: [{ path: 'kubia-svc.yaml', text: KUBIA_SVC_YAML }],
  steps: [
    {
      id: 'expose',
      title: { en: 'Create the service', ko: '서비스 오브젝트 생성' },
      explanation: {
        en: 'Each pod has its own IP, but it is internal to the cluster, and pods are ephemeral: a replacement pod gets a new IP. A service gets a static IP for its whole life and forwards requests to one of the pods it selects. A regular (ClusterIP) service is reachable only inside the cluster too, so create a special service of type LoadBalancer. (Seed 001 exposes the pod with `k expose po`; exposing the RC follows its pods as they are replaced.)',
        ko: '각 파드는 자체 IP 주소를 가지고 있지만 클러스터 내부 주소이고, 파드는 일시적이라 새로 만들어지면 새 IP를 받습니다. 서비스는 존속하는 동안 변하지 않는 정적 IP를 받고, 선택한 파드 중 하나로 요청을 전달합니다. 일반적인 서비스(Cluster IP 서비스)도 클러스터 내부에서만 접근 가능하므로 LoadBalancer 유형의 특별한 서비스를 생성해야 합니다. (시드 001은 `k expose po`로 파드를 노출합니다. RC를 노출하면 파드가 교체되어도 따라갑니다.)',
      },
      command: 'kubectl expose rc kubia --type=LoadBalancer --name kubia-http',
      hint: { en: 'The RC from lesson 8 must exist; kubia-svc.yaml is the same service as a manifest.', ko: '8강의 RC가 있어야 합니다. kubia-svc.yaml은 같은 서비스를 매니페스트로 쓴 것입니다.' },
      showMe: [run('kubectl expose rc kubia --type=LoadBalancer --name kubia-http')],
      check: serviceExists('kubia-http', 'LoadBalancer'),
    },
    {
      id: 'get-services',
      title: { en: 'Wait for the external IP', ko: 'External IP 기다리기' },
      explanation: {
        en: 'The cloud (or minikube tunnel) provisions a load balancer; until then EXTERNAL-IP shows <pending>. List the services again until the IP appears.',
        ko: '클라우드(또는 minikube tunnel)가 로드밸런서를 준비하는 동안 EXTERNAL-IP는 <pending>으로 표시됩니다. IP가 나타날 때까지 서비스를 다시 조회하세요.',
      },
      command: 'kubectl get services',
      hint: { en: 'svc is the short name: kubectl get svc.', ko: '짧은 이름은 svc입니다: kubectl get svc.' },
      showMe: [run('kubectl get services')],
      check: all(serviceHasExternalIp('kubia-http'), commandRan('kubectl', 'get', 'service')),
    },
    {
      id: 'curl',
      title: { en: 'Call the service', ko: 'External IP로 서비스 접근하기' },
      explanation: {
        en: '`curl EXTERNAL-IP:8080` reaches the service, which forwards to a pod. The app uses the pod name as its hostname, so the answer names the pod that served you.',
        ko: '`curl EXTERNAL-IP:8080`은 서비스에 도달하고 서비스는 파드로 요청을 전달합니다. 애플리케이션은 파드 이름을 호스트 이름으로 사용하므로 응답에 요청을 처리한 파드 이름이 나옵니다.',
      },
      command: 'curl <EXTERNAL-IP>:8080',
      hint: { en: 'Copy the EXTERNAL-IP from kubectl get services.', ko: 'kubectl get services의 EXTERNAL-IP를 복사하세요.' },
      showMe: [run('curl {externalIP:kubia-http}:8080')],
      check: serviceCalled('kubia-http'),
    },
  ],
};
