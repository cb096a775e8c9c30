import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

/** hadolint DL3002: the last USER of each stage should not be root (as hadolint, every stage is judged). */
export const lastUserRoot = defineRule(
  {
    code: 'DF032',
    keywords: ['USER'],
    aliases: ['DL3002'],
    severity: 'warning',
    family: 'hadolint',
    title: 'Do not switch back to root as the last USER',
    docs: docsUrl('DF032'),
    explanation: {
      why: 'The last USER is the user the container runs as. Running as root means a bug in your app is a bug with root rights in the container, and a step closer to the host.',
      fix: 'End the final stage with a non-root USER (e.g. USER node, USER 1000).',
      bad: 'FROM node:20\nUSER root\nRUN npm ci',
      good: 'FROM node:20\nUSER root\nRUN npm ci\nUSER node',
    },
  },
  (context, report) => {
    const last = new Map<number, (typeof context.instructions)[number]>();
    for (const i of context.instructions) if (i.keyword === 'USER') last.set(i.stage, i);
    for (const inst of last.values()) {
      const raw = (inst.node.getArgumentsContent() ?? '').trim();
      const user = context.expand(inst, raw);
      if (user === undefined || !/^(root|0)(:.*)?$/.test(user)) continue;
      report({
        range: inst.node.getArgumentsRange() ?? inst.node.getRange(),
        message: l10n.t('The last USER is root, so the container runs as root. Switch to a non-root user at the end (e.g. USER 1000).'),
      });
    }
  },
);
