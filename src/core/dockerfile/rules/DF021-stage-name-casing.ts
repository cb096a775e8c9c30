import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

/** BuildKit StageNameCasing: stage names should be lower case. */
export const stageNameCasing = defineRule(
  {
    code: 'DF021',
    aliases: ['StageNameCasing'],
    severity: 'info',
    family: 'buildkit',
    title: 'Write stage names in lower case',
    docs: docsUrl('DF021'),
    explanation: {
      why: 'Stage names are matched case-insensitively (docker build --target Build finds "build"), so capitals only suggest a distinction that does not exist.',
      fix: 'Write the stage name in lower case.',
      bad: 'FROM node:20 AS BuildStage',
      good: 'FROM node:20 AS build-stage',
    },
  },
  (context, report) => {
    for (const stage of context.stages) {
      if (!stage.name || stage.name === stage.name.toLowerCase()) continue;
      const range = stage.from.getBuildStageRange();
      if (!range) continue;
      const lower = stage.name.toLowerCase();
      report({
        range,
        message: l10n.t('Stage name "{0}" should be lower case: "{1}".', stage.name, lower),
        fix: [{ title: l10n.t('Change to {0}', lower), preferred: true, edits: [{ range, newText: lower }] }],
      });
    }
  },
);
