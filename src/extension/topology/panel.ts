import * as vscode from 'vscode';
import { parseWebviewState } from '../../shared/protocol';
import { TopologyController } from './controller';
import { renderHtml } from './html';
import type { TopologySource } from './source';

export const TOPOLOGY_VIEW_TYPE = 'kubeTutor.topology';
export const TOPOLOGY_SIDEBAR_VIEW = 'kubeTutor.topologyView';

/** Options every topology webview gets: scripts on, resources only from dist/ and media/. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    retainContextWhenHidden: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

export function topologyHtml(webview: vscode.Webview, extensionUri: vscode.Uri, variant: 'panel' | 'sidebar'): string {
  const uri = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
  return renderHtml({
    cspSource: webview.cspSource,
    scriptUri: uri('dist', 'webview.js'),
    workerUri: uri('dist', 'layoutWorker.js'),
    styleUri: uri('media', 'topology.css'),
    title: vscode.l10n.t('Cluster topology'),
    lang: vscode.env.language,
    variant,
  });
}

export interface TopologyDeps {
  readonly extensionUri: vscode.Uri;
  readonly source: TopologySource;
  readonly log: vscode.LogOutputChannel;
}

/** The single topology panel. Created by the command or restored by the serializer. */
export class TopologyPanel implements vscode.Disposable {
  static current: TopologyPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  readonly controller: TopologyController;

  static show(deps: TopologyDeps): TopologyPanel {
    if (TopologyPanel.current) {
      TopologyPanel.current.panel.reveal();
      return TopologyPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(TOPOLOGY_VIEW_TYPE, vscode.l10n.t('Kube Tutor: Topology'), vscode.ViewColumn.Beside, webviewOptions(deps.extensionUri));
    return new TopologyPanel(panel, deps);
  }

  static revive(panel: vscode.WebviewPanel, deps: TopologyDeps): TopologyPanel {
    panel.webview.options = webviewOptions(deps.extensionUri);
    return new TopologyPanel(panel, deps);
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    deps: TopologyDeps,
  ) {
    TopologyPanel.current?.dispose();
    TopologyPanel.current = this;
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'icon.png');
    this.controller = new TopologyController(panel.webview, deps.source, deps.log);
    panel.webview.html = topologyHtml(panel.webview, deps.extensionUri, 'panel');
    this.disposables.push(this.controller, panel.onDidDispose(() => this.dispose()));
  }

  dispose(): void {
    if (TopologyPanel.current === this) TopologyPanel.current = undefined;
    while (this.disposables.length) this.disposables.pop()?.dispose();
    this.panel.dispose();
  }
}

export class TopologySerializer implements vscode.WebviewPanelSerializer {
  /** The last state handed to `deserializeWebviewPanel`, validated (for tests and logs). */
  lastRestored: ReturnType<typeof parseWebviewState> | undefined;

  constructor(private readonly deps: TopologyDeps) {}

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    // The state comes back from the webview: untrusted. The webview re-reads it with
    // getState() (and validates it again); the host only logs what it accepted.
    this.lastRestored = parseWebviewState(state);
    this.deps.log.info(`Restoring the topology panel (view: ${this.lastRestored.view ?? 'cluster'})`);
    TopologyPanel.revive(panel, this.deps);
  }
}
