import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

const ALIASES: Record<string, string[]> = {
  CMD: ['DL4003', 'MultipleInstructionsDisallowed'],
  ENTRYPOINT: ['DL4004', 'MultipleInstructionsDisallowed'],
  HEALTHCHECK: ['DL3012', 'MultipleInstructionsDisallowed'],
};

/**
 * hadolint DL4003/DL4004/DL3012, BuildKit MultipleInstructionsDisallowed: only the last
 * CMD, ENTRYPOINT and HEALTHCHECK of a stage take effect. `ONBUILD CMD` is not counted.
 */
export const multipleInstructions = defineRule(
  {
    code: 'DF017',
    aliases: ['DL4003', 'DL4004', 'DL3012', 'MultipleInstructionsDisallowed'],
    severity: 'warning',
    family: 'syntax',
    title: 'Use at most one CMD, ENTRYPOINT and HEALTHCHECK per stage',
    docs: docsUrl('DF017'),
    explanation: {
      why: 'A stage has one default command, one entrypoint and one health check: each later instruction replaces the earlier one, so the earlier lines do nothing and mislead the reader.',
      fix: 'Keep only the last one (or combine the commands into one).',
      bad: 'CMD ["node", "migrate.js"]\nCMD ["node", "app.js"]',
      good: 'CMD ["node", "app.js"]',
    },
  },
  (context, report) => {
    const last = new Map<string, number>();
    for (const inst of context.instructions) if (ALIASES[inst.keyword]) last.set(`${inst.stage}:${inst.keyword}`, inst.index);
    for (const inst of context.instructions) {
      const aliases = ALIASES[inst.keyword];
      if (!aliases) continue;
      const lastIndex = last.get(`${inst.stage}:${inst.keyword}`)!;
      if (lastIndex === inst.index) continue;
      const line = context.instructions[lastIndex]!.node.getRange().start.line + 1;
      report({
        range: inst.node.getInstructionRange(),
        aliases,
        tags: ['unnecessary'],
        message: l10n.t('This {0} has no effect: the {0} on line {1} replaces it (only the last one in a stage counts).', inst.keyword, String(line)),
      });
    }
  },
);
