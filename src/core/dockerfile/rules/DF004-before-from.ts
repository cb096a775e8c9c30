import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

/** BuildKit: only `ARG` may precede the first `FROM` ("no build stage in current context"). */
export const instructionBeforeFrom = defineRule(
  {
    code: 'DF004',
    aliases: [],
    severity: 'error',
    family: 'syntax',
    title: 'Start the build with FROM (only ARG may come before it)',
    docs: docsUrl('DF004'),
    explanation: {
      why: 'Every instruction except ARG changes an image, and before FROM there is no image yet. Docker rejects the file ("no build stage in current context").',
      fix: 'Move the instruction below FROM. Keep only ARG lines (used in FROM) above it.',
      bad: 'ENV NODE_ENV=production\nFROM node:20',
      good: 'FROM node:20\nENV NODE_ENV=production',
    },
  },
  (context, report) => {
    if (context.stages.length === 0) return; // a fragment: DF005 explains it once
    for (const inst of context.instructions) {
      if (inst.stage >= 0) break;
      if (inst.keyword === 'ARG' || !isKnown(inst.keyword)) continue;
      report({
        range: inst.node.getInstructionRange(),
        message: l10n.t('{0} comes before the first FROM: there is no image to change yet. Only ARG may come before FROM; move this line below it.', inst.node.getInstruction()),
      });
    }
  },
);

function isKnown(keyword: string): boolean {
  return keyword !== '' && /^[A-Z]+$/.test(keyword) && keyword !== 'FROM';
}
