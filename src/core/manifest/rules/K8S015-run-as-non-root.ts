import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { asScalar, get } from '../yaml/ast';
import { containerAnchor, containers, podSite } from '../workload';
import type { ObjectRule } from './types';

/**
 * kube-linter `run-as-non-root`, kube-score `container-security-context-user-group-id`:
 * a container's own or the pod's `securityContext.runAsNonRoot: true` (or a non-zero
 * runAsUser) keeps a compromised process from being root.
 */
export const runAsNonRootRule: ObjectRule = {
  code: 'K8S015',
  aliases: ['run-as-non-root'],
  severity: 'info',
  title: 'Run containers as a non-root user',
  docs: docsUrl('K8S015'),
  check({ file, object }, report) {
    const site = podSite(object);
    if (!site) return;
    const podNonRoot = asScalar(get(site.spec, 'securityContext', 'runAsNonRoot'))?.value;
    const podUser = asScalar(get(site.spec, 'securityContext', 'runAsUser'))?.value;
    for (const c of containers(site)) {
      const nonRoot = asScalar(get(c.node, 'securityContext', 'runAsNonRoot'))?.value ?? podNonRoot;
      const user = asScalar(get(c.node, 'securityContext', 'runAsUser'))?.value ?? podUser;
      if (nonRoot === true || (typeof user === 'number' && user > 0)) continue;
      const anchor = containerAnchor(c);
      report({
        range: file.lines.range(anchor.start, anchor.end),
        message: l10n.t('Container "{0}" may run as root: set securityContext.runAsNonRoot: true (and a non-zero runAsUser).', c.name ?? '?'),
      });
    }
  },
};
