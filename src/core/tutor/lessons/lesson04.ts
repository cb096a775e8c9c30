// Seed 000 "docker tag / docker push"; seed 003 2.1.8; seed 002 "Repository에 push".
import { imageExists, registryHas, registryLoggedIn } from '../checks';
import { run, type Lesson } from '../lesson';

export const lesson04: Lesson = {
  number: 4,
  id: 'lesson04',
  title: { en: 'Tag, log in, push to a registry', ko: '태그 지정, 로그인, 레지스트리에 푸시' },
  summary: {
    en: 'Give the kubia image a name under your Docker Hub ID and push it, so that other machines (and Kubernetes nodes) can pull it.',
    ko: 'kubia 이미지에 도커 허브 ID로 된 이름을 붙여 푸시합니다. 그래야 다른 컴퓨터(그리고 쿠버네티스 노드)가 pull 할 수 있습니다.',
  },
  seeds: ['000', '002', '003'],
  files: [],
  steps: [
    {
      id: 'tag',
      title: { en: 'Tag the image', ko: '이미지 태그 지정' },
      explanation: {
        en: 'Docker Hub only accepts images named `<your Docker Hub ID>/<name>`. `docker tag` adds another name to the same image (an image can have several tags); it copies nothing, and both names show the same IMAGE ID. The seed uses its author\'s ID, mucha0619; use yours (the show-me uses "student").',
        ko: '도커 허브는 `<도커 허브 ID>/<이름>` 형식의 이미지만 받습니다. `docker tag`는 같은 이미지에 이름을 하나 더 붙입니다(같은 이미지에 여러 태그 추가 가능). 아무것도 복사하지 않으며 두 이름의 IMAGE ID가 같습니다. 시드는 작성자 ID인 mucha0619를 사용했으니 여러분의 ID를 쓰세요("보여 주기"는 "student"를 씁니다).',
      },
      command: 'docker tag kubia <your-id>/kubia',
      hint: { en: 'Replace <your-id> with your Docker Hub ID, e.g. docker tag kubia student/kubia.', ko: '<your-id>를 도커 허브 ID로 바꾸세요. 예: docker tag kubia student/kubia.' },
      showMe: [run('docker tag kubia student/kubia'), run('docker images')],
      check: imageExists('*/kubia'),
    },
    {
      id: 'login',
      title: { en: 'Log in to the registry', ko: '레지스트리에 로그인' },
      explanation: {
        en: 'Pushing needs an account: `docker login` stores your credentials for docker.io. In Kube Tutor the registry is simulated, so any user name works and nothing leaves your computer.',
        ko: '푸시하려면 계정이 필요합니다. `docker login`은 docker.io 자격 증명을 저장합니다. Kube Tutor의 레지스트리는 시뮬레이션이므로 아무 사용자 이름이나 되고, 아무것도 컴퓨터 밖으로 나가지 않습니다.',
      },
      command: 'docker login -u <your-id>',
      hint: { en: 'Use the same ID as in the tag.', ko: '태그에 쓴 ID와 같은 ID를 쓰세요.' },
      // The second line answers the password prompt (the simulated registry takes any password).
      showMe: [run('docker login -u student'), run('kube-tutor')],
      check: registryLoggedIn(),
    },
    {
      id: 'push',
      title: { en: 'Push the image', ko: '이미지 푸시' },
      explanation: {
        en: '`docker push` uploads the layers the registry does not have yet (the node:7 layers are shared, so only the app.js layer is new) and then the image manifest. Now any machine can `docker run <your-id>/kubia`: that is what a Kubernetes node does when it runs your pod.',
        ko: '`docker push`는 레지스트리에 아직 없는 레이어만 올리고(node:7 레이어는 공유되므로 app.js 레이어만 새것) 마지막으로 이미지 매니페스트를 올립니다. 이제 어느 컴퓨터든 `docker run <your-id>/kubia`를 할 수 있습니다. 쿠버네티스 노드가 파드를 실행할 때 하는 일이 바로 이것입니다.',
      },
      command: 'docker push <your-id>/kubia',
      hint: {
        en: '"denied: requested access to the resource is denied" means you pushed a name without your ID, or are not logged in.',
        ko: '"denied: requested access to the resource is denied"는 ID 없는 이름을 푸시했거나 로그인하지 않았다는 뜻입니다.',
      },
      showMe: [run('docker push student/kubia')],
      check: registryHas('*/kubia'),
    },
  ],
};
