import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../../rule';
import { asMap, get, resolve } from '../../yaml/ast';
import type { ComposeRule } from '../context';

/**
 * compose-spec `list_or_dict`: `environment` is a list of `KEY=VALUE`/`KEY` strings or a
 * mapping of scalars. A nested mapping or list as a value is refused.
 */
export const composeEnvironment: ComposeRule = {
  code: 'COMPOSE006',
  aliases: [],
  severity: 'error',
  title: 'environment must be a list of KEY=VALUE or a mapping of scalars',
  docs: docsUrl('COMPOSE006'),
  check(ctx, report) {
    for (const service of ctx.services) {
      const env = resolve(get(asMap(service.value), 'environment'));
      if (!env) continue;
      const at = (n: { start: number; end: number }) => ctx.file.lines.range(n.start, n.end);
      if (env.type === 'seq') {
        for (const item of env.items) {
          const v = resolve(item);
          if (v?.type !== 'scalar' || typeof v.value !== 'string') {
            report({ range: at(item), message: l10n.t('services.{0}.environment: list entries must be strings like "KEY=value"', service.name) });
            continue;
          }
          const name = v.value.split('=')[0]!;
          if (!name || /\s/.test(name)) report({ range: at(item), message: l10n.t('services.{0}.environment: "{1}" is not KEY=VALUE', service.name, v.value) });
        }
      } else if (env.type === 'map') {
        for (const p of env.pairs) {
          const v = resolve(p.value);
          if (v && v.type !== 'scalar')
            report({ range: at(p.value), message: l10n.t('services.{0}.environment.{1} must be a string, number, boolean or null', service.name, p.name) });
        }
      } else if (!(env.type === 'scalar' && env.value === null)) {
        report({ range: at(env), message: l10n.t('services.{0}.environment must be a list or a mapping', service.name) });
      }
    }
  },
};
