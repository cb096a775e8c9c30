import * as l10n from '../../l10n';
import type { Fix } from '../../diagnostic';
import { docsUrl } from '../../rule';
import { exposedPorts, portRange } from './expose';
import { defineRule } from './types';

/**
 * hadolint DL3011 ("Valid UNIX ports range from 0 to 65535") and Docker's own
 * `EXPOSE` parsing (`invalid containerPort`, `invalid proto`). Values from ARG/ENV are
 * judged after expansion; unknown values are not judged.
 */
export const exposePort = defineRule(
  {
    code: 'DF008',
    keywords: ['EXPOSE'],
    aliases: ['DL3011'],
    severity: 'error',
    family: 'syntax',
    title: 'EXPOSE a valid port (0-65535) with protocol tcp, udp or sctp',
    docs: docsUrl('DF008'),
    explanation: {
      why: 'A port is a number from 0 to 65535; Docker rejects anything else when it builds the image ("invalid containerPort"). A protocol other than tcp, udp or sctp is rejected too.',
      fix: 'Write the port your application listens on, e.g. EXPOSE 8080 or EXPOSE 53/udp.',
      bad: 'EXPOSE 80800',
      good: 'EXPOSE 8080',
    },
  },
  (context, report) => {
    for (const p of exposedPorts(context)) {
      const range = p.arg.getRange();
      const ports = portRange(p.port);
      if (!ports) {
        report({ range, message: l10n.t('EXPOSE "{0}": "{1}" is not a port number (invalid containerPort). Write a number from 0 to 65535, e.g. EXPOSE 8080.', p.value, p.port) });
      } else if (ports[0] > 65535 || ports[1] > 65535 || ports[1] < ports[0]) {
        const fix: Fix[] = [];
        const shorter = p.port.slice(0, -1);
        if (p.literal && /^\d+$/.test(p.port) && Number(shorter) <= 65535 && shorter !== '') {
          const newText = p.value.replace(p.port, shorter);
          fix.push({ title: l10n.t('Change to {0}', newText), edits: [{ range, newText }] });
        }
        report({
          range,
          message: l10n.t('EXPOSE {0}: port {1} is out of range. A port is a number from 0 to 65535 (did you type one digit too many?).', p.value, p.port),
          ...(fix.length ? { fix } : {}),
        });
      }
      if (p.protocol !== undefined && !['tcp', 'udp', 'sctp'].includes(p.protocol.toLowerCase())) {
        report({ range, message: l10n.t('EXPOSE {0}: "{1}" is not a protocol Docker knows (invalid proto). Use tcp, udp or sctp.', p.value, p.protocol) });
      }
    }
  },
);
