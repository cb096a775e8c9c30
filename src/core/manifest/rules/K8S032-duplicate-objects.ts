import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { allObjects, namespaceOf, relatedAt, where } from '../folder';
import type { RelatedLocation } from '../../diagnostic';
import { asMap, get, pair } from '../yaml/ast';
import type { FolderRule } from './types';

/**
 * Two objects with the same kind, namespace and name in what `kubectl apply -f DIR`
 * sends together: the second silently overwrites the first.
 */
export const duplicateObjectsRule: FolderRule = {
  code: 'K8S032',
  aliases: ['duplicate-object'],
  severity: 'warning',
  title: 'Objects in a folder must not share kind, namespace and name',
  docs: docsUrl('K8S032'),
  check({ files }, report) {
    const seen = new Map<string, { where: string; related: RelatedLocation }>();
    for (const { file, object } of allObjects(files)) {
      if (!object.kind || !object.name) continue;
      const key = `${object.kind}/${namespaceOf(object)}/${object.name}`;
      const nameNode = pair(asMap(get(object.root, 'metadata')), 'name')!.value;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, { where: where(file, nameNode.start), related: relatedAt(file, nameNode, l10n.t('First definition of {0} "{1}"', object.kind, object.name)) });
        continue;
      }
      report(file, object, {
        range: file.lines.range(nameNode.start, nameNode.end),
        message: l10n.t('{0} "{1}" is also defined at {2}: kubectl apply keeps only the last one.', object.kind, object.name, first.where),
        related: [first.related],
      });
    }
  },
};
