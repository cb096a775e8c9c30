// Seed 000 "간단한 Node.js 앱 만들기", "컨테이너 이미지 만들기", "이미지 레이어"; seed 002 "Dockerfile 만들기".
import { all, commandRan, fileContains, fileHasNoErrors, fileLacks, fileLacksMatch, imageExists } from '../checks';
import { replace, run, write, type Lesson } from '../lesson';
import { KUBIA_APP_JS, KUBIA_DOCKERFILE, SEED_DOCKERFILE } from './files';

/** An instruction line followed by ` # words`: Docker reads the words as arguments. */
const TRAILING_COMMENT = '^\\s*[A-Za-z]+\\s.*\\s#\\s';

export const lesson02: Lesson = {
  number: 2,
  id: 'lesson02',
  title: { en: 'Build the kubia image', ko: 'kubia 이미지 만들기' },
  summary: {
    en: 'Read the kubia Node.js app, fix the two bugs the seed notes carry, build the image and see its layers.',
    ko: 'kubia Node.js 앱을 읽고, 시드 노트에 있는 두 가지 버그를 고친 뒤 이미지를 빌드하고 레이어를 살펴봅니다.',
  },
  seeds: ['000', '002'],
  files: [
    { path: 'app.js', text: KUBIA_APP_JS },
    { path: 'Dockerfile', text: SEED_DOCKERFILE },
  ],
  steps: [
    {
      id: 'fix-app',
      title: { en: 'Read app.js and fix the typo', ko: 'app.js 읽고 오타 고치기' },
      explanation: {
        en: 'app.js starts an HTTP server on port 8080. For each request it logs the client address and answers "You\'ve hit <hostname>": inside a container the hostname is the container (or pod) name, which is how you will see load balancing later. The seed has a typo: `reponse.end(...)` instead of `response.end(...)`. JavaScript only notices when the line runs, so the server starts fine and crashes with "ReferenceError: reponse is not defined" on the first request. Fix it before you build.',
        ko: 'app.js는 8080 포트에서 HTTP 서버를 시작합니다. 요청마다 클라이언트 주소를 로그로 남기고 "You\'ve hit <호스트 이름>"으로 응답합니다. 컨테이너 안에서 호스트 이름은 컨테이너(또는 파드) 이름이라서 나중에 로드밸런싱을 눈으로 확인할 수 있습니다. 시드에는 오타가 있습니다: `response.end(...)`가 아니라 `reponse.end(...)`. 자바스크립트는 그 줄이 실행될 때에야 알아채므로, 서버는 잘 시작되지만 첫 요청에서 "ReferenceError: reponse is not defined"로 죽습니다. 빌드하기 전에 고치세요.',
      },
      hint: { en: 'Line 9 of app.js: reponse → response.', ko: 'app.js 9번째 줄: reponse → response.' },
      showMe: [replace('app.js', 'reponse.end', 'response.end')],
      check: all(fileLacks('app.js', 'reponse.end'), fileContains('app.js', 'response.end(')),
    },
    {
      id: 'fix-dockerfile',
      title: { en: 'Put the Dockerfile comments on their own lines', ko: 'Dockerfile 주석을 별도 줄로 옮기기' },
      explanation: {
        en: 'The Dockerfile has three instructions: FROM node:7 (the base image to start from), ADD app.js /app.js (copy the local app.js into the image root) and ENTRYPOINT ["node", "app.js"] (the command run when the container starts). The seed writes a `# comment` after each instruction, but Docker only treats `#` as a comment at the start of a line: `FROM node:7 # 시작점…` gives FROM extra arguments, ADD gets extra sources, and the ENTRYPOINT is no longer valid JSON, so it silently becomes a shell command. Move each comment to its own line above the instruction.',
        ko: 'Dockerfile에는 세 명령이 있습니다. FROM node:7(시작점으로 사용할 베이스 이미지), ADD app.js /app.js(로컬 app.js를 이미지의 루트 디렉터리에 추가), ENTRYPOINT ["node", "app.js"](컨테이너가 시작할 때 실행할 명령). 시드는 명령 뒤에 `# 주석`을 붙였지만, 도커는 줄 맨 앞의 `#`만 주석으로 봅니다. `FROM node:7 # 시작점…`은 FROM에 인자가 더 붙고, ADD는 원본이 여러 개가 되며, ENTRYPOINT는 더 이상 올바른 JSON이 아니어서 조용히 셸 명령으로 바뀝니다. 주석을 각 명령 위의 별도 줄로 옮기세요.',
      },
      hint: {
        en: 'Cut each "# …" from the end of the line and paste it on a new line above.',
        ko: '각 줄 끝의 "# …"를 잘라 위쪽 새 줄에 붙여 넣으세요.',
      },
      showMe: [write('Dockerfile', KUBIA_DOCKERFILE)],
      check: all(fileLacksMatch('Dockerfile', TRAILING_COMMENT), fileHasNoErrors('Dockerfile')),
    },
    {
      id: 'build',
      title: { en: 'Build the image', ko: '이미지 빌드하기' },
      explanation: {
        en: '`docker build -t kubia .` asks Docker to build an image called kubia from the current directory. The build does not run in the client: the whole directory (the build context) is uploaded to the Docker daemon and the image is built there, so keep unneeded files out of the folder (or list them in .dockerignore), especially when the daemon is remote.',
        ko: '`docker build -t kubia .`는 현재 디렉터리 내용을 기반으로 kubia라는 이미지를 빌드하라고 도커에 요청합니다. 빌드는 도커 클라이언트에서 수행되지 않습니다. 전체 디렉터리(빌드 컨텍스트)가 도커 데몬에 업로드되고 이미지는 그곳에서 빌드되므로, 특히 데몬이 원격지에 있을 때는 불필요한 파일을 폴더에 두지 마세요(.dockerignore에 적어도 됩니다).',
      },
      command: 'docker build -t kubia .',
      hint: { en: 'Do not forget the final dot: it is the build context.', ko: '마지막 점(.)을 잊지 마세요. 빌드 컨텍스트입니다.' },
      showMe: [run('docker build -t kubia .')],
      check: imageExists('kubia'),
    },
    {
      id: 'layers',
      title: { en: 'Image layers', ko: '이미지 레이어' },
      explanation: {
        en: 'An image is not one big binary blob: it is a stack of layers, one per Dockerfile instruction (that is why a pull prints several "Pull complete" lines). Images share layers, so kubia reuses every layer of node:7 and only adds the app.js layer; storing and transferring images stays efficient. List your images and compare the sizes.',
        ko: '이미지는 크기가 큰 하나의 바이너리 덩어리가 아니라 여러 레이어로 구성됩니다. Dockerfile의 각 명령마다 새 레이어가 생깁니다(그래서 pull 할 때 "Pull complete" 줄이 여러 개 나옵니다). 여러 이미지가 레이어를 공유하므로 kubia는 node:7의 레이어를 모두 재사용하고 app.js 레이어만 추가합니다. 그래서 이미지 저장과 전송이 효율적입니다. 이미지 목록을 보고 크기를 비교해 보세요.',
      },
      command: 'docker images',
      hint: { en: 'kubia and node:7 are listed; kubia is barely bigger.', ko: 'kubia와 node:7이 보이고, kubia는 거의 같은 크기입니다.' },
      showMe: [run('docker images')],
      check: all(imageExists('kubia'), commandRan('docker', 'images')),
    },
  ],
};
