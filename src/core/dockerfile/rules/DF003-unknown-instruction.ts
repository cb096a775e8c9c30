import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';
import { closest, INSTRUCTIONS } from './util';

/** Docker's parser: `unknown instruction: FOO` (moby/buildkit frontend/dockerfile/instructions/parse.go). */
export const unknownInstruction = defineRule(
  {
    code: 'DF003',
    aliases: [],
    severity: 'error',
    family: 'syntax',
    title: 'Use only instructions Docker knows',
    docs: docsUrl('DF003'),
    explanation: {
      why: 'Docker stops the build at the first line whose first word is not an instruction ("unknown instruction"). Often it is a typo, or a shell command that lost its RUN.',
      fix: 'Correct the spelling, or put RUN in front of a shell command.',
      bad: 'FROM node:20\nCOPPY app.js /app/',
      good: 'FROM node:20\nCOPY app.js /app/',
    },
  },
  (context, report) => {
    for (const inst of context.effective) {
      const word = inst.node.getInstruction();
      if (INSTRUCTIONS.includes(inst.keyword)) continue;
      const range = inst.node.getInstructionRange();
      const guess = closest(word, INSTRUCTIONS);
      if (guess) {
        report({
          range,
          message: l10n.t('Unknown instruction "{0}": did you mean "{1}"? Docker stops the build at an unknown instruction.', word, guess),
          fix: [{ title: l10n.t('Change to {0}', guess), preferred: true, edits: [{ range, newText: guess }] }],
        });
      } else {
        report({
          range,
          message: l10n.t('Unknown instruction "{0}": Docker stops the build here. If this is a shell command, start the line with RUN.', word),
          fix: [{ title: l10n.t('Run it as a shell command (RUN {0})', word), edits: [{ range: { start: range.start, end: range.start }, newText: 'RUN ' }] }],
        });
      }
    }
  },
);
