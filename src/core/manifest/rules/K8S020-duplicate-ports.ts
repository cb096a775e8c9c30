import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { asMap, asScalar, get, items, pair, str } from '../yaml/ast';
import { containers, podSite } from '../workload';
import type { ObjectRule } from './types';

/**
 * The API server warns on two ports with the same containerPort and protocol in a pod
 * (pkg/api/pod/warnings.go) and refuses duplicate port names (ValidatePodSpec).
 */
export const duplicatePortsRule: ObjectRule = {
  code: 'K8S020',
  aliases: [],
  severity: 'warning',
  title: 'Container ports must not be declared twice',
  docs: docsUrl('K8S020'),
  check({ file, object }, report) {
    const site = podSite(object);
    if (!site) return;
    let total = 0;
    for (const c of containers(site)) total += items(get(c.node, 'ports')).length;
    if (total < 2) return; // nothing declared twice
    const seenPorts = new Set<string>();
    const seenNames = new Set<string>();
    for (const c of containers(site)) {
      items(get(c.node, 'ports')).forEach((port) => {
        const map = asMap(port);
        const number = asScalar(get(map, 'containerPort'));
        const key = `${String(number?.value)}/${str(get(map, 'protocol')) ?? 'TCP'}`;
        if (typeof number?.value === 'number') {
          if (seenPorts.has(key))
            report({ range: file.lines.range(number.start, number.end), message: l10n.t('containerPort {0} is declared twice in this pod', key) });
          seenPorts.add(key);
        }
        const name = pair(map, 'name');
        const nameValue = str(name?.value);
        if (name && nameValue) {
          if (seenNames.has(nameValue))
            report({ range: file.lines.range(name.value.start, name.value.end), message: l10n.t('port name "{0}" is declared twice in this pod: a Service targetPort could not tell them apart', nameValue) });
          seenNames.add(nameValue);
        }
      });
    }
  },
};
