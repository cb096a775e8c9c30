import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

/** hadolint DL3024 / BuildKit DuplicateStageName: stage names are unique (case-insensitive). */
export const duplicateStage = defineRule(
  {
    code: 'DF014',
    aliases: ['DL3024', 'DuplicateStageName'],
    severity: 'error',
    family: 'syntax',
    title: 'Give every build stage a unique name',
    docs: docsUrl('DF014'),
    explanation: {
      why: 'COPY --from and docker build --target find stages by name. Two stages with the same name (case does not matter) make that ambiguous, and Docker refuses the file.',
      fix: 'Rename one of the stages.',
      bad: 'FROM node:20 AS build\nFROM golang:1.22 AS build',
      good: 'FROM node:20 AS web\nFROM golang:1.22 AS api',
    },
  },
  (context, report) => {
    const seen = new Map<string, number>();
    for (const stage of context.stages) {
      if (!stage.name) continue;
      const key = stage.name.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, stage.from.getRange().start.line);
        continue;
      }
      report({
        range: stage.from.getBuildStageRange() ?? stage.from.getRange(),
        message: l10n.t('Duplicate stage name "{0}": line {1} already uses it. Stage names must be unique (case does not matter).', stage.name, String(first + 1)),
      });
    }
  },
);
