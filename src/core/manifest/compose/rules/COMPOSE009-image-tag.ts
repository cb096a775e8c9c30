import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../../rule';
import { asMap, get, pair, str } from '../../yaml/ast';
import { imageTag } from '../../rules/K8S011-image-tag';
import type { ComposeRule } from '../context';

/** Like K8S011 for Compose: `image: redis` pulls whatever `latest` is today. */
export const composeImageTag: ComposeRule = {
  code: 'COMPOSE009',
  aliases: ['latest-tag'],
  severity: 'warning',
  title: 'Pin Compose service images to a version tag',
  docs: docsUrl('COMPOSE009'),
  check(ctx, report) {
    for (const service of ctx.services) {
      const map = asMap(service.value);
      const image = str(get(map, 'image'));
      const node = pair(map, 'image')?.value;
      // With `build:`, `image:` names the image being built, not one being pulled.
      if (!image || !node || pair(map, 'build') || image.includes('$')) continue;
      const { tag, digest } = imageTag(image);
      if (digest !== undefined || (tag !== undefined && tag !== 'latest')) continue;
      report({
        range: ctx.file.lines.range(node.start, node.end),
        message: l10n.t('services.{0}.image "{1}" is not pinned: it pulls whatever "latest" is today. Use a version tag such as "{2}:<version>".', service.name, image, image.replace(/:latest$/, '')),
      });
    }
  },
};
