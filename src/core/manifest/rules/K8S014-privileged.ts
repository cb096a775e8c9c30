import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { replaceFix } from '../fixes';
import { asScalar, get } from '../yaml/ast';
import { containers, podSite } from '../workload';
import type { ObjectRule } from './types';

/** kube-linter `privileged-container`: a privileged container is root on the node. */
export const privilegedRule: ObjectRule = {
  code: 'K8S014',
  aliases: ['privileged-container'],
  severity: 'warning',
  title: 'Do not run privileged containers',
  docs: docsUrl('K8S014'),
  check({ file, object }, report) {
    const site = podSite(object);
    if (!site) return;
    for (const c of containers(site)) {
      const node = asScalar(get(c.node, 'securityContext', 'privileged'));
      if (node?.value !== true) continue;
      report({
        range: file.lines.range(node.start, node.end),
        message: l10n.t('Container "{0}" is privileged: it has every capability of root on the node. Remove privileged unless it manages the node itself.', c.name ?? '?'),
        fix: [replaceFix(l10n.t('Set privileged: false'), file.lines, node.start, node.end, 'false')],
      });
    }
  },
};
