import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import { manifestDocuments } from '../../core/manifest/documents';

/**
 * "Apply" above each Kubernetes document of a YAML file (a top-level `kind` or `apiVersion`),
 * applying just that document (`kubectl apply -f -` of its text), and "Apply all" above the first
 * when there are several (`kubectl apply -f FILE`).
 */
export class ManifestCodeLensProvider implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const docs = manifestDocuments(document.getText());
    const lenses: vscode.CodeLens[] = [];
    for (const doc of docs) {
      const line = document.positionAt(doc.anchor).line;
      const range = document.lineAt(line).range;
      const what = doc.kind && doc.name ? `${doc.kind.toLowerCase()}/${doc.name}` : doc.kind ?? '';
      if (docs.length > 1 && doc === docs[0])
        lenses.push(new vscode.CodeLens(range, { title: l10n.t('$(cloud-upload) Apply all ({0})', String(docs.length)), command: 'kubeTutor.cluster.apply', arguments: [document.uri] }));
      lenses.push(
        new vscode.CodeLens(range, {
          title: l10n.t('$(cloud-upload) Apply'),
          tooltip: l10n.t('kubectl apply -f - with this document ({0})', what),
          command: 'kubeTutor.cluster.applyDocument',
          arguments: [document.uri, doc.index],
        }),
      );
    }
    return lenses;
  }
}
