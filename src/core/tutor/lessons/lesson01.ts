// Seed 000 "Hello world 컨테이너 실행하기", seed 004 "명령어".
import { all, commandRan, imageExists } from '../checks';
import { run, type Lesson } from '../lesson';

export const lesson01: Lesson = {
  number: 1,
  id: 'lesson01',
  title: { en: 'Hello world container', ko: 'Hello world 컨테이너 실행하기' },
  summary: {
    en: 'Run your first container from the busybox image and see what Docker does behind one command.',
    ko: 'busybox 이미지로 첫 컨테이너를 실행하고, 명령 하나 뒤에서 도커가 하는 일을 살펴봅니다.',
  },
  seeds: ['000', '004'],
  files: [],
  steps: [
    {
      id: 'run-busybox',
      title: { en: 'Run busybox echo', ko: 'busybox로 echo 실행하기' },
      explanation: {
        en: 'One command does three things: Docker checks whether the busybox image is already on your machine; it is not, so it pulls the latest image from the Docker Hub registry (docker.io); then it creates a container and runs `echo "Hello world"` inside it. The seed notes write the quotes as “ ” (typographic quotes from a word processor): a shell does not treat those as quotes, so type straight quotes "…".',
        ko: '명령 하나가 세 가지 일을 합니다. 먼저 busybox 이미지가 로컬 시스템에 있는지 확인하고, 없으므로 도커 허브 레지스트리(docker.io)에서 최신 이미지를 pull 한 다음, 컨테이너를 생성하고 그 안에서 `echo "Hello world"` 명령을 실행합니다. 시드 노트의 “ ”는 워드프로세서의 둥근 따옴표라서 셸이 따옴표로 인식하지 않습니다. 곧은 따옴표 "…"를 입력하세요.',
      },
      command: 'docker run busybox echo "Hello world"',
      hint: {
        en: 'Open the Kube Tutor terminal and type the command exactly; the first run prints the pull progress, then Hello world.',
        ko: 'Kube Tutor 터미널을 열고 명령을 그대로 입력하세요. 처음 실행하면 pull 진행 상황이 나온 뒤 Hello world가 출력됩니다.',
      },
      showMe: [run('docker run busybox echo "Hello world"')],
      check: all(commandRan('docker', 'run', 'busybox', 'echo'), imageExists('busybox')),
    },
    {
      id: 'list-containers',
      title: { en: 'Find the stopped container', ko: '종료된 컨테이너 찾기' },
      explanation: {
        en: 'The container ran echo and exited, but it still exists. `docker ps` lists running containers only; `-a` also shows stopped ones, with their exit status.',
        ko: '컨테이너는 echo를 실행하고 종료되었지만 아직 남아 있습니다. `docker ps`는 실행 중인 컨테이너만 보여 주고, `-a` 옵션은 중지된 컨테이너까지 종료 상태와 함께 전부 보여 줍니다.',
      },
      command: 'docker ps -a',
      hint: { en: 'Look for the busybox row with STATUS "Exited (0)".', ko: 'STATUS가 "Exited (0)"인 busybox 행을 찾아보세요.' },
      showMe: [run('docker ps -a')],
      check: commandRan('docker', 'ps', '-a'),
    },
    {
      id: 'list-images',
      title: { en: 'The image stays local', ko: '이미지는 로컬에 남는다' },
      explanation: {
        en: 'The pulled image is now stored by your Docker daemon, so the next `docker run busybox` starts at once without pulling. `docker images` lists the local images.',
        ko: 'pull 한 이미지는 이제 도커 데몬에 저장되어 있으므로 다음 `docker run busybox`는 pull 없이 바로 시작합니다. `docker images`로 로컬 이미지 목록을 확인하세요.',
      },
      command: 'docker images',
      hint: { en: 'busybox should be listed with the tag latest.', ko: 'busybox가 latest 태그로 보여야 합니다.' },
      showMe: [run('docker images')],
      check: commandRan('docker', 'images'),
    },
  ],
};
