import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../../rule';
import { asMap, asScalar, get, items, pair, str } from '../../yaml/ast';
import type { ComposeRule } from '../context';

const MODES = /^(ro|rw|z|Z|consistent|cached|delegated|nocopy|(r?(shared|slave|private)))(,(ro|rw|z|Z|consistent|cached|delegated|nocopy|r?(shared|slave|private)))*$/;

/**
 * Service volumes: short syntax `[SOURCE:]TARGET[:MODE]` with an absolute container path,
 * and named volumes declared under the top-level `volumes:` (compose-go: `service "db"
 * refers to undefined volume dbdata: invalid compose project`).
 */
export const composeVolumes: ComposeRule = {
  code: 'COMPOSE007',
  aliases: [],
  severity: 'error',
  title: 'Service volumes must be well-formed and named volumes declared',
  docs: docsUrl('COMPOSE007'),
  check(ctx, report) {
    const declared = new Set((asMap(get(ctx.root, 'volumes'))?.pairs ?? []).map((p) => p.name));
    for (const service of ctx.services) {
      for (const volume of items(get(asMap(service.value), 'volumes'))) {
        const at = ctx.file.lines.range(volume.start, volume.end);
        const scalar = asScalar(volume);
        let source: string | undefined;
        let target: string | undefined;
        if (scalar && typeof scalar.value === 'string') {
          const parts = scalar.value.split(':');
          // Windows drive letters (C:\data:/data) keep their colon.
          if (parts.length > 1 && /^[A-Za-z]$/.test(parts[0]!) && /^[\\/]/.test(parts[1]!)) parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
          if (parts.length > 3 || parts.some((p) => p === '')) {
            report({ range: at, message: l10n.t('services.{0}.volumes: invalid spec "{1}": expected [SOURCE:]TARGET[:MODE]', service.name, scalar.value) });
            continue;
          }
          [source, target] = parts.length === 1 ? [undefined, parts[0]] : [parts[0], parts[1]];
          if (parts.length === 3 && !MODES.test(parts[2]!)) {
            report({ range: at, message: l10n.t('services.{0}.volumes: invalid mode "{1}" in "{2}"', service.name, parts[2]!, scalar.value) });
            continue;
          }
        } else if (asMap(volume)) {
          if (!pair(asMap(volume), 'target')) {
            report({ range: at, message: l10n.t('services.{0}.volumes: a long-syntax volume needs "target"', service.name) });
            continue;
          }
          source = str(get(volume, 'type')) === 'volume' ? str(get(volume, 'source')) : undefined;
          target = str(get(volume, 'target'));
        } else continue;
        if (target !== undefined && !target.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(target))
          report({ range: at, message: l10n.t('services.{0}.volumes: container path "{1}" must be absolute', service.name, target) });
        const isNamed = source !== undefined && !/^[./~$]/.test(source) && !source.includes('/') && !/^[A-Za-z]:/.test(source);
        if (isNamed && !declared.has(source!))
          report({ range: at, message: l10n.t('service "{0}" refers to undefined volume {1}: add it under the top-level "volumes:"', service.name, source!) });
      }
    }
  },
};
