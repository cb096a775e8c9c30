import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { exposedPorts } from './expose';
import { defineRule } from './types';

/** BuildKit ExposeInvalidFormat: no IP address or host-port mapping in EXPOSE. */
export const exposeFormat = defineRule(
  {
    code: 'DF009',
    keywords: ['EXPOSE'],
    aliases: ['ExposeInvalidFormat'],
    severity: 'warning',
    family: 'buildkit',
    title: 'EXPOSE only the container port, without host port or IP address',
    docs: docsUrl('DF009'),
    explanation: {
      why: 'EXPOSE documents which port the container listens on. Which host port it is published on is decided at run time (docker run -p 8080:80); a mapping in EXPOSE is ignored and will become an error in a future Docker release.',
      fix: 'Keep only the container port in EXPOSE and publish it with docker run -p HOST:CONTAINER.',
      bad: 'EXPOSE 8080:80',
      good: 'EXPOSE 80',
    },
  },
  (context, report) => {
    for (const p of exposedPorts(context)) {
      if (p.mapping === undefined) continue;
      const range = p.arg.getRange();
      const fixed = p.port + (p.protocol !== undefined ? `/${p.protocol}` : '');
      report({
        range,
        message: l10n.t('EXPOSE {0} contains a host mapping ("{1}"): EXPOSE only names the container port; choose the host port with "docker run -p". Write EXPOSE {2}.', p.value, p.mapping, fixed),
        ...(p.literal ? { fix: [{ title: l10n.t('Change to {0}', fixed), preferred: true, edits: [{ range, newText: fixed }] }] } : {}),
      });
    }
  },
);
