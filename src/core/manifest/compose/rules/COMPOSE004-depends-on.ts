import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../../rule';
import { asMap, asScalar, get, type YamlNode } from '../../yaml/ast';
import type { ComposeRule } from '../context';

/** compose-go: `service "web" depends on undefined service "db": invalid compose project`. */
export const composeDependsOn: ComposeRule = {
  code: 'COMPOSE004',
  aliases: [],
  severity: 'error',
  title: 'depends_on must name services of the same file',
  docs: docsUrl('COMPOSE004'),
  check(ctx, report) {
    const names = new Set(ctx.services.map((s) => s.name));
    for (const service of ctx.services) {
      const deps = get(asMap(service.value), 'depends_on');
      const refs: YamlNode[] = [];
      if (deps?.type === 'seq') refs.push(...deps.items);
      else if (deps?.type === 'map') refs.push(...deps.pairs.map((p) => p.key));
      for (const ref of refs) {
        const name = asScalar(ref)?.value;
        if (typeof name !== 'string' || names.has(name)) continue;
        report({
          range: ctx.file.lines.range(ref.start, ref.end),
          message: l10n.t('service "{0}" depends on undefined service "{1}": invalid compose project', service.name, name),
        });
      }
    }
  },
};
