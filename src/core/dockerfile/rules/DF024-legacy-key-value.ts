import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

/** BuildKit LegacyKeyValueFormat: `ENV key value` → `ENV key=value` (same for LABEL). */
export const legacyKeyValue = defineRule(
  {
    code: 'DF024',
    keywords: ['ENV', 'LABEL'],
    aliases: ['LegacyKeyValueFormat'],
    severity: 'info',
    family: 'buildkit',
    title: 'Write ENV and LABEL as key=value',
    docs: docsUrl('DF024'),
    explanation: {
      why: 'The old "ENV key value" form takes everything after the first space as the value, so "ENV A 1 B 2" sets A to "1 B 2". The key=value form is unambiguous and allows several variables per line.',
      fix: 'Write ENV key=value (quote values with spaces).',
      bad: 'ENV NODE_ENV production',
      good: 'ENV NODE_ENV=production',
    },
  },
  (context, report) => {
    for (const inst of context.effective) {
      if (inst.keyword !== 'ENV' && inst.keyword !== 'LABEL') continue;
      const args = inst.node.getArguments();
      if (args.length < 2 || args[0]!.getValue().includes('=')) continue;
      const key = args[0]!.getValue();
      const range = inst.node.getArgumentsRange();
      if (!range) continue;
      const value = context.lines.slice({ start: args[1]!.getRange().start, end: range.end }).replace(/\\\r?\n\s*/g, ' ').trim();
      const quoted = /^"[^"]*"$/.test(value) || /^[^\s"'\\$]+$/.test(value) ? value : JSON.stringify(value);
      const newText = `${key}=${quoted}`;
      report({
        range: { start: args[0]!.getRange().start, end: args[0]!.getRange().end },
        message: l10n.t('"{0} {1}" uses the legacy format: write "{0} {2}".', inst.keyword, key, newText),
        fix: [{ title: l10n.t('Change to {0}', newText), preferred: true, edits: [{ range, newText }] }],
      });
    }
  },
);
