import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { allObjects, relatedAt, where } from '../folder';
import type { RelatedLocation } from '../../diagnostic';
import { asMap, asScalar, get, items, pair } from '../yaml/ast';
import type { FolderRule } from './types';

/**
 * NodePorts are cluster-wide: the API server allocates each once and refuses the second
 * Service with "provided port is already allocated".
 */
export const nodePortCollisionRule: FolderRule = {
  code: 'K8S033',
  aliases: [],
  severity: 'warning',
  title: 'Two Services must not request the same nodePort',
  docs: docsUrl('K8S033'),
  check({ files }, report) {
    const seen = new Map<number, { where: string; related: RelatedLocation }>();
    for (const { file, object } of allObjects(files)) {
      if (object.kind !== 'Service') continue;
      for (const port of items(get(object.root, 'spec', 'ports'))) {
        const p = pair(asMap(port), 'nodePort');
        const n = asScalar(p?.value)?.value;
        if (!p || typeof n !== 'number') continue;
        const first = seen.get(n);
        if (first === undefined) {
          seen.set(n, { where: where(file, p.value.start), related: relatedAt(file, p.value, l10n.t('nodePort {0} of Service "{1}"', String(n), object.name ?? '?')) });
          continue;
        }
        report(file, object, {
          range: file.lines.range(p.value.start, p.value.end),
          message: l10n.t('nodePort {0}: Invalid value: provided port is already allocated (also requested at {1}).', String(n), first.where),
          related: [first.related],
        });
      }
    }
  },
};
