// Seed 004 "replicaset", "deployment", "하나의 pod 가 생성되는 과정"; seed 001 "시스템의 논리적인 부분".
import { all, commandRan, deploymentRevision, podsReady, replicasReady, resourceAbsent } from '../checks';
import { run, type Lesson } from '../lesson';
import { KUBIA_DEPLOYMENT_YAML } from './files';

export const lesson11: Lesson = {
  number: 11,
  id: 'lesson11',
  title: { en: 'Deployment → ReplicaSet → Pods, rolling update', ko: '디플로이먼트 → 레플리카셋 → 파드, 롤링 업데이트' },
  summary: {
    en: 'Replace the ReplicationController with a Deployment, see the objects it creates and roll out a new version.',
    ko: '레플리케이션컨트롤러를 디플로이먼트로 바꾸고, 디플로이먼트가 만드는 오브젝트를 확인한 뒤 새 버전을 배포합니다.',
  },
  seeds: ['001', '004'],
  files: [{ path: 'kubia-deployment.yaml', text: KUBIA_DEPLOYMENT_YAML }],
  steps: [
    {
      id: 'delete-rc',
      title: { en: 'Remove the ReplicationController', ko: '레플리케이션컨트롤러 삭제' },
      explanation: {
        en: 'The Deployment will manage pods labelled app=kubia; the old RC selects the same label, so delete it first (its pods go with it). The kubia-http service stays and will select the Deployment\'s pods.',
        ko: '디플로이먼트가 app=kubia 레이블의 파드를 관리할 텐데, 기존 RC도 같은 레이블을 선택하므로 먼저 삭제하세요(RC의 파드도 함께 삭제됩니다). kubia-http 서비스는 남아서 디플로이먼트의 파드를 선택합니다.',
      },
      command: 'kubectl delete rc kubia',
      hint: { en: 'Skip ahead if you never created the RC.', ko: 'RC를 만든 적이 없다면 넘어가도 됩니다.' },
      showMe: [run('kubectl delete rc kubia')],
      check: resourceAbsent('rc', 'kubia'),
    },
    {
      id: 'apply',
      title: { en: 'Apply the Deployment', ko: '디플로이먼트 적용' },
      explanation: {
        en: 'Declare only the Deployment and Kubernetes creates everything down to the pods: kubectl sends the manifest to the API server, which stores it in etcd; the deployment controller creates a ReplicaSet, the replicaset controller creates pods from its template (not yet assigned), the scheduler assigns them to nodes, and each node\'s kubelet notices its new pods and starts them. Every component talks only to the API server.',
        ko: 'deployment만 선언하면 replicasets부터 pods까지 만들어집니다. kubectl이 매니페스트를 API 서버에 전달하면 API 서버가 etcd에 저장하고, 디플로이먼트 컨트롤러가 레플리카셋을, 레플리카셋 컨트롤러가 템플릿을 보고 새 파드(no assign)를 만들고, 스케줄러가 노드를 찾아 할당하고, 각 노드의 kubelet이 자신에게 할당되었지만 아직 생성되지 않은 파드를 찾아 생성합니다. 각 모듈은 오직 API 서버와 통신합니다.',
      },
      command: 'kubectl apply -f kubia-deployment.yaml',
      hint: { en: 'Watch with kubectl get pods until 3 pods are Running.', ko: 'kubectl get pods로 파드 3개가 Running이 될 때까지 지켜보세요.' },
      showMe: [run('kubectl apply -f kubia-deployment.yaml')],
      check: replicasReady('deployment', 'kubia', 3),
    },
    {
      id: 'get-rs',
      title: { en: 'See the ReplicaSet', ko: '레플리카셋 확인' },
      explanation: {
        en: 'The ReplicaSet is named kubia-<hash of the pod template>, and its pods kubia-<hash>-<suffix>. The Deployment is the higher-level object: it owns ReplicaSets, one per version of the template.',
        ko: '레플리카셋 이름은 kubia-<파드 템플릿 해시>이고 파드 이름은 kubia-<해시>-<접미사>입니다. 디플로이먼트는 레플리카셋의 상위 개념으로, 템플릿 버전마다 레플리카셋 하나를 소유합니다.',
      },
      command: 'kubectl get rs',
      hint: { en: 'kubectl get deploy,rs,po shows all three levels at once.', ko: 'kubectl get deploy,rs,po로 세 단계를 한 번에 볼 수 있습니다.' },
      showMe: [run('kubectl get rs'), run('kubectl get pods')],
      check: all(commandRan('kubectl', 'get', 'rs'), podsReady('app=kubia', 3)),
    },
    {
      id: 'rolling-update',
      title: { en: 'Roll out version 2', ko: '버전 2 롤링 업데이트' },
      explanation: {
        en: 'Changing the pod template (here the image) makes the Deployment create a new ReplicaSet and move the replicas over step by step: a new pod becomes ready, an old one is removed, so the service always has pods to send requests to. The revision goes from 1 to 2; `kubectl rollout undo` would go back.',
        ko: '파드 템플릿(여기서는 이미지)을 바꾸면 디플로이먼트가 새 레플리카셋을 만들고 레플리카를 단계적으로 옮깁니다. 새 파드가 준비되면 옛 파드를 하나 지우므로 서비스에는 항상 요청을 받을 파드가 있습니다. 리비전이 1에서 2가 되며, `kubectl rollout undo`로 되돌릴 수 있습니다.',
      },
      command: 'kubectl set image deployment/kubia kubia=luksa/kubia:v2',
      hint: { en: 'The container in the template is named kubia.', ko: '템플릿의 컨테이너 이름은 kubia입니다.' },
      showMe: [run('kubectl set image deployment/kubia kubia=luksa/kubia:v2')],
      check: all(deploymentRevision('kubia', 2), replicasReady('deployment', 'kubia', 3)),
    },
    {
      id: 'rollout-status',
      title: { en: 'Follow the rollout', ko: '롤아웃 상태 확인' },
      explanation: {
        en: '`kubectl rollout status` waits until every replica runs the new template. Then `kubectl get rs` shows the old ReplicaSet scaled to 0, kept for rollback.',
        ko: '`kubectl rollout status`는 모든 레플리카가 새 템플릿으로 실행될 때까지 기다립니다. 그다음 `kubectl get rs`를 보면 옛 레플리카셋이 롤백용으로 0개로 남아 있습니다.',
      },
      command: 'kubectl rollout status deployment kubia',
      hint: { en: 'Wait for "successfully rolled out".', ko: '"successfully rolled out"이 나올 때까지 기다리세요.' },
      showMe: [run('kubectl rollout status deployment kubia'), run('kubectl get rs')],
      check: commandRan('kubectl', 'rollout', 'status', 'deployment', 'kubia'),
    },
  ],
};
