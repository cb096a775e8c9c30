import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

/**
 * hadolint DL3059: multiple consecutive RUN instructions. As hadolint, not flagged when
 * either RUN already chains more than two commands, or their --mount flags differ.
 */
export const consecutiveRun = defineRule(
  {
    code: 'DF047',
    keywords: ['RUN'],
    aliases: ['DL3059'],
    severity: 'info',
    family: 'hadolint',
    title: 'Consider joining consecutive RUN instructions',
    docs: docsUrl('DF047'),
    explanation: {
      why: 'Every RUN makes a layer. Short consecutive RUNs add layers and, when one of them cleans up (rm, apt-get clean), the files are still in the earlier layer.',
      fix: 'Join them with && in one RUN.',
      bad: 'RUN apt-get update\nRUN apt-get install -y curl',
      good: 'RUN apt-get update && apt-get install -y curl',
    },
  },
  (context, report) => {
    let previous: { flags: string; count: number } | undefined;
    for (const inst of context.instructions) {
      if (inst.keyword !== 'RUN') {
        previous = undefined;
        continue;
      }
      const flags = inst.node.getFlags().map((f) => `${f.getName()}=${f.getValue()}`).join(' ');
      const count = context.shell(inst)?.commands.length ?? 1;
      if (previous && previous.flags === flags && count <= 2 && previous.count <= 2) {
        report({
          range: inst.node.getInstructionRange(),
          message: l10n.t('Consecutive RUN instructions each make a layer: consider joining this one with the RUN above using &&.'),
        });
      }
      previous = { flags, count };
    }
  },
);
