import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { namespaceOf, podSites, allObjects, PodIndex } from '../folder';
import type { Fix } from '../../diagnostic';
import { labelMapFix } from '../fixes';
import { asMap, get, pair, str } from '../yaml/ast';
import { labelRecord } from '../workload';
import type { FolderRule } from './types';

/**
 * kube-linter `dangling-service`: a Service whose selector matches no pod template of the
 * folder gets no endpoints, and `curl` to it hangs. Same namespace only.
 */
export const danglingServiceRule: FolderRule = {
  code: 'K8S030',
  aliases: ['dangling-service'],
  severity: 'warning',
  title: 'A Service selector should match the pods of some workload in the folder',
  docs: docsUrl('K8S030'),
  check({ files }, report) {
    const pods = new PodIndex(podSites(files));
    for (const { file, object } of allObjects(files)) {
      if (object.kind !== 'Service' || str(get(object.root, 'spec', 'type')) === 'ExternalName') continue;
      const selectorPair = pair(asMap(get(object.root, 'spec')), 'selector');
      const selector = labelRecord(asMap(selectorPair?.value));
      if (!selectorPair || Object.keys(selector).length === 0) continue;
      const ns = namespaceOf(object);
      if (pods.selected(ns, selector).length > 0) continue;
      // Quick fixes: select the pods of a workload of the same namespace (a few, distinct label sets).
      const fix: Fix[] = [];
      const target = asMap(selectorPair.value);
      const seen = new Set<string>();
      const candidates = pods.pods.filter((p) => p.namespace === ns && Object.keys(p.labels).length > 0);
      for (const p of candidates) {
        const key = JSON.stringify(p.labels);
        if (!target || seen.has(key) || fix.length === 3) continue;
        seen.add(key);
        const title = l10n.t('Select the pods of {0} "{1}" ({2})', p.object.kind ?? '?', p.object.name ?? '?', Object.entries(p.labels).map(([k, v]) => `${k}=${v}`).join(', '));
        const f = labelMapFix(file.lines, target, p.labels, title, false);
        if (f) fix.push(f);
      }
      if (fix.length === 1) fix[0] = { ...fix[0]!, preferred: true };
      report(file, object, {
        range: file.lines.range(selectorPair.key.start, selectorPair.key.end),
        message: l10n.t('Service "{0}" selects {1}, but no pod or pod template in this folder has these labels: it will have no endpoints.', object.name ?? '?', JSON.stringify(selector)),
        ...(fix.length ? { fix } : {}),
      });
    }
  },
};
