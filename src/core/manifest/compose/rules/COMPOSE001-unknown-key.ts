import * as l10n from '@vscode/l10n';
import { docsUrl, type Finding } from '../../../rule';
import { replaceFix } from '../../fixes';
import { didYouMean } from '../../similar';
import { asMap, get, items, type YamlMap } from '../../yaml/ast';
import { BUILD_KEYS, PORT_KEYS, SERVICE_KEYS, TOP_LEVEL_KEYS } from '../spec';
import type { ComposeContext, ComposeRule } from '../context';

/**
 * `docker compose config`: "services.web Additional property imagee is not allowed".
 * Extension keys `x-…` are always allowed.
 */
export const composeUnknownKey: ComposeRule = {
  code: 'COMPOSE001',
  aliases: [],
  severity: 'error',
  title: 'Compose keys must exist in the Compose specification',
  docs: docsUrl('COMPOSE001'),
  check(ctx, report) {
    const check = (map: YamlMap | undefined, allowed: readonly string[], where: string) => unknownKeys(ctx, map, allowed, where, report);
    check(ctx.root, TOP_LEVEL_KEYS, '');
    for (const service of ctx.services) {
      const map = asMap(service.value);
      check(map, SERVICE_KEYS, `services.${service.name}`);
      check(asMap(get(map, 'build')), BUILD_KEYS, `services.${service.name}.build`);
      for (const port of items(get(map, 'ports'))) check(asMap(port), PORT_KEYS, `services.${service.name}.ports`);
    }
  },
};

function unknownKeys(ctx: ComposeContext, map: YamlMap | undefined, allowed: readonly string[], where: string, report: (f: Finding) => void): void {
  for (const p of map?.pairs ?? []) {
    if (p.name.startsWith('x-') || allowed.includes(p.name) || p.key.type !== 'scalar') continue;
    const suggestion = didYouMean(p.name, allowed);
    const prefix = where ? `${where} ` : '';
    report({
      range: ctx.file.lines.range(p.key.start, p.key.end),
      message: suggestion
        ? l10n.t('{0}Additional property {1} is not allowed. Did you mean "{2}"?', prefix, p.name, suggestion)
        : l10n.t('{0}Additional property {1} is not allowed', prefix, p.name),
      ...(suggestion ? { fix: [replaceFix(l10n.t('Rename to "{0}"', suggestion), ctx.file.lines, p.key.start, p.key.end, suggestion)] } : {}),
    });
  }
}
