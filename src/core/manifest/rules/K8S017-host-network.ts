import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { asMap, asScalar, get, items, pair } from '../yaml/ast';
import { containers, podSite } from '../workload';
import type { ObjectRule } from './types';

/**
 * kube-linter `host-network` (and its host port checks): hostNetwork and hostPort tie the pod to one node's ports and bypass network policies; two pods with
 * the same hostPort cannot share a node.
 */
export const hostNetworkRule: ObjectRule = {
  code: 'K8S017',
  aliases: ['host-network', 'host-port'],
  severity: 'warning',
  title: 'Avoid hostNetwork and hostPort',
  docs: docsUrl('K8S017'),
  check({ file, object }, report) {
    const site = podSite(object);
    if (!site) return;
    const hostNetwork = asScalar(get(site.spec, 'hostNetwork'));
    if (hostNetwork?.value === true)
      report({
        range: file.lines.range(hostNetwork.start, hostNetwork.end),
        message: l10n.t("hostNetwork: true puts the pod on the node's network: it can see every node service and two such pods cannot use the same port."),
      });
    for (const c of containers(site)) {
      for (const port of items(get(c.node, 'ports'))) {
        const hostPort = pair(asMap(port), 'hostPort');
        if (!hostPort || typeof asScalar(hostPort.value)?.value !== 'number') continue;
        report({
          range: file.lines.range(hostPort.key.start, hostPort.value.end),
          message: l10n.t('Container "{0}" binds hostPort {1}: only one such pod fits per node. Use a Service (NodePort or LoadBalancer) instead.', c.name ?? '?', file.text.slice(hostPort.value.start, hostPort.value.end)),
        });
      }
    }
  },
};
