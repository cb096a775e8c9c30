import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { asScalar, get } from '../yaml/ast';
import { containerAnchor, containers, podSite } from '../workload';
import type { ObjectRule } from './types';

/** kube-linter `no-read-only-root-fs`, kube-score `container-security-context-readonlyrootfilesystem`. */
export const readOnlyRootFsRule: ObjectRule = {
  code: 'K8S016',
  aliases: ['no-read-only-root-fs', 'container-security-context-readonlyrootfilesystem'],
  severity: 'info',
  title: 'Mount the root filesystem read-only',
  docs: docsUrl('K8S016'),
  check({ file, object }, report) {
    const site = podSite(object);
    if (!site) return;
    for (const c of containers(site)) {
      if (asScalar(get(c.node, 'securityContext', 'readOnlyRootFilesystem'))?.value === true) continue;
      const anchor = containerAnchor(c);
      report({
        range: file.lines.range(anchor.start, anchor.end),
        message: l10n.t('Container "{0}" can write to its root filesystem: set securityContext.readOnlyRootFilesystem: true and mount volumes where it must write.', c.name ?? '?'),
      });
    }
  },
};
