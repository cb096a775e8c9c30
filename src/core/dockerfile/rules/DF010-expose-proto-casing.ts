import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { exposedPorts } from './expose';
import { defineRule } from './types';

/** BuildKit ExposeProtoCasing: the protocol in EXPOSE should be lower case. */
export const exposeProtoCasing = defineRule(
  {
    code: 'DF010',
    keywords: ['EXPOSE'],
    aliases: ['ExposeProtoCasing'],
    severity: 'info',
    family: 'buildkit',
    title: 'Write the EXPOSE protocol in lower case',
    docs: docsUrl('DF010'),
    explanation: {
      why: 'Docker lower-cases the protocol for you today, but the reference spells it tcp/udp/sctp and tools compare it literally.',
      fix: 'Write the protocol in lower case.',
      bad: 'EXPOSE 53/UDP',
      good: 'EXPOSE 53/udp',
    },
  },
  (context, report) => {
    for (const p of exposedPorts(context)) {
      if (p.protocol === undefined || p.protocol === p.protocol.toLowerCase()) continue;
      if (!['tcp', 'udp', 'sctp'].includes(p.protocol.toLowerCase())) continue;
      const arg = p.arg.getRange();
      const offset = p.value.indexOf('/') + 1;
      const range = p.literal ? { start: { line: arg.start.line, character: arg.start.character + offset }, end: arg.end } : arg;
      report({
        range,
        message: l10n.t('Write the protocol in lower case: "{0}" instead of "{1}".', p.protocol.toLowerCase(), p.protocol),
        ...(p.literal ? { fix: [{ title: l10n.t('Change to {0}', p.protocol.toLowerCase()), preferred: true, edits: [{ range, newText: p.protocol.toLowerCase() }] }] } : {}),
      });
    }
  },
);
