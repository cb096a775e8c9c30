import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../../rule';
import { asMap, pair } from '../../yaml/ast';
import type { ComposeRule } from '../context';

/** compose-go: `service "web" has neither an image nor a build context specified`. */
export const composeImageOrBuild: ComposeRule = {
  code: 'COMPOSE002',
  aliases: [],
  severity: 'error',
  title: 'Every Compose service needs an image or a build',
  docs: docsUrl('COMPOSE002'),
  check(ctx, report) {
    for (const service of ctx.services) {
      const map = asMap(service.value);
      if (map && (pair(map, 'image') || pair(map, 'build') || pair(map, 'extends') || pair(map, 'provider'))) continue;
      report({
        range: ctx.file.lines.range(service.key.start, service.key.end),
        message: l10n.t('service "{0}" has neither an image nor a build context specified: invalid compose project', service.name),
      });
    }
  },
};
