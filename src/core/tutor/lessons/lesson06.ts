// Seed 004 "docker-compose 으로 여러 컨테이너 생성하기" (4-docker-compose.yml up / down).
import { all, commandRan, composeContainersRunning } from '../checks';
import { run, type Lesson } from '../lesson';
import { COMPOSE_YML, KUBIA_APP_JS_FIXED, KUBIA_DOCKERFILE, REDIS_DOCKERFILE_FIXED } from './files';

export const lesson06: Lesson = {
  number: 6,
  id: 'lesson06',
  title: { en: 'Compose up and down', ko: 'docker compose로 여러 컨테이너 올리고 내리기' },
  summary: {
    en: 'Describe two containers in one YAML file and start and stop them together.',
    ko: '컨테이너 두 개를 YAML 파일 하나에 적고 한 번에 실행하고 종료합니다.',
  },
  seeds: ['004'],
  files: [
    { path: '4-docker-compose.yml', text: COMPOSE_YML },
    { path: 'app.js', text: KUBIA_APP_JS_FIXED },
    { path: 'Dockerfile', text: KUBIA_DOCKERFILE },
    { path: '3-Dockerfile', text: REDIS_DOCKERFILE_FIXED },
  ],
  steps: [
    {
      id: 'up',
      title: { en: 'Start the Compose project', ko: '도커 컴포즈 프로젝트 실행' },
      explanation: {
        en: 'When one application is made of several containers, docker compose creates them all at once from a .yml file: here `web` (the kubia image) and `redis`. Compose only finds compose.yaml or docker-compose.yml by itself; the seed\'s file is called 4-docker-compose.yml, so name it with `-f` (the seed does so for `down`). `-d` runs the containers in the background, like docker run -d.',
        ko: '하나의 애플리케이션을 여러 컨테이너가 구성할 때 docker compose로 .yml 파일에서 한 번에 컨테이너를 생성할 수 있습니다. 여기서는 `web`(kubia 이미지)과 `redis` 두 개입니다. 컴포즈는 compose.yaml이나 docker-compose.yml만 스스로 찾습니다. 시드의 파일 이름은 4-docker-compose.yml이므로 `-f`로 지정하세요(시드도 `down`에서 그렇게 합니다). `-d`는 docker run -d처럼 백그라운드에서 실행합니다.',
      },
      command: 'docker compose -f 4-docker-compose.yml up -d',
      hint: {
        en: '"port is already allocated": a container from lesson 3 still uses 8080; stop and remove it first.',
        ko: '"port is already allocated"가 나오면 3강의 컨테이너가 아직 8080을 쓰고 있는 것입니다. 먼저 중지하고 삭제하세요.',
      },
      showMe: [run('docker compose -f 4-docker-compose.yml up -d')],
      check: composeContainersRunning(2),
    },
    {
      id: 'ps',
      title: { en: 'See the two containers', ko: '두 컨테이너 확인' },
      explanation: {
        en: 'Compose named the containers <project>-<service>-1 and put them on one network where they reach each other by service name (web can connect to redis:6379). `docker compose ps` lists only this project\'s containers; `docker image ls` shows the images compose built.',
        ko: '컴포즈는 컨테이너 이름을 <프로젝트>-<서비스>-1로 짓고, 서비스 이름으로 서로 접근할 수 있는 네트워크 하나에 둡니다(web은 redis:6379로 연결 가능). `docker compose ps`는 이 프로젝트의 컨테이너만 보여 주고, `docker image ls`로 컴포즈가 빌드한 이미지를 확인할 수 있습니다.',
      },
      command: 'docker compose -f 4-docker-compose.yml ps',
      hint: { en: 'Two rows: web and redis. Plain docker ps lists them too.', ko: 'web과 redis 두 행이 보입니다. 그냥 docker ps로도 보입니다.' },
      showMe: [run('docker compose -f 4-docker-compose.yml ps'), run('docker image ls')],
      check: commandRan('docker', 'compose', 'ps'),
    },
    {
      id: 'down',
      title: { en: 'Stop the application', ko: '애플리케이션 종료' },
      explanation: {
        en: '`down` stops and removes the containers and the network compose created; the images stay. Afterwards docker ps no longer lists them.',
        ko: '`down`은 컴포즈가 만든 컨테이너와 네트워크를 중지하고 삭제합니다. 이미지는 남습니다. 그 뒤에는 docker ps에 더 이상 보이지 않습니다.',
      },
      command: 'docker compose -f ./4-docker-compose.yml down',
      hint: { en: 'Use the same -f file as for up.', ko: 'up 때와 같은 -f 파일을 쓰세요.' },
      showMe: [run('docker compose -f ./4-docker-compose.yml down')],
      check: all(commandRan('docker', 'compose', 'down'), composeContainersRunning(0)),
    },
  ],
};
