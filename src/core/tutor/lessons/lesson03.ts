// Seed 000 "Docker 명령어"; seed 003 2.1.5–2.1.7 (PID namespace, stop/rm).
import { all, commandRan, containerAbsent, containerExited, containerRunning } from '../checks';
import { run, type Lesson } from '../lesson';
import { KUBIA_APP_JS_FIXED, KUBIA_DOCKERFILE } from './files';

export const lesson03: Lesson = {
  number: 3,
  id: 'lesson03',
  title: { en: 'Run, inspect, exec, stop, remove', ko: '컨테이너 실행, 조회, 내부 탐색, 중지, 삭제' },
  summary: {
    en: 'Run the kubia image as a background container, call it, look inside it, then stop and remove it.',
    ko: 'kubia 이미지를 백그라운드 컨테이너로 실행하고, 요청을 보내고, 내부를 살펴본 다음 중지하고 삭제합니다.',
  },
  seeds: ['000', '003'],
  files: [
    { path: 'app.js', text: KUBIA_APP_JS_FIXED },
    { path: 'Dockerfile', text: KUBIA_DOCKERFILE },
  ],
  steps: [
    {
      id: 'run',
      title: { en: 'Run the container', ko: '컨테이너 실행하기' },
      explanation: {
        en: '`--name kubia-container` names the container; `-p 8080:8080` maps port 8080 of your machine to port 8080 of the container; `-d` detaches it from the console so it runs in the background and Docker prints the container ID. (If the image is not built yet, go back to lesson 2.)',
        ko: '`--name kubia-container`는 컨테이너 이름을 지정하고, `-p 8080:8080`은 로컬 8080 포트를 컨테이너 8080 포트에 매핑하며, `-d`는 컨테이너를 콘솔에서 분리해 백그라운드에서 실행하고 컨테이너 ID를 출력합니다. (이미지를 아직 빌드하지 않았다면 2강으로 돌아가세요.)',
      },
      command: 'docker run --name kubia-container -p 8080:8080 -d kubia',
      hint: {
        en: '"port is already allocated" means another container uses 8080; "name is already in use" means an old kubia-container exists: remove it with docker rm.',
        ko: '"port is already allocated"는 다른 컨테이너가 8080을 쓰고 있다는 뜻이고, "is already in use"는 예전 kubia-container가 남아 있다는 뜻입니다. docker rm으로 지우세요.',
      },
      showMe: [run('docker run --name kubia-container -p 8080:8080 -d kubia')],
      check: containerRunning('kubia-container'),
    },
    {
      id: 'curl',
      title: { en: 'Call the app', ko: '앱에 요청 보내기' },
      explanation: {
        en: 'The app answers with its hostname. Inside a container that is the container ID, not your machine\'s name: the container has its own UTS namespace.',
        ko: '앱은 자신의 호스트 이름으로 응답합니다. 컨테이너 안에서는 내 컴퓨터 이름이 아니라 컨테이너 ID입니다. 컨테이너가 자체 UTS 네임스페이스를 갖기 때문입니다.',
      },
      command: 'curl localhost:8080',
      hint: {
        en: 'No answer and the container exited? Then app.js still has the reponse typo: fix it, rebuild, run again.',
        ko: '응답이 없고 컨테이너가 종료되었다면 app.js에 reponse 오타가 남아 있는 것입니다. 고치고 다시 빌드한 뒤 다시 실행하세요.',
      },
      showMe: [run('curl localhost:8080')],
      check: commandRan('curl', 'localhost:8080'),
    },
    {
      id: 'inspect',
      title: { en: 'List and inspect', ko: '목록 보기와 자세히 보기' },
      explanation: {
        en: '`docker ps` shows only the basics of running containers. `docker inspect kubia-container` prints everything Docker knows about it as JSON: its image, port bindings, network address, state.',
        ko: '`docker ps`는 실행 중인 컨테이너의 기본 정보만 표시합니다. `docker inspect kubia-container`는 이미지, 포트 매핑, 네트워크 주소, 상태 등 도커가 아는 자세한 정보를 JSON으로 출력합니다.',
      },
      command: 'docker inspect kubia-container',
      hint: { en: 'Run docker ps first, then docker inspect with the container name.', ko: '먼저 docker ps를 실행한 뒤 컨테이너 이름으로 docker inspect를 실행하세요.' },
      showMe: [run('docker ps'), run('docker inspect kubia-container')],
      check: commandRan('docker', 'inspect', 'kubia-container'),
    },
    {
      id: 'exec',
      title: { en: 'Look inside the container', ko: '실행 중인 컨테이너 내부 탐색' },
      explanation: {
        en: '`docker exec -it kubia-container bash` runs bash inside the running container. `-i` keeps STDIN open (without it you cannot type commands); `-t` allocates a TTY (without it there is no prompt). Inside, `ps aux` shows only the container\'s processes and node is PID 1: the container has its own PID namespace. Type `exit` to leave.',
        ko: '`docker exec -it kubia-container bash`는 실행 중인 컨테이너 안에서 bash를 실행합니다. `-i`는 STDIN을 오픈 상태로 유지하고(없으면 명령 입력 불가), `-t`는 TTY를 할당합니다(없으면 프롬프트가 표시되지 않음). 안에서 `ps aux`를 실행하면 컨테이너의 프로세스만 보이고 node가 PID 1입니다. 컨테이너가 자체 PID 네임스페이스를 갖기 때문입니다. 나올 때는 `exit`를 입력하세요.',
      },
      command: 'docker exec -it kubia-container bash',
      hint: { en: 'Both -i and -t are needed for an interactive shell.', ko: '대화형 셸에는 -i와 -t가 모두 필요합니다.' },
      showMe: [run('docker exec -it kubia-container bash'), run('ps aux'), run('exit')],
      check: commandRan('docker', 'exec', 'kubia-container'),
    },
    {
      id: 'stop',
      title: { en: 'Stop the container', ko: '컨테이너 중지' },
      explanation: {
        en: '`docker stop` sends SIGTERM to the main process and, after a grace period, SIGKILL. The stopped container still exists (`docker ps -a`) until you remove it.',
        ko: '`docker stop`은 메인 프로세스에 SIGTERM을, 유예 시간이 지나면 SIGKILL을 보냅니다. 중지된 컨테이너는 삭제할 때까지 남아 있습니다(`docker ps -a`).',
      },
      command: 'docker stop kubia-container',
      hint: { en: 'Use the container name you gave with --name.', ko: '--name으로 지정한 컨테이너 이름을 쓰세요.' },
      showMe: [run('docker stop kubia-container')],
      check: containerExited('kubia-container'),
    },
    {
      id: 'remove',
      title: { en: 'Remove the container', ko: '컨테이너 삭제' },
      explanation: {
        en: '`docker rm` deletes the stopped container (its writable layer); the kubia image stays. Removing a running container is refused unless you stop it first (or force it with -f).',
        ko: '`docker rm`은 중지된 컨테이너(쓰기 가능한 레이어)를 삭제합니다. kubia 이미지는 남습니다. 실행 중인 컨테이너는 먼저 중지하지 않으면(또는 -f로 강제하지 않으면) 삭제가 거부됩니다.',
      },
      command: 'docker rm kubia-container',
      hint: { en: 'Stop it first, then remove it.', ko: '먼저 중지한 뒤 삭제하세요.' },
      showMe: [run('docker rm kubia-container')],
      check: all(commandRan('docker', 'rm', 'kubia-container'), containerAbsent('kubia-container')),
    },
  ],
};
