/**
 * Workspace files the lessons scaffold, copied from the seeds as they are, bugs included:
 * the learner meets them in the editor and fixes them in the lesson that explains them.
 */

/** Seed 000 `app.js`, with its `reponse` typo (a ReferenceError on the first request). */
export const KUBIA_APP_JS = `const http = require('http');
const os = require('os');

console.log("Kubia server starting...");

var handler = function(request, response) {
\tconsole.log("Received request from " + request.connection.remoteAddress);
\tresponse.writeHead(200);
\treponse.end("You've hit " + os.hostname() + "\\n");
};

var www = http.createServer(handler);
www.listen(8080);
`;

export const KUBIA_APP_JS_FIXED = KUBIA_APP_JS.replace('reponse.end', 'response.end');

/**
 * Seed 000 Dockerfile, verbatim: the notes put \`# comments\` after the instructions, but
 * Docker only treats \`#\` as a comment at the start of a line, so the words become arguments.
 */
export const SEED_DOCKERFILE = `FROM node:7 # 시작점으로 사용할 컨테이너 이미지 정의
ADD app.js /app.js # 로컬디렉터리의 app.js 파일을 이미지의 루트 디렉터리에 동일한 이름으로 추가
ENTRYPOINT ["node", "app.js"] # 이미지를 실행할 때 수행되어야 하는 명령 정의(node app.js)
`;

/** The same Dockerfile with each comment on its own line: what the seed meant. */
export const KUBIA_DOCKERFILE = `# 시작점으로 사용할 컨테이너 이미지 정의
FROM node:7
# 로컬디렉터리의 app.js 파일을 이미지의 루트 디렉터리에 동일한 이름으로 추가
ADD app.js /app.js
# 이미지를 실행할 때 수행되어야 하는 명령 정의(node app.js)
ENTRYPOINT ["node", "app.js"]
`;

/** Seed 004 \`3-Dockerfile\`: the CMD passes "--protected-mode no" as ONE argument. */
export const REDIS_DOCKERFILE = `# 3-Dockerfile
FROM ubuntu:18.04

RUN apt-get update && \\
    apt-get install -y redis-server && \\
    apt-get clean

EXPOSE 6379

CMD ["redis-server", "--protected-mode no"]
`;

export const REDIS_DOCKERFILE_FIXED = REDIS_DOCKERFILE.replace('"--protected-mode no"', '"--protected-mode", "no"');

/** Like seed 004's \`4-docker-compose.yml\`: two services, two containers. */
export const COMPOSE_YML = `# 4-docker-compose.yml
services:
  web:
    build: .
    image: kubia
    ports:
      - "8080:8080"
  redis:
    build:
      context: .
      dockerfile: 3-Dockerfile
    image: redis:v1.0
`;

/** A ReplicationController like the one \`kubectl run --generator=run/v1\` created (seed 003). */
export const KUBIA_RC_YAML = `apiVersion: v1
kind: ReplicationController
metadata:
  name: kubia
spec:
  replicas: 1
  selector:
    app: kubia
  template:
    metadata:
      labels:
        app: kubia
    spec:
      containers:
        - name: kubia
          image: luksa/kubia
          ports:
            - containerPort: 8080
`;

/** What \`kubectl expose rc kubia --type=LoadBalancer --name kubia-http\` creates. */
export const KUBIA_SVC_YAML = `apiVersion: v1
kind: Service
metadata:
  name: kubia-http
spec:
  type: LoadBalancer
  selector:
    app: kubia
  ports:
    - port: 8080
      targetPort: 8080
`;

export const KUBIA_DEPLOYMENT_YAML = `apiVersion: apps/v1
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
        - name: kubia
          image: luksa/kubia:v1
          ports:
            - containerPort: 8080
`;

/** A main container with probes and a sidecar that talks to it over localhost (seed 002). */
export const KUBIA_SIDECAR_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: kubia-sidecar
  labels:
    app: kubia-sidecar
spec:
  containers:
    - name: kubia
      image: luksa/kubia:v1
      ports:
        - containerPort: 8080
      readinessProbe:
        httpGet:
          path: /
          port: 8080
        periodSeconds: 5
      livenessProbe:
        httpGet:
          path: /
          port: 8080
        initialDelaySeconds: 15
        periodSeconds: 10
    - name: sidecar
      image: busybox:1.36
      command: ["sh", "-c", "while true; do wget -qO- localhost:8080; sleep 5; done"]
`;
