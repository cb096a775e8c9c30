/**
 * Teaching text of every manifest, Compose and YAML code (kept apart from the rules' logic,
 * as kube-linter keeps remediation in its check YAML): why it matters, how to fix it, and
 * the real command that shows or checks it. The tutor's "Explain" and docs/rules pages are
 * made from it; a unit test fails when a code has none.
 */
export interface RuleExplanation {
  readonly title: { readonly en: string; readonly ko: string };
  readonly why: { readonly en: string; readonly ko: string };
  readonly fix: { readonly en: string; readonly ko: string };
  /** The real command that shows the problem or checks the fix. */
  readonly command: string;
  /**
   * The smallest manifest (a Compose file for COMPOSE codes; several documents for the
   * cross-resource codes) that the rule flags, and the same one fixed. YAML, never translated.
   * A unit test lints both (test/unit/manifest/examples.test.ts).
   */
  readonly bad: string;
  readonly good: string;
}

/**
 * An example written indented inside a template literal: drops the first and last line
 * breaks and the indentation common to every line (no interpolation: examples are text).
 */
function yaml(strings: TemplateStringsArray): string {
  const lines = (strings[0] ?? '').split('\n').slice(1, -1);
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.search(/\S/)));
  return lines.map((l) => l.slice(indent)).join('\n');
}

const DRY_RUN = 'kubectl apply --dry-run=server -f FILE';

export const MANIFEST_EXPLANATIONS: Readonly<Record<string, RuleExplanation>> = {
  YAML001: {
    title: { en: 'YAML syntax error', ko: 'YAML 문법 오류' },
    why: {
      en: 'kubectl and docker compose parse the file as YAML before anything else; one wrong indent or unclosed bracket and nothing in the file is read.',
      ko: 'kubectl과 docker compose는 가장 먼저 파일을 YAML로 읽습니다. 들여쓰기 하나, 닫히지 않은 괄호 하나만 틀려도 파일 전체를 읽지 못합니다.',
    },
    fix: {
      en: 'Fix the line shown: indent with spaces (never tabs), align list items, close brackets and quotes.',
      ko: '표시된 줄을 고치세요: 들여쓰기는 탭이 아닌 공백으로, 목록 항목은 정렬하고, 괄호와 따옴표는 닫으세요.',
    },
    command: 'kubectl apply --dry-run=client -f FILE',
    bad: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia
      spec:
        containers:
        - name: kubia
           image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
    `,
  },
  YAML002: {
    title: { en: 'YAML too large, too deep or too many aliases', ko: '너무 크거나 깊거나 별칭이 너무 많은 YAML' },
    why: {
      en: 'A few lines of YAML aliases can expand to billions of nodes ("billion laughs"); the checker stops at a limit instead of freezing your editor. Real manifests never come near it.',
      ko: '몇 줄짜리 YAML 별칭(alias)이 수십억 개의 노드로 불어날 수 있습니다("billion laughs"). 검사기는 편집기가 멈추지 않도록 한계에서 멈춥니다. 실제 매니페스트는 이 한계 근처에도 가지 않습니다.',
    },
    fix: {
      en: 'Split the file into smaller ones, and write repeated parts out instead of nesting aliases.',
      ko: '파일을 작게 나누고, 반복되는 부분은 별칭을 중첩하는 대신 직접 적으세요.',
    },
    command: 'kubectl apply --dry-run=client -f FILE',
    bad: yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: lol
      data:
        a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]
        a1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
        a2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]
        a3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]
        a4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]
        a5: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]
    `,
    good: yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: lol
      data:
        a0: lol lol lol lol lol lol lol lol lol lol
    `,
  },
  YAML003: {
    title: { en: 'Only the first findings are shown', ko: '처음 발견된 문제만 표시됨' },
    why: {
      en: 'A file with very many problems usually has one cause near the top (a wrong indent, a wrong kind); a thousand squiggles would hide it.',
      ko: '문제가 아주 많은 파일은 대개 위쪽에 원인 하나가 있습니다(잘못된 들여쓰기, 잘못된 kind). 밑줄이 천 개면 그 원인이 가려집니다.',
    },
    fix: { en: 'Fix the first findings and the rest appear as you go.', ko: '처음 몇 개의 문제를 고치면 나머지가 차례로 표시됩니다.' },
    command: 'kube-tutor lint FILE',
    bad: yaml`
      # 1,000 pasted typos, folded with aliases to fit here: 10 containers × 10 entries × 10 keys
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia
      spec:
        containers:
        - &c
          name: kubia
          image: luksa/kubia:1.0
          env: [&e {nmae: A, a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: 1, h: 1, i: 1}, *e, *e, *e, *e, *e, *e, *e, *e, *e]
        - *c
        - *c
        - *c
        - *c
        - *c
        - *c
        - *c
        - *c
        - *c
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          env:
          - name: A
            value: "1"
    `,
  },
  K8S001: {
    title: { en: 'apiVersion or kind is missing', ko: 'apiVersion 또는 kind 누락' },
    why: {
      en: 'The API server picks the schema of an object from apiVersion and kind together. Without one of them kubectl cannot even send the object: "error validating data: apiVersion not set" (or "kind not set").',
      ko: 'API 서버는 apiVersion과 kind를 함께 보고 오브젝트의 스키마를 고릅니다. 둘 중 하나가 없으면 kubectl은 오브젝트를 보내지도 못합니다: "error validating data: apiVersion not set"(또는 "kind not set").',
    },
    fix: {
      en: 'Add both at the top of the document, e.g. apiVersion: v1 with kind: Pod, or apiVersion: apps/v1 with kind: Deployment.',
      ko: '문서 맨 위에 둘 다 적으세요. 예: apiVersion: v1과 kind: Pod, 또는 apiVersion: apps/v1과 kind: Deployment.',
    },
    command: 'kubectl api-resources',
    bad: yaml`
      kind: Pod
      metadata:
        name: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
    `,
  },
  K8S002: {
    title: { en: 'Unknown kind for this apiVersion', ko: '이 apiVersion에 없는 kind' },
    why: {
      en: 'Each kind lives in one API group: Deployment in apps/v1, Service in v1. A kind under the wrong group, or a misspelt kind, is refused with "no matches for kind … in version …".',
      ko: '각 kind는 하나의 API 그룹에 속합니다. Deployment는 apps/v1, Service는 v1에 있습니다. 그룹이 틀리거나 kind 철자가 틀리면 "no matches for kind … in version …"으로 거부됩니다.',
    },
    fix: {
      en: 'Use the group and version kubectl lists for the kind (the quick fix proposes it); check the spelling and capitals of kind.',
      ko: 'kubectl이 그 kind에 대해 보여 주는 그룹과 버전을 쓰세요(빠른 수정이 제안합니다). kind의 철자와 대소문자도 확인하세요.',
    },
    command: 'kubectl api-resources',
    bad: yaml`
      apiVersion: apps/v1
      kind: Service
      metadata:
        name: kubia
      spec:
        selector:
          app: kubia
        ports:
        - port: 80
          targetPort: 8080
    `,
    good: yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia
      spec:
        selector:
          app: kubia
        ports:
        - port: 80
          targetPort: 8080
    `,
  },
  K8S003: {
    title: { en: 'API version removed from Kubernetes', ko: '쿠버네티스에서 제거된 API 버전' },
    why: {
      en: 'Old books use extensions/v1beta1 or apps/v1beta2 for Deployments. Those versions were removed (1.16 for most workloads); today the API server answers "no matches for kind". Moving to apps/v1 also changes fields: spec.selector becomes required.',
      ko: '오래된 책은 디플로이먼트에 extensions/v1beta1이나 apps/v1beta2를 씁니다. 이 버전들은 제거되었고(대부분의 워크로드는 1.16에서) 지금 API 서버는 "no matches for kind"로 답합니다. apps/v1로 옮기면 필드도 바뀝니다: spec.selector가 필수가 됩니다.',
    },
    fix: {
      en: 'Replace the apiVersion with the current one named in the message and add what it requires (the quick fix does both, e.g. adds spec.selector.matchLabels from the template labels).',
      ko: '메시지에 나온 현재 apiVersion으로 바꾸고 그 버전이 요구하는 것을 추가하세요(빠른 수정이 둘 다 합니다. 예: 템플릿 레이블로 spec.selector.matchLabels 추가).',
    },
    command: 'kubectl api-versions',
    bad: yaml`
      apiVersion: extensions/v1beta1
      kind: Deployment
      metadata:
        name: kubia
      spec:
        replicas: 3
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
    `,
    good: yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: kubia
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: nodejs
              image: luksa/kubia:v1
    `,
  },
  K8S004: {
    title: { en: 'Custom resource or unknown kind: not validated', ko: '커스텀 리소스 또는 알 수 없는 kind: 검사하지 않음' },
    why: {
      en: 'Custom resources are defined by CRDs installed in a cluster; their schema is not built in. Kube Tutor says so instead of guessing, and never reports errors it cannot prove.',
      ko: '커스텀 리소스는 클러스터에 설치된 CRD가 정의하므로 스키마가 내장되어 있지 않습니다. Kube Tutor는 추측하지 않고 그렇다고 알려 주며, 증명할 수 없는 오류는 보고하지 않습니다.',
    },
    fix: {
      en: 'Nothing to fix if the CRD exists in your cluster. If you meant a built-in kind, check its spelling and apiVersion.',
      ko: '클러스터에 CRD가 있다면 고칠 것은 없습니다. 내장 kind를 의도했다면 철자와 apiVersion을 확인하세요.',
    },
    command: 'kubectl get crd',
    bad: yaml`
      apiVersion: stable.example.com/v1
      kind: CronTab
      metadata:
        name: kubia-cron
      spec:
        cronSpec: "*/5 * * * *"
        image: luksa/kubia:1.0
    `,
    good: yaml`
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: kubia-cron
      spec:
        schedule: "*/5 * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                - name: kubia
                  image: luksa/kubia:1.0
    `,
  },
  K8S005: {
    title: { en: 'Unknown field', ko: '알 수 없는 필드' },
    why: {
      en: 'kubectl validates strictly: a field the schema does not have is refused ("unknown field"), it is never silently ignored. Usually a typo (containerPorts, imagePullPolicies) or a field at the wrong indentation level.',
      ko: 'kubectl은 엄격하게 검사합니다. 스키마에 없는 필드는 조용히 무시되지 않고 거부됩니다("unknown field"). 대개 오타(containerPorts, imagePullPolicies)이거나 들여쓰기 수준이 틀린 필드입니다.',
    },
    fix: {
      en: 'Rename the field to the suggestion ("did you mean …?", a quick fix), or move it to the level where it belongs.',
      ko: '제안된 이름("did you mean …?", 빠른 수정)으로 바꾸거나, 필드를 원래 있어야 할 수준으로 옮기세요.',
    },
    command: 'kubectl explain pod.spec.containers',
    bad: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
            protocal: TCP
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
            protocol: TCP
    `,
  },
  K8S006: {
    title: { en: 'Value of the wrong type', ko: '타입이 틀린 값' },
    why: {
      en: 'The schema fixes each field\'s type. replicas: "3" is a string, not an integer, and the API server refuses it: "spec.replicas in body must be of type integer".',
      ko: '스키마는 필드마다 타입을 정합니다. replicas: "3"은 정수가 아닌 문자열이라 API 서버가 거부합니다: "spec.replicas in body must be of type integer".',
    },
    fix: {
      en: 'Write the value with the declared type: numbers without quotes, booleans as true/false, lists with "- ", maps with "key: value".',
      ko: '선언된 타입으로 값을 쓰세요. 숫자는 따옴표 없이, 불리언은 true/false, 목록은 "- ", 맵은 "key: value"로 씁니다.',
    },
    command: 'kubectl explain deployment.spec.replicas',
    bad: yaml`
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: kubia
      spec:
        replicas: "3"
        selector:
          app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: kubia
              image: luksa/kubia:1.0
    `,
    good: yaml`
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: kubia
      spec:
        replicas: 3
        selector:
          app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: kubia
              image: luksa/kubia:1.0
    `,
  },
  K8S007: {
    title: { en: 'Required field missing', ko: '필수 필드 누락' },
    why: {
      en: 'Some fields have no default: a container needs a name and an image, a Deployment a selector and a template. The API server refuses the object with "Required value".',
      ko: '기본값이 없는 필드가 있습니다. 컨테이너에는 name과 image가, 디플로이먼트에는 selector와 template이 필요합니다. 없으면 API 서버가 "Required value"로 거부합니다.',
    },
    fix: { en: 'Add the field named in the message at the place shown.', ko: '메시지에 나온 필드를 표시된 위치에 추가하세요.' },
    command: 'kubectl explain deployment.spec',
    bad: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia
      spec:
        containers:
        - name: kubia
          ports:
          - containerPort: 8080
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
    `,
  },
  K8S008: {
    title: { en: 'Value not among the allowed values', ko: '허용되지 않은 값' },
    why: {
      en: 'Fields like Service type, imagePullPolicy, restartPolicy and protocol accept a fixed set of words, with exact capitals. type: LoadBalancr is refused with "Unsupported value".',
      ko: 'Service type, imagePullPolicy, restartPolicy, protocol 같은 필드는 정해진 단어만, 대소문자까지 정확히 받습니다. type: LoadBalancr는 "Unsupported value"로 거부됩니다.',
    },
    fix: {
      en: 'Pick one of the values listed in the message (the quick fix replaces a near-miss typo).',
      ko: '메시지에 나열된 값 중 하나를 고르세요(비슷한 오타는 빠른 수정이 바꿔 줍니다).',
    },
    command: 'kubectl explain service.spec.type',
    bad: yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia-http
      spec:
        type: LoadBalancr
        selector:
          app: kubia
        ports:
        - port: 80
          targetPort: 8080
    `,
    good: yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia-http
      spec:
        type: LoadBalancer
        selector:
          app: kubia
        ports:
        - port: 80
          targetPort: 8080
    `,
  },
  K8S009: {
    title: { en: 'Malformed name, label, port or quantity', ko: '형식이 틀린 이름, 레이블, 포트, 수량' },
    why: {
      en: 'Names must be DNS-1123 (lower case letters, digits and "-"), label values at most 63 characters, ports 1–65535, and quantities like 500m or 1Gi. The API server checks every one: "Invalid value".',
      ko: '이름은 DNS-1123 형식(소문자, 숫자, "-")이어야 하고, 레이블 값은 63자 이하, 포트는 1–65535, 수량은 500m이나 1Gi 같은 형식이어야 합니다. API 서버가 모두 검사합니다: "Invalid value".',
    },
    fix: {
      en: 'Rewrite the value in the form the message describes: kubia-rc, not Kubia_RC; 128Mi, not 128MB.',
      ko: '메시지가 설명하는 형식으로 값을 다시 쓰세요. Kubia_RC가 아니라 kubia-rc, 128MB가 아니라 128Mi.',
    },
    command: DRY_RUN,
    bad: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia_manual
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          resources:
            limits:
              memory: 128MB
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          resources:
            limits:
              memory: 128Mi
    `,
  },
  K8S010: {
    title: { en: 'metadata.name missing', ko: 'metadata.name 누락' },
    why: {
      en: 'Every object is known by its name in its namespace; kubectl get, delete and apply find it by that name. Without it the API server refuses: "name or generateName is required".',
      ko: '모든 오브젝트는 네임스페이스 안에서 이름으로 구별됩니다. kubectl get, delete, apply가 그 이름으로 찾습니다. 이름이 없으면 API 서버가 거부합니다: "name or generateName is required".',
    },
    fix: {
      en: 'Add metadata.name (lower case, digits and "-"), or metadata.generateName for a random suffix with kubectl create.',
      ko: 'metadata.name(소문자, 숫자, "-")을 추가하세요. kubectl create에서 무작위 접미사를 원하면 metadata.generateName을 쓰세요.',
    },
    command: 'kubectl get pods',
    bad: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        labels:
          app: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
        labels:
          app: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
    `,
  },
  K8S011: {
    title: { en: 'Image tagged latest or untagged', ko: 'latest 태그 또는 태그 없는 이미지' },
    why: {
      en: 'image: luksa/kubia means luksa/kubia:latest, and :latest also makes the kubelet pull on every start (imagePullPolicy Always). Pods created a day apart can run different code, and a rollback cannot bring back the old version.',
      ko: 'image: luksa/kubia는 luksa/kubia:latest를 뜻하며, :latest이면 kubelet이 시작할 때마다 이미지를 pull 합니다(imagePullPolicy Always). 하루 간격으로 만든 파드가 서로 다른 코드를 실행할 수 있고, 롤백으로 예전 버전을 되돌릴 수도 없습니다.',
    },
    fix: { en: 'Pin a version tag: luksa/kubia:1.0 (and push that tag).', ko: '버전 태그를 고정하세요: luksa/kubia:1.0 (그리고 그 태그를 푸시하세요).' },
    command: 'docker push luksa/kubia:1.0',
    bad: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - name: kubia
          image: luksa/kubia
          ports:
          - containerPort: 8080
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
    `,
  },
  K8S012: {
    title: { en: 'No resource requests or memory limit', ko: '리소스 요청 또는 메모리 제한 없음' },
    why: {
      en: 'The scheduler places pods by their requests; without them a node can be overcommitted and pods are the first to be evicted. Without a memory limit one leaking container can starve the whole node.',
      ko: '스케줄러는 요청(requests)을 보고 파드를 배치합니다. 요청이 없으면 노드가 과하게 할당되고 이런 파드가 가장 먼저 축출됩니다. 메모리 제한이 없으면 메모리가 새는 컨테이너 하나가 노드 전체를 굶길 수 있습니다.',
    },
    fix: {
      en: 'Add resources.requests (cpu, memory) and resources.limits.memory to every container (the quick fix adds a starting point to tune).',
      ko: '모든 컨테이너에 resources.requests(cpu, memory)와 resources.limits.memory를 추가하세요(빠른 수정이 조정할 시작값을 넣어 줍니다).',
    },
    command: 'kubectl describe node',
    bad: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
          resources:
            requests:
              cpu: 100m
              memory: 64Mi
            limits:
              memory: 128Mi
    `,
  },
  K8S013: {
    title: { en: 'No readiness or liveness probe', ko: 'readiness 또는 liveness 프로브 없음' },
    why: {
      en: 'Without a readiness probe a pod gets traffic as soon as its process starts, before the app listens. Without a liveness probe a hung app is never restarted: Kubernetes only sees that the process is still there.',
      ko: 'readiness 프로브가 없으면 프로세스가 시작하자마자, 앱이 요청을 받을 준비가 되기 전에 트래픽이 들어옵니다. liveness 프로브가 없으면 멈춘 앱이 재시작되지 않습니다. 쿠버네티스는 프로세스가 살아 있다는 것만 봅니다.',
    },
    fix: {
      en: 'Add readinessProbe and livenessProbe, e.g. httpGet on the container port (path /, port 8080 for kubia).',
      ko: 'readinessProbe와 livenessProbe를 추가하세요. 예: 컨테이너 포트로 httpGet(kubia라면 path /, port 8080).',
    },
    command: 'kubectl describe pod NAME',
    bad: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
          readinessProbe:
            httpGet:
              path: /
              port: 8080
          livenessProbe:
            httpGet:
              path: /
              port: 8080
    `,
  },
  K8S014: {
    title: { en: 'Privileged container', ko: '특권(privileged) 컨테이너' },
    why: {
      en: 'privileged: true gives the container every capability and access to the host\'s devices: a compromised container owns the node.',
      ko: 'privileged: true는 컨테이너에 모든 권한과 호스트 장치 접근을 줍니다. 컨테이너 하나가 뚫리면 노드 전체가 넘어갑니다.',
    },
    fix: {
      en: 'Remove privileged: true; if the app needs one kernel capability, add just that one under securityContext.capabilities.add.',
      ko: 'privileged: true를 지우세요. 앱에 커널 권한 하나만 필요하다면 securityContext.capabilities.add에 그것만 추가하세요.',
    },
    command: 'kubectl get pod NAME -o yaml',
    bad: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: pod-privileged
      spec:
        containers:
        - name: main
          image: alpine:3.20
          command: ["/bin/sleep", "999999"]
          securityContext:
            privileged: true
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: pod-add-settime-capability
      spec:
        containers:
        - name: main
          image: alpine:3.20
          command: ["/bin/sleep", "999999"]
          securityContext:
            capabilities:
              add:
              - SYS_TIME
    `,
  },
  K8S015: {
    title: { en: 'Container may run as root', ko: '컨테이너가 root로 실행될 수 있음' },
    why: {
      en: 'Most images run as root unless told otherwise. runAsNonRoot: true makes the kubelet refuse to start a container whose user is root, which limits what an attacker can do.',
      ko: '대부분의 이미지는 따로 정하지 않으면 root로 실행됩니다. runAsNonRoot: true이면 kubelet이 사용자가 root인 컨테이너를 시작하지 않으므로 공격자가 할 수 있는 일이 줄어듭니다.',
    },
    fix: {
      en: 'Set securityContext.runAsNonRoot: true (and runAsUser), and make the image run as a regular user (USER in the Dockerfile).',
      ko: 'securityContext.runAsNonRoot: true(와 runAsUser)를 설정하고, 이미지도 일반 사용자로 실행되게 하세요(Dockerfile의 USER).',
    },
    command: 'kubectl exec NAME -- id',
    bad: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
          securityContext:
            runAsNonRoot: true
            runAsUser: 1000
    `,
  },
  K8S016: {
    title: { en: 'Writable root filesystem', ko: '쓰기 가능한 루트 파일시스템' },
    why: {
      en: 'A read-only root filesystem stops an intruder from changing binaries in the container, and makes writes go to declared volumes where you can see them.',
      ko: '루트 파일시스템을 읽기 전용으로 하면 침입자가 컨테이너 안의 실행 파일을 바꿀 수 없고, 쓰기는 눈에 보이는 선언된 볼륨으로만 갑니다.',
    },
    fix: {
      en: 'Set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the app writes (e.g. /tmp).',
      ko: 'securityContext.readOnlyRootFilesystem: true로 설정하고 앱이 쓰는 곳(예: /tmp)에 emptyDir을 마운트하세요.',
    },
    command: 'kubectl exec NAME -- touch /x',
    bad: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
          securityContext:
            readOnlyRootFilesystem: true
          volumeMounts:
          - name: tmp
            mountPath: /tmp
        volumes:
        - name: tmp
          emptyDir: {}
    `,
  },
  K8S017: {
    title: { en: 'hostNetwork or hostPort', ko: 'hostNetwork 또는 hostPort' },
    why: {
      en: 'hostNetwork puts the pod in the node\'s network namespace, and hostPort binds a port of the node: two such pods cannot share a node, the scheduler has fewer places for them, and the pod bypasses network policies.',
      ko: 'hostNetwork는 파드를 노드의 네트워크 네임스페이스에 넣고, hostPort는 노드의 포트를 점유합니다. 이런 파드 둘은 한 노드에 올 수 없어 스케줄러의 선택지가 줄고, 네트워크 정책도 우회합니다.',
    },
    fix: {
      en: 'Remove them and expose the pods with a Service (NodePort or LoadBalancer) instead.',
      ko: '이 설정을 지우고 대신 서비스(NodePort나 LoadBalancer)로 파드를 노출하세요.',
    },
    command: 'kubectl expose deployment NAME --type=NodePort --port=8080',
    bad: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-hostport
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
            hostPort: 9000
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
        labels:
          app: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia-nodeport
      spec:
        type: NodePort
        selector:
          app: kubia
        ports:
        - port: 80
          targetPort: 8080
          nodePort: 30123
    `,
  },
  K8S018: {
    title: { en: 'Selector does not match the template labels', ko: '셀렉터가 템플릿 레이블과 맞지 않음' },
    why: {
      en: 'A ReplicationController, ReplicaSet or Deployment counts the pods its selector matches. If its own template\'s labels do not match, the API server refuses it: "selector does not match template labels" (otherwise it would create pods forever).',
      ko: '레플리케이션컨트롤러, 레플리카셋, 디플로이먼트는 셀렉터에 맞는 파드 수를 셉니다. 자기 템플릿의 레이블이 셀렉터와 맞지 않으면 API 서버가 거부합니다: "selector does not match template labels"(그렇지 않으면 파드를 끝없이 만들 것입니다).',
    },
    fix: {
      en: 'Make the selector and spec.template.metadata.labels agree (the quick fix copies one to the other).',
      ko: '셀렉터와 spec.template.metadata.labels를 일치시키세요(빠른 수정이 한쪽을 다른 쪽으로 복사합니다).',
    },
    command: 'kubectl get pods --show-labels',
    bad: yaml`
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: kubia
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: kubia
        template:
          metadata:
            labels:
              app: kubia-v2
          spec:
            containers:
            - name: kubia
              image: luksa/kubia:1.0
    `,
    good: yaml`
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: kubia
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: kubia
        template:
          metadata:
            labels:
              app: kubia
          spec:
            containers:
            - name: kubia
              image: luksa/kubia:1.0
    `,
  },
  K8S019: {
    title: { en: 'Two containers with the same name', ko: '이름이 같은 컨테이너 둘' },
    why: {
      en: 'kubectl logs -c, exec -c and the kubelet find containers by name; the API server refuses a pod whose containers share one: "Duplicate value".',
      ko: 'kubectl logs -c, exec -c와 kubelet은 이름으로 컨테이너를 찾습니다. 컨테이너 이름이 겹치는 파드는 API 서버가 거부합니다: "Duplicate value".',
    },
    fix: { en: 'Give each container (and init container) its own name.', ko: '컨테이너(와 초기화 컨테이너)마다 다른 이름을 주세요.' },
    command: 'kubectl logs NAME -c CONTAINER',
    bad: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: fortune
      spec:
        containers:
        - name: html-generator
          image: luksa/fortune:1.0
        - name: html-generator
          image: nginx:1.27-alpine
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: fortune
      spec:
        containers:
        - name: html-generator
          image: luksa/fortune:1.0
        - name: web-server
          image: nginx:1.27-alpine
    `,
  },
  K8S020: {
    title: { en: 'Container port declared twice', ko: '두 번 선언된 컨테이너 포트' },
    why: {
      en: 'Two entries with the same containerPort and protocol are a copy-paste slip; with the same name they make named targetPorts ambiguous.',
      ko: '같은 containerPort와 프로토콜을 가진 항목 둘은 복사·붙여넣기 실수입니다. 이름까지 같으면 이름으로 지정한 targetPort가 모호해집니다.',
    },
    fix: { en: 'Keep one entry per port (and one name per port).', ko: '포트마다 항목 하나(이름도 하나)만 남기세요.' },
    command: 'kubectl get pod NAME -o yaml',
    bad: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - name: http
            containerPort: 8080
          - name: https
            containerPort: 8080
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - name: http
            containerPort: 8080
          - name: https
            containerPort: 8443
    `,
  },
  K8S021: {
    title: { en: 'Environment variable defined twice', ko: '두 번 정의된 환경 변수' },
    why: {
      en: 'When env lists a name twice, the last value silently wins; the first one looks set but is not.',
      ko: 'env에 같은 이름이 두 번 있으면 마지막 값이 조용히 이깁니다. 첫 번째 값은 설정된 것처럼 보이지만 아닙니다.',
    },
    fix: { en: 'Keep one entry per variable name.', ko: '변수 이름마다 항목 하나만 남기세요.' },
    command: 'kubectl exec NAME -- env',
    bad: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: fortune-env
      spec:
        containers:
        - name: html-generator
          image: luksa/fortune:env
          env:
          - name: INTERVAL
            value: "30"
          - name: INTERVAL
            value: "5"
    `,
    good: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: fortune-env
      spec:
        containers:
        - name: html-generator
          image: luksa/fortune:env
          env:
          - name: INTERVAL
            value: "30"
    `,
  },
  K8S022: {
    title: { en: 'Image not built or pushed in the simulator', ko: '시뮬레이터에서 빌드·푸시되지 않은 이미지' },
    why: {
      en: 'Cluster nodes do not see the images of your Docker daemon: each kubelet pulls from a registry. An image that was only built (docker build -t kubia .) or never built makes the pods fail with ErrImagePull, then ImagePullBackOff.',
      ko: '클러스터 노드는 내 도커 데몬의 이미지를 보지 못합니다. 각 kubelet은 레지스트리에서 이미지를 pull 합니다. 빌드만 했거나(docker build -t kubia .) 빌드조차 하지 않은 이미지는 파드를 ErrImagePull, 이어서 ImagePullBackOff로 실패하게 합니다.',
    },
    fix: {
      en: 'Build the image, tag it with your Docker ID and push it (the code action runs Build Image or Push Image), then use that name in the manifest: image: <id>/kubia.',
      ko: '이미지를 빌드하고 내 도커 ID로 태그를 붙여 푸시한 뒤(코드 액션이 Build Image나 Push Image를 실행합니다), 매니페스트에서 그 이름을 쓰세요: image: <id>/kubia.',
    },
    command: 'docker push <id>/kubia',
    bad: yaml`
      # after docker build -t kubia . (built, never pushed)
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - name: kubia
          image: kubia
    `,
    good: yaml`
      # after docker tag kubia luksa/kubia:1.0 and docker push luksa/kubia:1.0
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
    `,
  },
  K8S030: {
    title: { en: 'Service selects no pods (dangling)', ko: '파드를 선택하지 않는 서비스(dangling)' },
    why: {
      en: 'A Service sends traffic to the pods whose labels match its selector. If no pod template in the folder has those labels, the Service gets no endpoints and curl to it hangs or is refused.',
      ko: '서비스는 셀렉터와 레이블이 맞는 파드로 트래픽을 보냅니다. 폴더의 어떤 파드 템플릿에도 그 레이블이 없으면 서비스에 엔드포인트가 없어 curl이 멈추거나 거부됩니다.',
    },
    fix: {
      en: 'Make the selector equal to the labels of the pods it should reach (spec.template.metadata.labels of the Deployment/RC), in the same namespace.',
      ko: '셀렉터를 도달해야 할 파드의 레이블(디플로이먼트/RC의 spec.template.metadata.labels)과 같게 하세요. 네임스페이스도 같아야 합니다.',
    },
    command: 'kubectl get endpoints NAME',
    bad: yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia
      spec:
        selector:
          app: kubia
        ports:
        - port: 80
          targetPort: 8080
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
        labels:
          run: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
    `,
    good: yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia
      spec:
        selector:
          app: kubia
        ports:
        - port: 80
          targetPort: 8080
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
        labels:
          app: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
    `,
  },
  K8S031: {
    title: { en: 'targetPort is not a port of the selected pods', ko: 'targetPort가 선택된 파드의 포트가 아님' },
    why: {
      en: 'The Service forwards port → targetPort on the pods (targetPort defaults to port). If no selected container listens there, connections are refused; a named targetPort that no container port has yields no endpoints at all.',
      ko: '서비스는 port로 받은 요청을 파드의 targetPort로 넘깁니다(targetPort의 기본값은 port). 선택된 컨테이너가 그 포트에서 듣고 있지 않으면 연결이 거부되고, 어떤 컨테이너 포트에도 없는 이름의 targetPort는 엔드포인트가 전혀 생기지 않습니다.',
    },
    fix: {
      en: 'Set targetPort to the containerPort the app listens on (8080 for kubia), or to the name of that port.',
      ko: 'targetPort를 앱이 듣는 containerPort(kubia는 8080)나 그 포트의 이름으로 설정하세요.',
    },
    command: 'kubectl describe service NAME',
    bad: yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia
      spec:
        selector:
          app: kubia
        ports:
        - port: 80
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
        labels:
          app: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
    `,
    good: yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia
      spec:
        selector:
          app: kubia
        ports:
        - port: 80
          targetPort: 8080
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubia-manual
        labels:
          app: kubia
      spec:
        containers:
        - name: kubia
          image: luksa/kubia:1.0
          ports:
          - containerPort: 8080
    `,
  },
  K8S032: {
    title: { en: 'Same object defined twice in the folder', ko: '폴더에 같은 오브젝트가 두 번 정의됨' },
    why: {
      en: 'kubectl apply -f DIR sends every file; two objects with the same kind, namespace and name are one object on the server, and the last file read silently overwrites the first.',
      ko: 'kubectl apply -f DIR는 모든 파일을 보냅니다. kind, 네임스페이스, 이름이 같은 오브젝트 둘은 서버에서 하나이므로 나중에 읽힌 파일이 앞의 것을 조용히 덮어씁니다.',
    },
    fix: {
      en: 'Rename one of them, or delete the copy (the related information points to the other definition).',
      ko: '둘 중 하나의 이름을 바꾸거나 사본을 지우세요(관련 정보가 다른 정의를 가리킵니다).',
    },
    command: 'kubectl apply -f DIR --dry-run=client',
    bad: yaml`
      # kubia-svc.yaml
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia
      spec:
        selector:
          app: kubia
        ports:
        - port: 80
          targetPort: 8080
      ---
      # kubia-svc-nodeport.yaml (copied, not renamed)
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia
      spec:
        type: NodePort
        selector:
          app: kubia
        ports:
        - port: 80
          targetPort: 8080
          nodePort: 30123
    `,
    good: yaml`
      # kubia-svc.yaml
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia
      spec:
        selector:
          app: kubia
        ports:
        - port: 80
          targetPort: 8080
      ---
      # kubia-svc-nodeport.yaml
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia-nodeport
      spec:
        type: NodePort
        selector:
          app: kubia
        ports:
        - port: 80
          targetPort: 8080
          nodePort: 30123
    `,
  },
  K8S033: {
    title: { en: 'Two Services request the same nodePort', ko: '같은 nodePort를 요청하는 서비스 둘' },
    why: {
      en: 'A nodePort is opened on every node of the cluster, so each number can belong to one Service only. The second is refused: "provided port is already allocated".',
      ko: 'nodePort는 클러스터의 모든 노드에서 열리므로 번호 하나는 서비스 하나만 가질 수 있습니다. 두 번째 서비스는 거부됩니다: "provided port is already allocated".',
    },
    fix: {
      en: 'Give each Service its own nodePort (30000–32767), or leave nodePort out and let Kubernetes pick one.',
      ko: '서비스마다 다른 nodePort(30000–32767)를 주거나, nodePort를 빼서 쿠버네티스가 고르게 하세요.',
    },
    command: 'kubectl get services',
    bad: yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia-nodeport
      spec:
        type: NodePort
        selector:
          app: kubia
        ports:
        - port: 80
          targetPort: 8080
          nodePort: 30123
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia-nodeport-v2
      spec:
        type: NodePort
        selector:
          app: kubia-v2
        ports:
        - port: 80
          targetPort: 8080
          nodePort: 30123
    `,
    good: yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia-nodeport
      spec:
        type: NodePort
        selector:
          app: kubia
        ports:
        - port: 80
          targetPort: 8080
          nodePort: 30123
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: kubia-nodeport-v2
      spec:
        type: NodePort
        selector:
          app: kubia-v2
        ports:
        - port: 80
          targetPort: 8080
          nodePort: 30124
    `,
  },
  COMPOSE001: {
    title: { en: 'Unknown Compose key', ko: '알 수 없는 Compose 키' },
    why: {
      en: 'docker compose validates the file against the Compose specification and refuses unknown keys ("additional properties … not allowed"); usually a typo like imgae or port.',
      ko: 'docker compose는 파일을 Compose 명세로 검사하고 모르는 키를 거부합니다("additional properties … not allowed"). 대개 imgae나 port 같은 오타입니다.',
    },
    fix: { en: 'Rename the key to the suggestion, or move it to the level where it belongs.', ko: '제안된 이름으로 키를 바꾸거나 원래 있어야 할 수준으로 옮기세요.' },
    command: 'docker compose config',
    bad: yaml`
      services:
        kubia:
          image: luksa/kubia:1.0
          port:
            - "8080:8080"
    `,
    good: yaml`
      services:
        kubia:
          image: luksa/kubia:1.0
          ports:
            - "8080:8080"
    `,
  },
  COMPOSE002: {
    title: { en: 'Service without image or build', ko: 'image나 build가 없는 서비스' },
    why: {
      en: 'Compose needs to know what to run: an image to pull, or a build context to build one from. A service with neither cannot start.',
      ko: 'Compose는 무엇을 실행할지 알아야 합니다. pull 할 image나, 이미지를 만들 build 컨텍스트가 필요합니다. 둘 다 없는 서비스는 시작할 수 없습니다.',
    },
    fix: { en: 'Add image: name:tag, or build: ./folder-with-a-Dockerfile.', ko: 'image: 이름:태그나 build: ./Dockerfile이-있는-폴더를 추가하세요.' },
    command: 'docker compose config',
    bad: yaml`
      services:
        kubia:
          ports:
            - "8080:8080"
    `,
    good: yaml`
      services:
        kubia:
          build: .
          ports:
            - "8080:8080"
    `,
  },
  COMPOSE003: {
    title: { en: 'Malformed port mapping', ko: '형식이 틀린 포트 매핑' },
    why: {
      en: 'ports take "HOST:CONTAINER" (optionally with an IP and /udp) or the long form with target and published. Anything else is refused, and an unquoted 80:80 style value can even be read by YAML as a number in base 60.',
      ko: 'ports는 "HOST:CONTAINER"(IP와 /udp를 붙일 수 있음) 또는 target과 published를 쓰는 긴 형식을 받습니다. 그 밖의 형식은 거부되며, 따옴표 없는 80:80 같은 값은 YAML이 60진수 숫자로 읽을 수도 있습니다.',
    },
    fix: { en: 'Quote the short form, "8080:8080", and keep ports within 1–65535.', ko: '짧은 형식은 따옴표로 감싸고("8080:8080"), 포트는 1–65535 안에서 쓰세요.' },
    command: 'docker compose port SERVICE 8080',
    bad: yaml`
      services:
        kubia:
          image: luksa/kubia:1.0
          ports:
            - "8080:80800"
    `,
    good: yaml`
      services:
        kubia:
          image: luksa/kubia:1.0
          ports:
            - "8080:8080"
    `,
  },
  COMPOSE004: {
    title: { en: 'depends_on names a missing service', ko: 'depends_on이 없는 서비스를 가리킴' },
    why: {
      en: 'depends_on orders start-up between services of the same file. A name that is not a service is refused: "depends on undefined service".',
      ko: 'depends_on은 같은 파일 안의 서비스들 사이의 시작 순서를 정합니다. 서비스가 아닌 이름은 거부됩니다: "depends on undefined service".',
    },
    fix: { en: 'Use the service key as written under services: (not the container_name or image).', ko: 'services: 아래 적힌 서비스 키를 그대로 쓰세요(container_name이나 image가 아닙니다).' },
    command: 'docker compose config --services',
    bad: yaml`
      services:
        web:
          image: luksa/kubia:1.0
          depends_on:
            - redis
        cache:
          image: redis:7.2
          container_name: redis
    `,
    good: yaml`
      services:
        web:
          image: luksa/kubia:1.0
          depends_on:
            - cache
        cache:
          image: redis:7.2
          container_name: redis
    `,
  },
  COMPOSE005: {
    title: { en: 'Build context does not exist', ko: '없는 빌드 컨텍스트' },
    why: {
      en: 'build: points to the folder sent to the builder, relative to the Compose file. If it does not exist, docker compose build fails with "unable to prepare context: path … not found".',
      ko: 'build:는 Compose 파일 기준 상대 경로로, 빌더에 보낼 폴더를 가리킵니다. 폴더가 없으면 docker compose build가 "unable to prepare context: path … not found"로 실패합니다.',
    },
    fix: { en: 'Fix the path (relative to the Compose file) or create the folder with its Dockerfile.', ko: '경로를 (Compose 파일 기준으로) 고치거나 Dockerfile과 함께 폴더를 만드세요.' },
    command: 'docker compose build',
    bad: yaml`
      # next to this file: kubia/Dockerfile
      services:
        kubia:
          build: ./app
          ports:
            - "8080:8080"
    `,
    good: yaml`
      # next to this file: kubia/Dockerfile
      services:
        kubia:
          build: ./kubia
          ports:
            - "8080:8080"
    `,
  },
  COMPOSE006: {
    title: { en: 'Malformed environment', ko: '형식이 틀린 environment' },
    why: {
      en: 'environment is either a list of "KEY=VALUE" strings or a mapping KEY: value with scalar values. Nested maps or lists are refused.',
      ko: 'environment는 "KEY=VALUE" 문자열 목록이거나, 값이 스칼라인 KEY: value 맵입니다. 중첩된 맵이나 목록은 거부됩니다.',
    },
    fix: { en: 'Write one variable per entry: - NODE_ENV=production, or NODE_ENV: production.', ko: '항목마다 변수 하나씩 쓰세요: - NODE_ENV=production 또는 NODE_ENV: production.' },
    command: 'docker compose config',
    bad: yaml`
      services:
        kubia:
          image: luksa/kubia:1.0
          environment:
            NODE_ENV:
              value: production
    `,
    good: yaml`
      services:
        kubia:
          image: luksa/kubia:1.0
          environment:
            NODE_ENV: production
    `,
  },
  COMPOSE007: {
    title: { en: 'Malformed volume or undeclared named volume', ko: '형식이 틀린 볼륨 또는 선언되지 않은 이름 있는 볼륨' },
    why: {
      en: 'A service volume is "SOURCE:TARGET[:MODE]" or the long form. A SOURCE that is not a path is a named volume and must be declared under the top-level volumes:, or compose refuses: "refers to undefined volume".',
      ko: '서비스 볼륨은 "SOURCE:TARGET[:MODE]" 또는 긴 형식입니다. 경로가 아닌 SOURCE는 이름 있는 볼륨이며 최상위 volumes:에 선언해야 합니다. 아니면 compose가 거부합니다: "refers to undefined volume".',
    },
    fix: {
      en: 'Declare the named volume under volumes: at the top level, or write a path (./data) for a bind mount.',
      ko: '이름 있는 볼륨을 최상위 volumes:에 선언하거나, 바인드 마운트라면 경로(./data)로 쓰세요.',
    },
    command: 'docker volume ls',
    bad: yaml`
      services:
        cache:
          image: redis:7.2
          volumes:
            - redis-data:/data
    `,
    good: yaml`
      services:
        cache:
          image: redis:7.2
          volumes:
            - redis-data:/data
      volumes:
        redis-data:
    `,
  },
  COMPOSE008: {
    title: { en: 'version is obsolete', ko: 'version은 더 이상 쓰이지 않음' },
    why: {
      en: 'Compose v2 follows the Compose specification and ignores the top-level version; it only prints a warning that the attribute is obsolete.',
      ko: 'Compose v2는 Compose 명세를 따르며 최상위 version을 무시하고, 이 속성이 obsolete라는 경고만 출력합니다.',
    },
    fix: { en: 'Delete the version: line.', ko: 'version: 줄을 지우세요.' },
    command: 'docker compose config',
    bad: yaml`
      version: "3.8"
      services:
        kubia:
          image: luksa/kubia:1.0
    `,
    good: yaml`
      services:
        kubia:
          image: luksa/kubia:1.0
    `,
  },
  COMPOSE009: {
    title: { en: 'Compose image tagged latest or untagged', ko: 'latest 태그 또는 태그 없는 Compose 이미지' },
    why: {
      en: 'image: redis means redis:latest, whatever was published last: the same file starts different software next month.',
      ko: 'image: redis는 redis:latest, 즉 마지막에 배포된 이미지를 뜻합니다. 같은 파일이 다음 달에는 다른 소프트웨어를 실행합니다.',
    },
    fix: { en: 'Pin a version tag: redis:7.2, node:20-alpine.', ko: '버전 태그를 고정하세요: redis:7.2, node:20-alpine.' },
    command: 'docker compose images',
    bad: yaml`
      services:
        cache:
          image: redis
    `,
    good: yaml`
      services:
        cache:
          image: redis:7.2
    `,
  },
};
