import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { pair } from '../yaml/ast';
import { containers, podSite } from '../workload';
import type { ObjectRule } from './types';

/** ValidatePodSpec: container names are unique across containers and initContainers. */
export const duplicateContainersRule: ObjectRule = {
  code: 'K8S019',
  aliases: [],
  severity: 'error',
  title: 'Container names must be unique in a pod',
  docs: docsUrl('K8S019'),
  check({ file, object }, report) {
    const site = podSite(object);
    if (!site) return;
    const all = containers(site);
    if (all.length < 2) return; // nothing to repeat
    const seen = new Set<string>();
    for (const c of all) {
      if (!c.name) continue;
      if (seen.has(c.name)) {
        const node = pair(c.node, 'name')!.value;
        report({ range: file.lines.range(node.start, node.end), message: l10n.t('{0}.name: Duplicate value: "{1}"', c.path, c.name) });
      }
      seen.add(c.name);
    }
  },
};
