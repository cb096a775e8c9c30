import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

/** BuildKit FromAsCasing: the `AS` keyword uses the same casing as `FROM`. */
export const fromAsCasing = defineRule(
  {
    code: 'DF020',
    aliases: ['FromAsCasing'],
    severity: 'info',
    family: 'buildkit',
    title: 'Write AS in the same casing as FROM',
    docs: docsUrl('DF020'),
    explanation: {
      why: '"FROM image as name" works, but a lower-case "as" next to an upper-case FROM reads like part of the image name.',
      fix: 'Match the casing: FROM … AS … or from … as ….',
      bad: 'FROM node:20 as build',
      good: 'FROM node:20 AS build',
    },
  },
  (context, report) => {
    for (const stage of context.stages) {
      const args = stage.from.getArguments();
      if (args.length !== 3 || args[1]!.getValue().toLowerCase() !== 'as') continue;
      const from = stage.from.getInstruction();
      const as = args[1]!.getValue();
      const upper = from === from.toUpperCase();
      const lower = from === from.toLowerCase();
      const expected = upper ? 'AS' : lower ? 'as' : undefined;
      if (!expected || as === expected) continue;
      const range = args[1]!.getRange();
      report({
        range,
        message: l10n.t('The casing of "{0}" does not match "{1}": write "{2}".', as, from, expected),
        fix: [{ title: l10n.t('Change to {0}', expected), preferred: true, edits: [{ range, newText: expected }] }],
      });
    }
  },
);
