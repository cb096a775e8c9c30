import * as vscode from 'vscode';
import { CATALOGUE } from '../core/engine/catalogue';
import type { KnownImages } from '../core/manifest';
import { imageKey } from '../core/manifest/rules/K8S022-simulator-image';
import { DIAGNOSTIC_SOURCE } from './convert';
import type { DockerSimulator } from './docker/simulator';

const CATALOGUE_IMAGES = CATALOGUE.flatMap((c) => c.tags.map((t) => `docker.io/${c.repository}:${t}`));

/**
 * The images of the Docker simulator as the manifest linter sees them (K8S022): local tags of
 * the engine, and what the cluster can pull (pushed repositories plus the catalogue).
 * `onDidChange` fires only when those lists change, not on every container event.
 */
export class SimulatorImages implements vscode.Disposable {
  private cached: KnownImages | undefined;
  private signature = '';
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(private readonly docker: DockerSimulator) {
    const refresh = () => {
      this.cached = undefined;
      const next = this.compute();
      const signature = `${next.local.join(',')}|${next.pullable.join(',')}`;
      if (signature === this.signature) return;
      this.signature = signature;
      this.cached = next;
      this.emitter.fire();
    };
    this.disposables.push(docker.onDidChange(refresh), docker.onDidReset(refresh));
    this.cached = this.compute();
    this.signature = `${this.cached.local.join(',')}|${this.cached.pullable.join(',')}`;
  }

  private compute(): KnownImages {
    const engine = this.docker.engine;
    const local = [...engine.store.tags.keys()].sort();
    const pushed = [...engine.registry.pushed].flatMap(([repo, tags]) => [...tags.keys()].map((t) => `${repo}:${t}`)).sort();
    return { local, pullable: [...pushed, ...CATALOGUE_IMAGES] };
  }

  get current(): KnownImages {
    return (this.cached ??= this.compute());
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** K8S022's code action: Build Image (tag preset to the manifest's image) or Push Image. */
export class SimulatorImageActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly images: SimulatorImages) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
      if (code !== 'K8S022' || !d.source?.startsWith(DIAGNOSTIC_SOURCE)) continue;
      const image = document.getText(d.range).replace(/^["']|["']$/g, '').trim();
      const key = imageKey(image);
      if (!key) continue;
      const built = this.images.current.local.includes(key);
      const action = built
        ? new vscode.CodeAction(vscode.l10n.t('Push image "{0}" (Kube Tutor: Push Image)', image), vscode.CodeActionKind.QuickFix)
        : new vscode.CodeAction(vscode.l10n.t('Build image "{0}" (Kube Tutor: Build Image)', image), vscode.CodeActionKind.QuickFix);
      action.command = built
        ? { command: 'kubeTutor.pushImage', title: action.title, arguments: [{ id: `image:${key}`, kind: 'image', ref: key }] }
        : { command: 'kubeTutor.buildImage', title: action.title, arguments: [undefined, { tag: image }] };
      action.diagnostics = [d];
      actions.push(action);
    }
    return actions;
  }
}
