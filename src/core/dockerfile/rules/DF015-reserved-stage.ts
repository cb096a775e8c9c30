import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

const RESERVED = ['scratch', 'context'];

/** BuildKit ReservedStageName: `scratch` and `context` are reserved. */
export const reservedStage = defineRule(
  {
    code: 'DF015',
    aliases: ['ReservedStageName'],
    severity: 'warning',
    family: 'buildkit',
    title: 'Do not name a stage "scratch" or "context"',
    docs: docsUrl('DF015'),
    explanation: {
      why: '"scratch" is the empty base image and "context" names the build context in COPY --from; a stage with one of these names is confusing and shadows the built-in meaning.',
      fix: 'Choose another stage name.',
      bad: 'FROM alpine:3.20 AS scratch',
      good: 'FROM alpine:3.20 AS base',
    },
  },
  (context, report) => {
    for (const stage of context.stages) {
      if (!stage.name || !RESERVED.includes(stage.name.toLowerCase())) continue;
      report({
        range: stage.from.getBuildStageRange() ?? stage.from.getRange(),
        message: l10n.t('"{0}" is a reserved name and should not be used as a stage name: pick another one.', stage.name),
      });
    }
  },
);
