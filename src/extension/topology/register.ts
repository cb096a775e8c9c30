import * as vscode from 'vscode';
import { SAMPLES, type SampleName } from '../../core/topology/samples';
import { TOPOLOGY_SIDEBAR_VIEW, TOPOLOGY_VIEW_TYPE, TopologyPanel, TopologySerializer } from './panel';
import { DemoTopologySource, type TopologySource } from './source';
import { TopologyViewProvider } from './viewProvider';

export interface TopologyApi {
  readonly source: DemoTopologySource;
  readonly serializer: TopologySerializer;
  readonly sidebar: TopologyViewProvider;
  panel(): TopologyPanel | undefined;
}

function sampleLabel(name: SampleName): string {
  switch (name) {
    case 'minikube':
      return vscode.l10n.t('Empty minikube cluster');
    case 'seed-exposed':
      return vscode.l10n.t('Seed flow: kubia exposed, external IP pending');
    case 'seed-scaling':
      return vscode.l10n.t('Seed flow: scaling to 3 replicas');
    case 'seed-end':
      return vscode.l10n.t('Seed flow: end state (3 pods, external IP)');
    case 'seed-scale-down':
      return vscode.l10n.t('Seed flow: scaling down to 1');
    case 'hostile':
      return vscode.l10n.t('Hostile names (security check)');
  }
}

/** Registers the topology panel, its serializer, the sidebar view and the demo commands. */
export function registerTopology(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): TopologyApi {
  const source = new DemoTopologySource();
  const deps = { extensionUri: context.extensionUri, source: source as TopologySource, log };
  const serializer = new TopologySerializer(deps);
  const sidebar = new TopologyViewProvider(deps);
  context.subscriptions.push(
    source,
    sidebar,
    vscode.commands.registerCommand('kubeTutor.showTopology', () => {
      TopologyPanel.show(deps);
      return true;
    }),
    vscode.commands.registerCommand('kubeTutor.topology.loadSample', async (name?: unknown) => {
      const names = Object.keys(SAMPLES) as SampleName[];
      let pick = names.find((n) => n === name);
      if (!pick) {
        const item = await vscode.window.showQuickPick(
          names.map((n) => ({ label: sampleLabel(n), description: n, name: n })),
          { title: vscode.l10n.t('Load a topology sample') },
        );
        pick = item?.name;
      }
      if (!pick) return false;
      source.load(pick);
      return true;
    }),
    vscode.commands.registerCommand('kubeTutor.topology.playDemo', () => {
      source.play();
      return true;
    }),
    vscode.window.registerWebviewPanelSerializer(TOPOLOGY_VIEW_TYPE, serializer),
    vscode.window.registerWebviewViewProvider(TOPOLOGY_SIDEBAR_VIEW, sidebar),
    { dispose: () => TopologyPanel.current?.dispose() },
  );
  return { source, serializer, sidebar, panel: () => TopologyPanel.current };
}
