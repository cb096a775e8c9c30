import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { PREDEFINED_ARGS } from '../context';
import { expandVariables } from '../variables';
import { defineRule } from './types';

const REFERENCE = /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:[._-]+[a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[a-z0-9]+:[a-fA-F0-9]{32,})?$/;

/**
 * BuildKit InvalidDefaultArgInFrom: with the default values of the global ARGs (empty
 * when there is none), the FROM image must still be a valid reference.
 */
export const invalidDefaultArgInFrom = defineRule(
  {
    code: 'DF028',
    aliases: ['InvalidDefaultArgInFrom'],
    severity: 'warning',
    family: 'buildkit',
    title: 'Give the ARGs used in FROM a default that makes a valid image name',
    docs: docsUrl('DF028'),
    explanation: {
      why: 'Without --build-arg, an ARG without a default is empty: "FROM alpine:${TAG}" becomes "FROM alpine:", which is not a valid image name, and the build fails for anyone who does not know the argument.',
      fix: 'Give the ARG a default value: ARG TAG=3.20.',
      bad: 'ARG TAG\nFROM alpine:${TAG}',
      good: 'ARG TAG=3.20\nFROM alpine:${TAG}',
    },
  },
  (context, report) => {
    for (const stage of context.stages) {
      const image = stage.from.getImage();
      if (!image || !image.includes('$')) continue;
      if (PREDEFINED_ARGS.some((a) => image.includes(a))) continue;
      const expanded = expandVariables(image, (n) => (context.globalArgs.has(n) ? context.globalArgs.get(n) ?? '' : undefined), context.escape);
      if (expanded === undefined) continue; // undeclared: DF026
      if (REFERENCE.test(expanded) || stage.index > 0 && context.stages.slice(0, stage.index).some((s) => s.name?.toLowerCase() === expanded.toLowerCase())) continue;
      report({
        range: stage.from.getImageRange() ?? stage.from.getRange(),
        message: l10n.t('With the default values of its ARGs this FROM becomes "{0}", which is not a valid image name. Give the ARG a default value.', expanded),
      });
    }
  },
);
