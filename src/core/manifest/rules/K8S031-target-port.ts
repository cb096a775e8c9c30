import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { allObjects, namespaceOf, podSites, PodIndex, relatedAt } from '../folder';
import type { Fix, RelatedLocation } from '../../diagnostic';
import { columnSpaces, edit, endOfLine, yamlString } from '../fixes';
import { asMap, asScalar, get, items, pair, str } from '../yaml/ast';
import { containers, labelRecord } from '../workload';
import type { FolderRule } from './types';

/**
 * kube-score `service-targets-pod`-like, done properly: a Service `targetPort` (default:
 * `port`) must be a containerPort number or a port name of the pods it selects, or the
 * endpoints controller publishes nothing for it (named) or traffic hits a closed port.
 */
export const targetPortRule: FolderRule = {
  code: 'K8S031',
  aliases: ['service-targets-pod'],
  severity: 'warning',
  title: 'A Service targetPort should be a port of the pods it selects',
  docs: docsUrl('K8S031'),
  check({ files }, report) {
    const pods = new PodIndex(podSites(files));
    for (const { file, object } of allObjects(files)) {
      if (object.kind !== 'Service') continue;
      const selector = labelRecord(asMap(get(object.root, 'spec', 'selector')));
      if (Object.keys(selector).length === 0) continue;
      const ns = namespaceOf(object);
      const selected = pods.selected(ns, selector);
      if (selected.length === 0) continue; // K8S030 says it
      const numbers = new Set<number>();
      const names = new Set<string>();
      const related: RelatedLocation[] = [];
      for (const p of selected) {
        const anchor = pair(p.site.labels, Object.keys(selector)[0] ?? '')?.key ?? p.site.labels;
        if (anchor && related.length < 5)
          related.push(relatedAt(p.file, anchor, l10n.t('{0} "{1}": pods selected by this Service', p.object.kind ?? '?', p.object.name ?? '?')));
        for (const c of containers(p.site))
          for (const port of items(get(c.node, 'ports'))) {
            const n = asScalar(get(port, 'containerPort'))?.value;
            if (typeof n === 'number') numbers.add(n);
            const name = str(get(port, 'name'));
            if (name) names.add(name);
          }
      }
      for (const port of items(get(object.root, 'spec', 'ports'))) {
        const map = asMap(port);
        const target = pair(map, 'targetPort') ?? pair(map, 'port');
        const value = asScalar(target?.value)?.value;
        if (!target || value === undefined || value === null) continue;
        const ok = typeof value === 'number' ? numbers.size === 0 || numbers.has(value) : names.has(String(value));
        if (ok) continue;
        const declared = [...numbers].sort((a, b) => a - b).join(', ') || l10n.t('none');
        // Quick fixes: each declared port of the pods, by number or by name as the value was.
        const choices = typeof value === 'number' ? [...numbers].sort((a, b) => a - b).map(String) : [...names].sort().map(yamlString);
        const named = target.name === 'targetPort';
        const fix: Fix[] = (named || !map?.flow ? choices.slice(0, 5) : []).map((choice) => ({
          title: l10n.t('Use targetPort {0}', choice),
          edits: [
            named
              ? edit(file.lines, target.value.start, target.value.end, choice)
              : // No targetPort: it defaulted to `port`; add one instead of moving the Service's port.
                edit(file.lines, endOfLine(file.lines, target.value.end), endOfLine(file.lines, target.value.end), `\n${columnSpaces(file.lines, target.key.start)}targetPort: ${choice}`),
          ],
          preferred: choices.length === 1,
        }));
        report(file, object, {
          range: file.lines.range(target.value.start, target.value.end),
          message:
            typeof value === 'number'
              ? l10n.t('targetPort {0} is not a containerPort of the selected pods (they declare {1}).', String(value), declared)
              : l10n.t('targetPort "{0}" names no container port of the selected pods: the Service gets no endpoints for it.', String(value)),
          related,
          ...(fix.length ? { fix } : {}),
        });
      }
    }
  },
};
