import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../../rule';
import { asMap, asScalar, get, items } from '../../yaml/ast';
import type { ComposeRule } from '../context';

const SHORT = /^(?:(?:\[([0-9a-fA-F:.]+)\]|(\d{1,3}(?:\.\d{1,3}){3})):)?(?:(\d+)(?:-(\d+))?:)?(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/;

/** Problem with a short-syntax port `[HOST_IP:][HOST_PORT[-RANGE]:]CONTAINER_PORT[-RANGE][/PROTOCOL]`, if any. */
export function shortPortProblem(spec: string): string | undefined {
  const m = SHORT.exec(spec);
  if (!m) return l10n.t('invalid port "{0}": expected [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL], e.g. "8080:8080"', spec);
  for (const n of [m[3], m[4], m[5], m[6]]) {
    if (n === undefined) continue;
    const v = Number(n);
    if (v < 0 || v > 65535 || (v === 0 && n !== m[3])) return l10n.t('invalid port "{0}": port numbers must be between 1 and 65535', spec);
  }
  const hostRange = m[4] ? Number(m[4]) - Number(m[3]) : 0;
  const containerRange = m[6] ? Number(m[6]) - Number(m[5]) : 0;
  if (hostRange < 0 || containerRange < 0) return l10n.t('invalid port "{0}": a range must go from low to high', spec);
  if (m[6] && m[3] && hostRange !== containerRange) return l10n.t('invalid port "{0}": host and container ranges must have the same size', spec);
  return undefined;
}

/** Compose `ports`: short strings/numbers or the long syntax with a `target`. */
export const composePorts: ComposeRule = {
  code: 'COMPOSE003',
  aliases: [],
  severity: 'error',
  title: 'Compose ports must use the short or long port syntax',
  docs: docsUrl('COMPOSE003'),
  check(ctx, report) {
    for (const service of ctx.services) {
      for (const port of items(get(asMap(service.value), 'ports'))) {
        const scalar = asScalar(port);
        let problem: string | undefined;
        if (scalar && (typeof scalar.value === 'string' || typeof scalar.value === 'number')) problem = shortPortProblem(String(scalar.value));
        else if (asMap(port)) {
          const target = asScalar(get(port, 'target'))?.value;
          if (target === undefined) problem = l10n.t('a long-syntax port needs "target" (the container port)');
          else if (typeof target !== 'number' || target < 1 || target > 65535) problem = l10n.t('"target" must be a port number between 1 and 65535');
        } else problem = l10n.t('a port must be a string like "8080:8080" or a mapping with "target"');
        if (problem)
          report({ range: ctx.file.lines.range(port.start, port.end), message: l10n.t('services.{0}.ports: {1}', service.name, problem) });
      }
    }
  },
};
