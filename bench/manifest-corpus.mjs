// Deterministic corpus for bench/manifest.mjs: a multi-document stream of realistic
// Deployments, Services, ConfigMaps and Pods (~500 bytes each), seeded, no Math.random.
export function corpus(resources = 2000, seed = 42) {
  let s = seed >>> 0;
  const rnd = (n) => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s % n;
  };
  const docs = [];
  for (let i = 0; i < resources; i++) {
    const app = `app-${i}`;
    switch (i % 4) {
      case 0:
        docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: team-${rnd(5)}
  labels:
    app: ${app}
    tier: backend
spec:
  replicas: ${1 + rnd(5)}
  selector:
    matchLabels:
      app: ${app}
  template:
    metadata:
      labels:
        app: ${app}
        tier: backend
    spec:
      containers:
        - name: web
          image: registry.example.com/${app}:1.${rnd(20)}.${rnd(9)}
          imagePullPolicy: IfNotPresent
          ports:
            - containerPort: ${8000 + rnd(1000)}
              name: http
              protocol: TCP
          env:
            - name: LOG_LEVEL
              value: "info"
            - name: WORKERS
              value: "${1 + rnd(8)}"
          resources:
            requests:
              cpu: ${100 + rnd(400)}m
              memory: ${64 + rnd(512)}Mi
            limits:
              cpu: "1"
              memory: 1Gi
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
            periodSeconds: 10
          livenessProbe:
            tcpSocket:
              port: http
          securityContext:
            runAsNonRoot: true
            readOnlyRootFilesystem: true
            allowPrivilegeEscalation: false
`);
        break;
      case 1:
        docs.push(`apiVersion: v1
kind: Service
metadata:
  name: ${app}
  namespace: team-${rnd(5)}
  labels:
    app: ${app}
spec:
  type: ${['ClusterIP', 'NodePort', 'LoadBalancer'][rnd(3)]}
  selector:
    app: app-${i - 1}
  ports:
    - name: http
      port: 80
      targetPort: http
      protocol: TCP
`);
        break;
      case 2:
        docs.push(`apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-config
  namespace: team-${rnd(5)}
data:
  app.properties: |
    greeting=hello
    retries=${rnd(10)}
    endpoint=http://svc-${rnd(100)}.default.svc.cluster.local:8080
  LOG_FORMAT: json
  FEATURE_FLAGS: "a,b,c"
`);
        break;
      default:
        docs.push(`apiVersion: v1
kind: Pod
metadata:
  name: ${app}-manual
  labels:
    app: kubia
    env: ${['dev', 'prod'][rnd(2)]}
spec:
  restartPolicy: Always
  containers:
    - image: luksa/kubia:v${rnd(3)}
      name: kubia
      ports:
        - containerPort: 8080
          protocol: TCP
      resources:
        requests: { cpu: 50m, memory: 32Mi }
        limits: { cpu: 200m, memory: 128Mi }
`);
    }
  }
  return docs.join('---\n');
}
