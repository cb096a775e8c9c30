import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { familiarTagged, parseReference } from '../../engine/reference';
import { get, pair, str } from '../yaml/ast';
import { containers, podSite } from '../workload';
import type { KnownImages, ObjectRule } from './types';

/** `node`, `docker.io/library/node:latest` → `node:latest`; `undefined` for digests and bad references. */
export function imageKey(reference: string): string | undefined {
  try {
    const ref = parseReference(reference);
    return ref.digest ? undefined : familiarTagged(ref);
  } catch {
    return undefined; // K8S009 judges the format
  }
}

const sets = new WeakMap<KnownImages, { local: Set<string>; pullable: Set<string> }>();

function indexed(images: KnownImages): { local: Set<string>; pullable: Set<string> } {
  let out = sets.get(images);
  if (!out) {
    const keys = (list: readonly string[]) => new Set(list.map(imageKey).filter((k): k is string => k !== undefined));
    out = { local: keys(images.local), pullable: keys(images.pullable) };
    sets.set(images, out);
  }
  return out;
}

/**
 * The simulated kubelets pull from the simulated registry (pushed images plus its catalogue):
 * an image that was only built, or never built, ends in ErrImagePull. Info, editor only
 * (the CLI knows no simulator); the code action runs Build Image or Push Image.
 */
export const simulatorImageRule: ObjectRule = {
  code: 'K8S022',
  aliases: [],
  severity: 'info',
  title: 'Images should be pushed to the simulated registry before pods use them',
  docs: docsUrl('K8S022'),
  check({ file, object, images }, report) {
    if (!images) return;
    const site = podSite(object);
    if (!site) return;
    const known = indexed(images);
    for (const c of containers(site)) {
      const image = str(get(c.node, 'image'));
      const node = pair(c.node, 'image')?.value;
      const key = image && imageKey(image);
      if (!key || !node || known.pullable.has(key)) continue;
      report({
        range: file.lines.range(node.start, node.end),
        message: known.local.has(key)
          ? l10n.t('Image "{0}" was built but not pushed: the cluster\'s nodes pull from the registry, so pods will fail with ErrImagePull. Push it (Kube Tutor: Push Image).', image)
          : l10n.t('Image "{0}" is neither built nor pushed in the simulator: pods will fail with ErrImagePull. Build it (Kube Tutor: Build Image), then push it.', image),
      });
    }
  },
};
