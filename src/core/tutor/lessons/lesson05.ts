// Seed 004 "Dockerfile을 생성해 빌드하고 실행시키기" (3-Dockerfile, redis:v1.0).
import { all, commandRan, containerRunning, fileHasNoErrors, fileLacks, fileMatches, imageExists } from '../checks';
import { replace, run, type Lesson } from '../lesson';
import { REDIS_DOCKERFILE } from './files';

export const lesson05: Lesson = {
  number: 5,
  id: 'lesson05',
  title: { en: 'A Dockerfile for Redis (and why its CMD is wrong)', ko: 'Redis Dockerfile (그리고 CMD가 틀린 이유)' },
  summary: {
    en: 'Build a Redis server image from ubuntu:18.04, fix the exec-form CMD, run it and ping it.',
    ko: 'ubuntu:18.04로 Redis 서버 이미지를 만들고, exec 형식 CMD를 고친 뒤 실행하고 ping 해 봅니다.',
  },
  seeds: ['004'],
  files: [{ path: '3-Dockerfile', text: REDIS_DOCKERFILE }],
  steps: [
    {
      id: 'fix-cmd',
      title: { en: 'Fix the CMD arguments', ko: 'CMD 인자 고치기' },
      explanation: {
        en: 'FROM ubuntu:18.04 sets the base image (it plays the role of the OS userland; it does not replace the host kernel), RUN installs redis-server, EXPOSE 6379 documents the port Redis listens on. The CMD is in exec form: a JSON array where every string is exactly one argument, and no shell splits them. So ["redis-server", "--protected-mode no"] passes ONE argument, "--protected-mode no", with a space inside. Redis happens to be forgiving (it rebuilds a config line from its arguments), but most programs would reject that option, and it hides what you meant. Write one string per word: ["redis-server", "--protected-mode", "no"].',
        ko: 'FROM ubuntu:18.04는 베이스 이미지를 정합니다(운영 체제 역할을 하지만 호스트 OS 커널을 대체하지는 않습니다). RUN은 redis-server를 설치하고, EXPOSE 6379는 Redis가 리스닝할 포트를 알려 줍니다. CMD는 exec 형식입니다. JSON 배열의 문자열 하나가 정확히 인자 하나이고, 셸이 나누어 주지 않습니다. 그래서 ["redis-server", "--protected-mode no"]는 공백이 들어간 인자 "--protected-mode no" 하나를 넘깁니다. Redis는 인자로 설정 줄을 다시 만들기 때문에 우연히 동작하지만, 대부분의 프로그램은 이런 옵션을 거부하고 의도도 흐려집니다. 단어마다 문자열 하나씩 쓰세요: ["redis-server", "--protected-mode", "no"].',
      },
      hint: { en: 'Split "--protected-mode no" into "--protected-mode", "no".', ko: '"--protected-mode no"를 "--protected-mode", "no"로 나누세요.' },
      showMe: [replace('3-Dockerfile', '"--protected-mode no"', '"--protected-mode", "no"')],
      check: all(
        fileLacks('3-Dockerfile', '"--protected-mode no"'),
        fileMatches('3-Dockerfile', '"--protected-mode"\\s*,\\s*"no"'),
        fileHasNoErrors('3-Dockerfile'),
      ),
    },
    {
      id: 'build',
      title: { en: 'Build redis:v1.0', ko: 'redis:v1.0 빌드하기' },
      explanation: {
        en: 'The file is not called Dockerfile, so `-f 3-Dockerfile` names it; `-t redis:v1.0` sets repository and tag; the final `.` is still the build context. `docker image ls` then shows REPOSITORY redis, TAG v1.0.',
        ko: '파일 이름이 Dockerfile이 아니므로 `-f 3-Dockerfile`로 지정하고, `-t redis:v1.0`으로 저장소와 태그를 정합니다. 마지막 `.`은 여전히 빌드 컨텍스트입니다. 그러면 `docker image ls`에 REPOSITORY redis, TAG v1.0이 보입니다.',
      },
      command: 'docker build -t redis:v1.0 -f 3-Dockerfile .',
      hint: { en: 'Run it in the folder that contains 3-Dockerfile.', ko: '3-Dockerfile이 있는 폴더에서 실행하세요.' },
      showMe: [run('docker build -t redis:v1.0 -f 3-Dockerfile .'), run('docker image ls')],
      check: imageExists('redis', 'v1.0'),
    },
    {
      id: 'run',
      title: { en: 'Run the Redis container', ko: 'Redis 컨테이너 실행' },
      explanation: {
        en: '`-p 6379:6379` forwards traffic arriving on port 6379 of the host to port 6379 of the container (with -p 8080:80, host port 8080 would go to container port 80). `--name redis` names the container and `redis:v1.0` is the image. `docker container ls` confirms it runs.',
        ko: '`-p 6379:6379`는 호스트 6379 포트로 들어오는 트래픽을 컨테이너 6379 포트로 전달합니다(-p 8080:80이면 호스트 8080 포트가 컨테이너 80 포트로 갑니다). `--name redis`는 컨테이너 이름, `redis:v1.0`은 이미지 이름입니다. `docker container ls`로 실행 중인지 확인하세요.',
      },
      command: 'docker run -d -p 6379:6379 --name redis redis:v1.0',
      hint: { en: 'The image name comes last, after all the options.', ko: '이미지 이름은 모든 옵션 뒤 마지막에 옵니다.' },
      showMe: [run('docker run -d -p 6379:6379 --name redis redis:v1.0'), run('docker container ls')],
      check: containerRunning('redis'),
    },
    {
      id: 'ping',
      title: { en: 'Ping Redis from inside', ko: '컨테이너 안에서 Redis에 ping' },
      explanation: {
        en: 'The seed opens bash in the container and runs `redis-cli ping`, which answers PONG. You can also run the command directly with exec, without a shell.',
        ko: '시드는 컨테이너 안에서 bash를 열고 `redis-cli ping`을 실행해 PONG 응답을 받습니다. 셸 없이 exec로 명령을 바로 실행할 수도 있습니다.',
      },
      command: 'docker exec -it redis redis-cli ping',
      hint: { en: 'Expect PONG.', ko: 'PONG이 나오면 성공입니다.' },
      showMe: [run('docker exec -it redis redis-cli ping')],
      check: commandRan('docker', 'exec', 'redis', 'redis-cli', 'ping'),
    },
  ],
};
