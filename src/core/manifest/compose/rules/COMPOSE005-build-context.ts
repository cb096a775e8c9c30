import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../../rule';
import { asMap, asScalar, get, str, type YamlNode } from '../../yaml/ast';
import type { ComposeRule } from '../context';

/**
 * `docker compose build`: "unable to prepare context: path "./app" not found". Checked
 * only for local paths, through the caller's file-exists interface (no I/O in core).
 */
export const composeBuildContext: ComposeRule = {
  code: 'COMPOSE005',
  aliases: [],
  severity: 'error',
  title: 'A build context must be an existing folder',
  docs: docsUrl('COMPOSE005'),
  check(ctx, report) {
    const exists = ctx.fileExists;
    if (!exists) return;
    for (const service of ctx.services) {
      const build = get(asMap(service.value), 'build');
      const node: YamlNode | undefined = asScalar(build) ? build : get(build, 'context');
      const context = str(node) ?? (asMap(build) ? '.' : undefined);
      if (!context || !node || /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@')) continue;
      if (exists(context)) {
        const dockerfile = str(get(build, 'dockerfile'));
        const df = get(build, 'dockerfile');
        if (dockerfile && df && !dockerfile.startsWith('/') && !exists(`${context.replace(/\/$/, '')}/${dockerfile}`))
          report({ range: ctx.file.lines.range(df.start, df.end), message: l10n.t('services.{0}.build: Dockerfile "{1}" not found in context "{2}"', service.name, dockerfile, context) });
        continue;
      }
      report({
        range: ctx.file.lines.range(node.start, node.end),
        message: l10n.t('services.{0}.build: unable to prepare context: path "{1}" not found', service.name, context),
      });
    }
  },
};
