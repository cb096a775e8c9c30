import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { allObjects, namespaceOf, where } from '../folder';
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
    const seen = new Map<string, string>();
    for (const { file, object } of allObjects(files)) {
      if (!object.kind || !object.name) continue;
      const key = `${object.kind}/${namespaceOf(object)}/${object.name}`;
      const nameNode = pair(asMap(get(object.root, 'metadata')), 'name')!.value;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, where(file, nameNode.start));
        continue;
      }
      report(file, object, {
        range: file.lines.range(nameNode.start, nameNode.end),
        message: l10n.t('{0} "{1}" is also defined at {2}: kubectl apply keeps only the last one.', object.kind, object.name, first),
      });
    }
  },
};
