import * as vscode from 'vscode';
import { emptyClusterTopology } from '../../core/topology';
import {
  parseWebviewMessage,
  SnapshotNotification,
  type SnapshotParams,
  type UiString,
} from '../../shared/protocol';
import { renderHtml } from './html';

export const TOPOLOGY_VIEW_TYPE = 'kubeTutor.topology';

/** Options every topology webview gets: scripts on, resources only from dist/ and media/. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    retainContextWhenHidden: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

function uiStrings(): Record<UiString, string> {
  return {
    title: vscode.l10n.t('Cluster topology'),
    empty: vscode.l10n.t('Nothing to show yet.'),
    legend: vscode.l10n.t('A one-node minikube cluster: the control plane (etcd, API server, scheduler, controller manager) and the node agents (kubelet, kube-proxy). Pods appear here as you run them.'),
    graphLabel: vscode.l10n.t('Cluster topology graph'),
  };
}

/** The single topology panel. Created by the command or restored by the serializer. */
export class TopologyPanel implements vscode.Disposable {
  static current: TopologyPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  static show(extensionUri: vscode.Uri, log: vscode.LogOutputChannel): TopologyPanel {
    if (TopologyPanel.current) {
      TopologyPanel.current.panel.reveal();
      return TopologyPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(
      TOPOLOGY_VIEW_TYPE,
      vscode.l10n.t('Kube Tutor: Topology'),
      vscode.ViewColumn.Beside,
      webviewOptions(extensionUri),
    );
    return new TopologyPanel(panel, extensionUri, log);
  }

  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, log: vscode.LogOutputChannel): TopologyPanel {
    panel.webview.options = webviewOptions(extensionUri);
    return new TopologyPanel(panel, extensionUri, log);
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    TopologyPanel.current?.dispose();
    TopologyPanel.current = this;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
    const webview = panel.webview;
    webview.html = renderHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'topology.css')).toString(),
      title: vscode.l10n.t('Cluster topology'),
      lang: vscode.env.language,
    });
    this.disposables.push(
      webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  private onMessage(raw: unknown): void {
    const message = parseWebviewMessage(raw);
    if (!message) {
      this.log.warn('Ignored a malformed message from the topology webview.');
      return;
    }
    switch (message.method) {
      case 'webview/ready':
        void this.postSnapshot();
        break;
      case 'topology/select':
        this.log.info(`Selected ${message.params.id}`);
        break;
    }
  }

  snapshot(): SnapshotParams {
    return { graph: emptyClusterTopology(), strings: uiStrings() };
  }

  postSnapshot(): Thenable<boolean> {
    return this.panel.webview.postMessage(SnapshotNotification.create(this.snapshot()));
  }

  dispose(): void {
    if (TopologyPanel.current === this) TopologyPanel.current = undefined;
    while (this.disposables.length) this.disposables.pop()?.dispose();
    this.panel.dispose();
  }
}

export class TopologySerializer implements vscode.WebviewPanelSerializer {
  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    TopologyPanel.revive(panel, this.extensionUri, this.log);
  }
}
