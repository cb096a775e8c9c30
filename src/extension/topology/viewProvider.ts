import * as vscode from 'vscode';
import { TopologyController } from './controller';
import { topologyHtml, webviewOptions, type TopologyDeps } from './panel';

/** The sidebar variant: the same webview app in the Kube Tutor activity-bar container. */
export class TopologyViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  controller: TopologyController | undefined;
  view: vscode.WebviewView | undefined;
  private readonly resolvedEmitter = new vscode.EventEmitter<vscode.WebviewView>();
  /** Fires when VS Code resolves the view (tests wait on it). */
  readonly onDidResolve = this.resolvedEmitter.event;

  constructor(private readonly deps: TopologyDeps) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.controller?.dispose();
    this.view = view;
    view.webview.options = webviewOptions(this.deps.extensionUri);
    this.controller = new TopologyController(view.webview, this.deps.source, this.deps.log);
    view.webview.html = topologyHtml(view.webview, this.deps.extensionUri, 'sidebar');
    view.onDidDispose(() => {
      this.controller?.dispose();
      this.controller = undefined;
      this.view = undefined;
    });
    this.resolvedEmitter.fire(view);
  }

  dispose(): void {
    this.controller?.dispose();
    this.resolvedEmitter.dispose();
  }
}
