import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';
import { INSTRUCTIONS } from './util';

/**
 * BuildKit ConsistentInstructionCasing: all instructions upper case or all lower case.
 * The majority decides which casing is expected; mixed-case keywords (`From`) always stand out.
 */
export const instructionCasing = defineRule(
  {
    code: 'DF019',
    aliases: ['ConsistentInstructionCasing'],
    severity: 'info',
    family: 'buildkit',
    title: 'Write all instructions in the same casing',
    docs: docsUrl('DF019'),
    explanation: {
      why: 'Docker accepts "from" as well as "FROM", but mixing casings makes a Dockerfile harder to scan. By convention instructions are upper case so they stand apart from their arguments.',
      fix: 'Use the casing most of the file uses (normally UPPER CASE).',
      bad: 'FROM alpine:3.20\nrun echo hello',
      good: 'FROM alpine:3.20\nRUN echo hello',
    },
  },
  (context, report) => {
    const all = context.effective.filter((i) => INSTRUCTIONS.includes(i.keyword));
    let upper = 0;
    let lower = 0;
    for (const i of all) {
      const w = i.node.getInstruction();
      if (w === w.toUpperCase()) upper++;
      else if (w === w.toLowerCase()) lower++;
    }
    const toUpper = upper >= lower;
    for (const i of all) {
      const w = i.node.getInstruction();
      const expected = toUpper ? w.toUpperCase() : w.toLowerCase();
      if (w === expected) continue;
      const range = i.node.getInstructionRange();
      report({
        range,
        message: toUpper
          ? l10n.t('"{0}" is not upper case like the other instructions in this file: write "{1}".', w, expected)
          : l10n.t('"{0}" is not lower case like the other instructions in this file: write "{1}".', w, expected),
        fix: [{ title: l10n.t('Change to {0}', expected), preferred: true, edits: [{ range, newText: expected }] }],
      });
    }
  },
);
