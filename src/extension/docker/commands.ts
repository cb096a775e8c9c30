import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import { COMPOSE_FILES } from '../../core/engine/compose';
import { familiarName, parseReference, referenceError } from '../../core/engine/reference';
import type { DockerSimulator } from './simulator';
import type { TerminalManager } from './terminal';
import type { DockerNode } from './tree';
import { workspaceFolder } from './workspaceFs';
import { shellQuote as q } from '../../core/shell/words';



/** Lowercase repository name from a folder name (`My App` → `my-app`). */
export function defaultTag(folderName: string): string {
  const name = folderName.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return name || 'app';
}

/**
 * Palette and tree commands. Each asks only what it needs (QuickPick/InputBox with
 * defaults) and then runs the equivalent docker command line in the Kube Tutor terminal,
 * so the learner sees the real command and its output.
 */
export function registerDockerCommands(simulator: DockerSimulator, terminals: TerminalManager): vscode.Disposable[] {
  const engine = () => simulator.engine;
  const run = (...lines: string[]): void => {
    for (const line of lines) void terminals.run(line);
  };

  async function pickImage(node: DockerNode | undefined, placeHolder: string): Promise<string | undefined> {
    if (node?.kind === 'image' && node.ref) return node.ref;
    const tags = [...engine().store.tags.keys()].sort();
    if (!tags.length) {
      void vscode.window.showInformationMessage(l10n.t('There are no images yet. Build one first (Kube Tutor: Build Image).'));
      return undefined;
    }
    return vscode.window.showQuickPick(tags, { placeHolder });
  }

  async function pickContainer(node: DockerNode | undefined, running: boolean | undefined, placeHolder: string): Promise<string | undefined> {
    if (node?.kind === 'container' && node.ref) return node.ref;
    const list = [...engine().containers.values()].filter((c) => running === undefined || (c.state === 'running') === running);
    if (!list.length) {
      void vscode.window.showInformationMessage(running ? l10n.t('No container is running.') : l10n.t('There are no containers.'));
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      list.map((c) => ({ label: c.name, description: `${c.image} · ${c.state}` })),
      { placeHolder },
    );
    return picked?.label;
  }

  async function findFiles(glob: string): Promise<vscode.Uri[]> {
    return vscode.workspace.findFiles(glob, '**/node_modules/**', 100);
  }

  return [
    vscode.commands.registerCommand('kubeTutor.openTerminal', () => {
      terminals.open();
    }),
    // Internal (not in the palette): the tutor's "show me" types its lines here.
    vscode.commands.registerCommand('kubeTutor.runInTerminal', (line: unknown) => {
      if (typeof line !== 'string' || !line.trim() || line.length > 2000) return false;
      void terminals.run(line);
      return true;
    }),
    // Optional second argument (walkthroughs, tests): `{ tag }` skips the input box.
    vscode.commands.registerCommand('kubeTutor.buildImage', async (uri?: vscode.Uri, preset?: { tag?: string }) => {
      const folder = workspaceFolder();
      if (!folder) {
        void vscode.window.showErrorMessage(l10n.t('Open a folder with a Dockerfile first.'));
        return;
      }
      let dockerfile = uri instanceof vscode.Uri ? uri : undefined;
      if (!dockerfile) {
        const found = await findFiles('**/{Dockerfile,*.Dockerfile,Dockerfile.*,*-Dockerfile,Containerfile}');
        if (!found.length) {
          void vscode.window.showErrorMessage(l10n.t('No Dockerfile in this workspace.'));
          return;
        }
        if (found.length === 1) dockerfile = found[0];
        else {
          const picked = await vscode.window.showQuickPick(
            found.map((f) => ({ label: vscode.workspace.asRelativePath(f, false), uri: f })).sort((a, b) => a.label.length - b.label.length || (a.label < b.label ? -1 : 1)),
            { placeHolder: l10n.t('Dockerfile to build') },
          );
          dockerfile = picked?.uri;
        }
      }
      if (!dockerfile) return;
      const rel = vscode.workspace.asRelativePath(dockerfile, false);
      const slash = rel.lastIndexOf('/');
      const contextDir = slash < 0 ? '.' : rel.slice(0, slash);
      const fileName = rel.slice(slash + 1);
      const tag = preset?.tag ?? await vscode.window.showInputBox({
        prompt: l10n.t('Image name and tag (docker build -t)'),
        value: defaultTag(contextDir === '.' ? folder.name : contextDir.split('/').pop()!),
        validateInput: referenceError,
      });
      if (!tag) return;
      run(`docker build -t ${q(tag.trim())}${fileName === 'Dockerfile' ? '' : ` -f ${q(rel)}`} ${q(contextDir)}`);
    }),
    // Optional second argument (walkthroughs, tests): `{ name, ports }` skips the input boxes.
    vscode.commands.registerCommand('kubeTutor.runContainer', async (node?: DockerNode, preset?: { name?: string; ports?: string }) => {
      const image = await pickImage(node, l10n.t('Image to run'));
      if (!image) return;
      const info = engine().findImage(image);
      const base = familiarName(parseReference(image)).split('/').pop()!;
      let name = `${base}-container`;
      for (let i = 2; engine().findContainer(name); i++) name = `${base}-container-${i}`;
      const chosenName = preset?.name ?? (await vscode.window.showInputBox({ prompt: l10n.t('Container name (--name)'), value: name }));
      if (chosenName === undefined) return;
      const exposed = (info?.config.exposedPorts ?? []).map((p) => p.split('/')[0]!);
      const ports = preset?.ports ?? await vscode.window.showInputBox({
        prompt: l10n.t('Published ports, host:container, separated by spaces (-p); empty for none'),
        value: (exposed.length ? exposed : image.includes('kubia') ? ['8080'] : []).map((p) => `${p}:${p}`).join(' '),
        validateInput: (v) => (v.trim() && !/^(\d+(:\d+)?(\/(tcp|udp))?\s*)+$/.test(v.trim()) ? l10n.t('Use host:container, e.g. 8080:8080') : undefined),
      });
      if (ports === undefined) return;
      const publish = ports.trim() ? ports.trim().split(/\s+/).map((p) => ` -p ${p}`).join('') : '';
      run(`docker run${chosenName.trim() ? ` --name ${q(chosenName.trim())}` : ''}${publish} -d ${q(image)}`);
    }),
    vscode.commands.registerCommand('kubeTutor.stopContainer', async (node?: DockerNode) => {
      const name = await pickContainer(node, true, l10n.t('Container to stop'));
      if (name) run(`docker stop ${q(name)}`);
    }),
    vscode.commands.registerCommand('kubeTutor.removeContainer', async (node?: DockerNode) => {
      const name = await pickContainer(node, undefined, l10n.t('Container to remove'));
      if (!name) return;
      const running = engine().findContainer(name)?.state === 'running';
      run(`docker rm${running ? ' -f' : ''} ${q(name)}`);
    }),
    vscode.commands.registerCommand('kubeTutor.showLogs', async (node?: DockerNode) => {
      const name = await pickContainer(node, undefined, l10n.t('Container whose logs to show'));
      if (name) run(`docker logs ${q(name)}`);
    }),
    vscode.commands.registerCommand('kubeTutor.removeImage', async (node?: DockerNode) => {
      const image = await pickImage(node, l10n.t('Image to remove'));
      if (image) run(`docker rmi ${q(image)}`);
    }),
    vscode.commands.registerCommand('kubeTutor.showImages', () => run('docker images')),
    vscode.commands.registerCommand('kubeTutor.login', async () => {
      const user = await vscode.window.showInputBox({ prompt: l10n.t('Docker ID (the simulated registry accepts any name; no password is stored)'), value: engine().logins.get('docker.io') ?? '' });
      if (user?.trim()) run(`docker login -u ${q(user.trim())} --password-stdin`);
    }),
    vscode.commands.registerCommand('kubeTutor.pushImage', async (node?: DockerNode) => {
      const image = await pickImage(node, l10n.t('Image to push'));
      if (!image) return;
      const ref = parseReference(image);
      const name = familiarName(ref);
      const loggedIn = engine().logins.get('docker.io');
      const namespace = name.includes('/') ? name.split('/')[0] : undefined;
      let target = image;
      const lines: string[] = [];
      if (!namespace || (ref.domain === 'docker.io' && namespace !== loggedIn)) {
        const user = await vscode.window.showInputBox({ prompt: l10n.t('Docker ID to push as (the image is tagged USER/NAME first)'), value: loggedIn ?? namespace ?? '' });
        if (!user?.trim()) return;
        target = `${user.trim()}/${name.split('/').pop()}:${ref.tag ?? 'latest'}`;
        if (target !== image) lines.push(`docker tag ${q(image)} ${q(target)}`);
        if (loggedIn !== user.trim()) lines.push(`docker login -u ${q(user.trim())} --password-stdin`);
      }
      lines.push(`docker push ${q(target)}`);
      run(...lines);
    }),
    vscode.commands.registerCommand('kubeTutor.composeUp', async () => {
      const file = await pickCompose();
      if (file) run(`docker compose -f ${q(file)} up -d`);
    }),
    vscode.commands.registerCommand('kubeTutor.composeDown', async () => {
      const file = await pickCompose();
      if (file) run(`docker compose -f ${q(file)} down`);
    }),
    vscode.commands.registerCommand('kubeTutor.resetSimulator', async () => {
      const reset = l10n.t('Reset');
      const answer = await vscode.window.showWarningMessage(l10n.t('Remove every simulated image, container and pushed image?'), { modal: true }, reset);
      if (answer !== reset) return;
      await simulator.reset();
      void vscode.window.showInformationMessage(l10n.t('The Docker simulator was reset.'));
    }),
  ];

  async function pickCompose(): Promise<string | undefined> {
    const found = await findFiles(`**/{${COMPOSE_FILES.join(',')},*compose*.yml,*compose*.yaml}`);
    if (!found.length) {
      void vscode.window.showErrorMessage(l10n.t('No compose file in this workspace.'));
      return undefined;
    }
    const files = [...new Set(found.map((f) => vscode.workspace.asRelativePath(f, false)))].sort();
    return files.length === 1 ? files[0] : vscode.window.showQuickPick(files, { placeHolder: l10n.t('Compose file') });
  }
}
