import * as vscode from 'vscode';
import type { TopologyAction, UiStrings } from '../../shared/protocol';

/** Every string the webview shows, localized here (the webview has no l10n bundle). */
export function uiStrings(): UiStrings {
  return {
    title: vscode.l10n.t('Cluster topology'),
    empty: vscode.l10n.t('Nothing to show yet.'),
    graphLabel: vscode.l10n.t('Cluster topology graph'),
    legend: vscode.l10n.t('Colours: green Running, blue being created, yellow not ready, red failing (CrashLoopBackOff, ErrImagePull), grey terminating. Dashed edges: endpoints not ready yet.'),
    viewLabel: vscode.l10n.t('View'),
    viewCluster: vscode.l10n.t('Cluster'),
    viewApplication: vscode.l10n.t('Application'),
    viewDocker: vscode.l10n.t('Docker'),
    zoomIn: vscode.l10n.t('Zoom in'),
    zoomOut: vscode.l10n.t('Zoom out'),
    fit: vscode.l10n.t('Fit to view'),
    search: vscode.l10n.t('Search by name or status'),
    filterNamespace: vscode.l10n.t('Namespace'),
    filterKind: vscode.l10n.t('Kind'),
    filterLabel: vscode.l10n.t('Label selector (key=value)'),
    allNamespaces: vscode.l10n.t('All namespaces'),
    allKinds: vscode.l10n.t('All kinds'),
    exportSvg: vscode.l10n.t('Export SVG'),
    exportPng: vscode.l10n.t('Export PNG'),
    shownCount: vscode.l10n.t('{0} of {1} objects'),
    details: vscode.l10n.t('Details'),
    noSelection: vscode.l10n.t('Select an object to see its status, labels, events and kubectl describe output.'),
    status: vscode.l10n.t('Status'),
    labels: vscode.l10n.t('Labels'),
    noLabels: vscode.l10n.t('No labels'),
    events: vscode.l10n.t('Events'),
    noEvents: vscode.l10n.t('No events'),
    describe: vscode.l10n.t('Equivalent command'),
    actions: vscode.l10n.t('Actions'),
    actionsFor: vscode.l10n.t('Actions for {0}'),
    'action.scale': actionLabel('scale'),
    'action.delete': actionLabel('delete'),
    'action.logs': actionLabel('logs'),
    'action.describe': actionLabel('describe'),
    'action.openYaml': actionLabel('openYaml'),
    table: vscode.l10n.t('Show as table'),
    tableCaption: vscode.l10n.t('Objects in the current view'),
    colKind: vscode.l10n.t('Kind'),
    colName: vscode.l10n.t('Name'),
    colNamespace: vscode.l10n.t('Namespace'),
    colStatus: vscode.l10n.t('Status'),
    colParent: vscode.l10n.t('Inside'),
    layoutFailed: vscode.l10n.t('The graph layout failed: {0}'),
  };
}

export function actionLabel(action: TopologyAction): string {
  switch (action) {
    case 'scale':
      return vscode.l10n.t('Scale…');
    case 'delete':
      return vscode.l10n.t('Delete');
    case 'logs':
      return vscode.l10n.t('Show logs');
    case 'describe':
      return vscode.l10n.t('Describe');
    case 'openYaml':
      return vscode.l10n.t('Open YAML');
  }
}
