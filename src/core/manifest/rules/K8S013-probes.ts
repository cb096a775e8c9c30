import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { get } from '../yaml/ast';
import { containerAnchor, containers, podSite } from '../workload';
import type { ObjectRule } from './types';

/**
 * kube-linter `no-readiness-probe`/`no-liveness-probe`, kube-score `pod-probes`: without a
 * readiness probe a Service sends traffic before the app listens. Not for Jobs or init
 * containers, which are meant to finish.
 */
export const probesRule: ObjectRule = {
  code: 'K8S013',
  aliases: ['no-readiness-probe', 'no-liveness-probe', 'pod-probes'],
  severity: 'info',
  title: 'Give long-running containers readiness and liveness probes',
  docs: docsUrl('K8S013'),
  check({ file, object }, report) {
    const site = podSite(object);
    if (!site?.longRunning) return;
    for (const c of containers(site)) {
      if (c.init) continue;
      const readiness = get(c.node, 'readinessProbe');
      const liveness = get(c.node, 'livenessProbe');
      if (readiness && liveness) continue;
      const missing = !readiness && !liveness ? 'readinessProbe, livenessProbe' : !readiness ? 'readinessProbe' : 'livenessProbe';
      const anchor = containerAnchor(c);
      report({
        range: file.lines.range(anchor.start, anchor.end),
        message: l10n.t('Container "{0}" has no {1}: Kubernetes cannot tell when it is ready for traffic or stuck.', c.name ?? '?', missing),
      });
    }
  },
};
