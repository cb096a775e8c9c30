import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { pair, str } from '../yaml/ast';
import { containers, podSite } from '../workload';
import type { ObjectRule } from './types';

/** `registry:5000/name:tag@digest` → its tag (undefined when untagged) and digest. */
export function imageTag(image: string): { tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const ref = at >= 0 ? image.slice(0, at) : image;
  const colon = ref.lastIndexOf(':');
  const tag = colon > ref.lastIndexOf('/') ? ref.slice(colon + 1) : undefined;
  const out: { tag?: string; digest?: string } = {};
  if (tag !== undefined) out.tag = tag;
  if (digest !== undefined) out.digest = digest;
  return out;
}

/**
 * kube-linter `latest-tag`, kube-score `container-image-tag`: `:latest` or no tag means
 * each node may run a different image, and a rollback cannot go back. A digest pins it.
 */
export const imageTagRule: ObjectRule = {
  code: 'K8S011',
  aliases: ['latest-tag', 'container-image-tag'],
  severity: 'warning',
  title: 'Pin container images to a version tag, not latest',
  docs: docsUrl('K8S011'),
  check({ file, object }, report) {
    const site = podSite(object);
    if (!site) return;
    for (const c of containers(site)) {
      const node = pair(c.node, 'image')?.value;
      const image = str(node);
      if (!image || !node) continue;
      const { tag, digest } = imageTag(image);
      if (digest !== undefined || (tag !== undefined && tag !== 'latest')) continue;
      report({
        range: file.lines.range(node.start, node.end),
        message:
          tag === 'latest'
            ? l10n.t('Image "{0}" uses the "latest" tag: nodes may run different images and a rollback cannot go back. Pin a version tag.', image)
            : l10n.t('Image "{0}" has no tag, so "{0}:latest" is pulled: nodes may run different images. Pin a version tag.', image),
      });
    }
  },
};
