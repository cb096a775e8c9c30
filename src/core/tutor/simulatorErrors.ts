/**
 * Tutor explanations of the errors the simulator's docker, kubectl and minikube print (in their
 * real wording), beyond the first ones in `explanations.ts`. Each `match` recognises the error in
 * terminal output; the terminal then ends the output with a hint to run `explain CODE`.
 */
import type { Explanation } from './explanations';

export const SIMULATOR_EXPLANATIONS: readonly Explanation[] = [
  {
    code: 'KubectlConnectionRefused',
    title: { en: 'kubectl cannot reach a cluster', ko: 'kubectl이 클러스터에 연결하지 못함' },
    why: {
      en: 'kubectl is only a client: it sends every command to an API server. Before `minikube start` there is no cluster, and kubectl falls back to localhost:8080, where nothing listens.',
      ko: 'kubectl은 클라이언트일 뿐이라 모든 명령을 API 서버에 보냅니다. `minikube start` 전에는 클러스터가 없어서 kubectl은 아무것도 리스닝하지 않는 localhost:8080으로 접속합니다.',
    },
    fix: { en: 'Start the cluster first, then run the command again.', ko: '먼저 클러스터를 시작한 뒤 명령을 다시 실행하세요.' },
    command: 'minikube start',
    match: /The connection to the server \S+ was refused - did you specify the right host or port\?/,
  },
  {
    code: 'UnknownFlag',
    title: { en: 'Unknown flag', ko: '알 수 없는 플래그' },
    why: {
      en: 'docker and kubectl reject any flag the command does not define: a typo, a flag of another command, or one removed in a newer version (notes written for older versions use some).',
      ko: 'docker와 kubectl은 명령에 정의되지 않은 플래그를 거부합니다. 오타이거나, 다른 명령의 플래그이거나, 새 버전에서 제거된 플래그입니다(예전 버전 기준의 노트에 나옵니다).',
    },
    fix: { en: 'Check the spelling and the flags the command accepts with --help.', ko: '철자를 확인하고 --help로 명령이 받는 플래그를 보세요.' },
    command: 'kubectl run --help',
    match: /(?:^|Error: )unknown flag: --(?!generator\b)[\w-]+/m,
  },
  {
    code: 'NodeReferenceError',
    title: { en: 'The app crashed: a name is not defined', ko: '앱이 죽음: 정의되지 않은 이름' },
    why: {
      en: 'Node.js only finds a misspelt variable when the line runs. The seed app.js writes `reponse.end(...)` inside the request handler, so the server starts fine and crashes on the first request; the container (or pod) then exits.',
      ko: 'Node.js는 철자가 틀린 변수를 그 줄이 실행될 때에야 발견합니다. 시드의 app.js는 요청 핸들러 안에 `reponse.end(...)`라고 써서, 서버는 잘 시작하지만 첫 요청에서 죽고 컨테이너(또는 파드)가 종료됩니다.',
    },
    fix: {
      en: 'Read the stack trace in the logs, fix the name (response), rebuild the image and run it again.',
      ko: '로그의 스택 트레이스를 읽고 이름을 고친 뒤(response) 이미지를 다시 빌드해서 실행하세요.',
    },
    command: 'docker logs kubia-container',
    match: /ReferenceError: [\w$]+ is not defined/,
  },
  {
    code: 'DockerPushDenied',
    title: { en: 'Push denied', ko: '푸시 거부' },
    why: {
      en: 'Docker Hub only accepts pushes to repositories under your Docker ID (student/kubia), and only when you are logged in. A bare name like kubia means library/kubia, the official images.',
      ko: '도커 허브는 내 Docker ID 아래의 저장소(student/kubia)로만, 그것도 로그인한 상태에서만 푸시를 받습니다. kubia 같은 이름만 쓰면 공식 이미지인 library/kubia를 뜻합니다.',
    },
    fix: { en: 'Tag the image with your ID, log in, and push that name.', ko: '이미지에 내 ID로 태그를 붙이고 로그인한 뒤 그 이름으로 푸시하세요.' },
    command: 'docker tag kubia <your-id>/kubia && docker push <your-id>/kubia',
    match: /^denied: requested access to the resource is denied$/m,
  },
  {
    code: 'DockerNoSuchContainer',
    title: { en: 'No such container', ko: '그런 컨테이너가 없음' },
    why: {
      en: 'The name or ID does not match any container: a typo, a container that was removed (docker run --rm removes it on exit), or one that was never created because docker run failed.',
      ko: '이름이나 ID에 맞는 컨테이너가 없습니다. 오타이거나, 삭제된 컨테이너이거나(docker run --rm은 종료 시 삭제), docker run이 실패해서 만들어지지 않은 경우입니다.',
    },
    fix: { en: 'List every container, running or not, and use a name from the NAMES column.', ko: '실행 중이든 아니든 모든 컨테이너를 보고 NAMES 열의 이름을 쓰세요.' },
    command: 'docker ps -a',
    match: /No such container: \S+/,
  },
  {
    code: 'DockerManifestUnknown',
    title: { en: 'No such tag', ko: '그런 태그가 없음' },
    why: {
      en: 'The repository exists, but not with that tag: Docker asked the registry for the manifest of NAME:TAG and got "manifest unknown".',
      ko: '저장소는 있지만 그 태그가 없습니다. 도커가 레지스트리에 NAME:TAG의 매니페스트를 요청했고 "manifest unknown"을 받았습니다.',
    },
    fix: { en: 'Use a tag the repository has (docker images for local ones, the registry page for the others).', ko: '저장소에 있는 태그를 쓰세요(로컬 이미지는 docker images, 나머지는 레지스트리 페이지에서 확인).' },
    command: 'docker images',
    match: /manifest for \S+ not found: manifest unknown/,
  },
  {
    code: 'DockerfileParseError',
    title: { en: 'The Dockerfile does not parse', ko: 'Dockerfile을 해석할 수 없음' },
    why: {
      en: 'docker build reads the whole Dockerfile before the first step. `#` starts a comment only at the beginning of a line: the seed notes put comments after instructions (FROM node:7 # …), which become arguments.',
      ko: 'docker build는 첫 단계 전에 Dockerfile 전체를 읽습니다. `#`은 줄 맨 앞에서만 주석이 됩니다. 시드 노트는 명령어 뒤에 주석을 달아서(FROM node:7 # …) 주석이 인자가 됩니다.',
    },
    fix: { en: 'Fix the line the error names; put comments on their own lines. The editor marks the same problem.', ko: '오류가 가리키는 줄을 고치고 주석은 따로 한 줄에 쓰세요. 편집기도 같은 문제를 표시합니다.' },
    command: 'docker build -t kubia .',
    match: /dockerfile parse error line \d+:/,
  },
  {
    code: 'KubectlNotFound',
    title: { en: 'No such object in the cluster', ko: '클러스터에 그런 오브젝트가 없음' },
    why: {
      en: 'The API server has no object of that kind and name in this namespace: a typo, another namespace, or an object already deleted (or never created because an earlier command failed).',
      ko: 'API 서버의 이 네임스페이스에 그 종류와 이름의 오브젝트가 없습니다. 오타이거나, 다른 네임스페이스이거나, 이미 삭제되었거나(또는 앞 명령이 실패해서 만들어지지 않았거나) 한 경우입니다.',
    },
    fix: { en: 'List the objects of that kind and use a name from the NAME column (add -A for every namespace).', ko: '그 종류의 오브젝트 목록을 보고 NAME 열의 이름을 쓰세요(-A를 붙이면 모든 네임스페이스).' },
    command: 'kubectl get pods',
    match: /Error from server \(NotFound\): /,
  },
  {
    code: 'KubectlAlreadyExists',
    title: { en: 'The object already exists', ko: '오브젝트가 이미 있음' },
    why: {
      en: 'kubectl create and kubectl run make new objects and refuse a name that is taken. kubectl apply instead updates the object to match the file.',
      ko: 'kubectl create와 kubectl run은 새 오브젝트를 만들기 때문에 이미 쓰인 이름을 거부합니다. kubectl apply는 대신 파일에 맞게 오브젝트를 갱신합니다.',
    },
    fix: { en: 'Use kubectl apply -f, or delete the old object first.', ko: 'kubectl apply -f를 쓰거나 예전 오브젝트를 먼저 삭제하세요.' },
    command: 'kubectl apply -f kubia-rc.yaml',
    match: /Error from server \(AlreadyExists\): /,
  },
  {
    code: 'KubectlDecodeError',
    title: { en: 'A value of the wrong type', ko: '타입이 틀린 값' },
    why: {
      en: 'The API server reads the manifest into Go structs before anything else. YAML guesses types: 8080 is a number, "8080" and yes/no words are strings or booleans. A number where a string is expected (a label value, an env value) or a quoted number where an integer is expected (replicas, containerPort) cannot be decoded, and the whole object is refused.',
      ko: 'API 서버는 무엇보다 먼저 매니페스트를 Go 구조체로 읽습니다. YAML은 타입을 추측합니다: 8080은 숫자이고, "8080"은 문자열, true/false는 불리언입니다. 문자열 자리(레이블 값, env 값)에 숫자가 오거나 정수 자리(replicas, containerPort)에 따옴표 친 숫자가 오면 디코딩할 수 없어서 오브젝트 전체가 거부됩니다.',
    },
    fix: {
      en: 'Find the field the message names (the path after the Go struct name) and write the value with the type it says: quote numbers and booleans meant as strings ("1", "true"), unquote integers.',
      ko: '메시지가 가리키는 필드(Go 구조체 이름 뒤의 경로)를 찾아, 메시지가 말하는 타입으로 값을 쓰세요: 문자열로 쓸 숫자와 불리언은 따옴표로 감싸고("1", "true"), 정수는 따옴표를 빼세요.',
    },
    command: 'kubectl apply --dry-run=server -f kubia-rc.yaml',
    match: /cannot be handled as a \w+: json: cannot unmarshal /,
  },
];
