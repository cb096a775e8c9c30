import * as vscode from 'vscode';
import { buildGraph, describeObject, diffGraphs, isEmptyDelta, lastTrafficSeq, trafficPulses, type TopologyGraph, type TopologyViewKind } from '../../core/topology';
import {
  DeltaNotification,
  DetailsNotification,
  parseWebviewMessage,
  pngBytes,
  SnapshotNotification,
  TrafficNotification,
  type ExportParams,
  type WebviewMessage,
} from '../../shared/protocol';
import { runAction } from './actions';
import type { TopologySource } from './source';
import { uiStrings } from './strings';

/**
 * One topology webview (panel or sidebar view): validates what the webview sends, posts a
 * snapshot on ready or view switch, then deltas as the source changes, traffic pulses, and the
 * details of the selected object.
 */
export class TopologyController implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private view: TopologyViewKind = 'cluster';
  private graph: TopologyGraph | undefined;
  private revision = 0;
  private trafficSeq = 0;
  private selected: string | undefined;
  /** Posted messages, for tests and the output channel. */
  readonly stats = { snapshots: 0, deltas: 0, rejected: 0 };
  private readonly postedEmitter = new vscode.EventEmitter<string>();
  /** Fires with the method of every message posted to the webview (tests wait on it). */
  readonly onDidPost = this.postedEmitter.event;

  constructor(
    private readonly webview: vscode.Webview,
    private readonly source: TopologySource,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.postedEmitter,
      webview.onDidReceiveMessage((raw: unknown) => void this.onMessage(raw)),
      source.onDidChange(() => this.refresh()),
    );
  }

  get currentView(): TopologyViewKind {
    return this.view;
  }

  async onMessage(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (!message) {
      this.stats.rejected++;
      this.log.warn('Ignored a malformed message from the topology webview.');
      return;
    }
    await this.handle(message);
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.method) {
      case 'webview/ready':
        if (message.params.view) this.view = message.params.view;
        await this.postSnapshot();
        return;
      case 'topology/setView':
        this.view = message.params.view;
        await this.postSnapshot();
        return;
      case 'topology/select':
        this.selected = message.params.id;
        await this.postDetails();
        return;
      case 'topology/action': {
        const node = this.graph?.nodes.find((n) => n.id === message.params.id);
        if (!node?.ref || !node.actions?.includes(message.params.action)) {
          void vscode.window.showWarningMessage(vscode.l10n.t('That action is not available for this object.'));
          return;
        }
        const details = describeObject(this.source.current(), node.ref);
        await runAction(message.params.action, node.ref, details, this.log);
        return;
      }
      case 'topology/export':
        await this.saveExport(message.params);
        return;
    }
  }

  async postSnapshot(): Promise<boolean> {
    const view = this.source.current();
    this.graph = buildGraph(view, this.view);
    this.revision++;
    this.trafficSeq = lastTrafficSeq(view);
    this.stats.snapshots++;
    const ok = await this.webview.postMessage(SnapshotNotification.create({ view: this.view, revision: this.revision, graph: this.graph, strings: uiStrings() }));
    this.postedEmitter.fire('topology/snapshot');
    return ok;
  }

  /** The source changed: post only what changed, then pulses for new traffic. */
  refresh(): void {
    if (!this.graph) return; // not ready yet: the snapshot on ready will carry it
    const view = this.source.current();
    const next = buildGraph(view, this.view);
    const delta = diffGraphs(this.graph, next);
    this.graph = next;
    if (!isEmptyDelta(delta)) {
      this.revision++;
      this.stats.deltas++;
      void this.webview.postMessage(DeltaNotification.create({ view: this.view, revision: this.revision, delta })).then(() => this.postedEmitter.fire('topology/delta'));
    }
    const pulses = trafficPulses(view, next, this.trafficSeq);
    this.trafficSeq = Math.max(this.trafficSeq, lastTrafficSeq(view));
    if (pulses.length) void this.webview.postMessage(TrafficNotification.create({ pulses }));
    if (this.selected) void this.postDetails();
  }

  private async postDetails(): Promise<boolean> {
    const id = this.selected!;
    const node = this.graph?.nodes.find((n) => n.id === id);
    const details = node?.ref ? (describeObject(this.source.current(), node.ref) ?? null) : null;
    const ok = await this.webview.postMessage(DetailsNotification.create({ id, details }));
    this.postedEmitter.fire('topology/details');
    return ok;
  }

  private async saveExport(params: ExportParams): Promise<void> {
    const filters: Record<string, string[]> = params.format === 'svg' ? { SVG: ['svg'] } : { PNG: ['png'] };
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `topology-${this.view}.${params.format}`;
    const uri = await vscode.window.showSaveDialog({ filters, ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}), title: vscode.l10n.t('Export topology') });
    if (!uri) return;
    const bytes = params.format === 'svg' ? new TextEncoder().encode(params.data) : pngBytes(params.data);
    await vscode.workspace.fs.writeFile(uri, bytes);
    void vscode.window.showInformationMessage(vscode.l10n.t('Topology exported to {0}', uri.fsPath || uri.toString()));
  }

  dispose(): void {
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }
}
