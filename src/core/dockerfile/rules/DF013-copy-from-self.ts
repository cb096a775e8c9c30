import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { copyFromFlags, stageIndex } from './stages';
import { defineRule } from './types';

/** hadolint DL3023: `COPY --from` cannot reference its own `FROM` alias (BuildKit: circular dependency). */
export const copyFromSelf = defineRule(
  {
    code: 'DF013',
    keywords: ['COPY'],
    aliases: ['DL3023'],
    severity: 'error',
    family: 'syntax',
    title: 'COPY --from cannot copy from its own stage',
    docs: docsUrl('DF013'),
    explanation: {
      why: 'A stage cannot copy from itself: the files do not exist until the stage is finished. BuildKit stops with "circular dependency detected on stage".',
      fix: 'Copy from an earlier stage, or copy the files within the stage with RUN cp.',
      bad: 'FROM node:20 AS app\nCOPY --from=app /src /dst',
      good: 'FROM node:20 AS build\nFROM node:20 AS app\nCOPY --from=build /src /dst',
    },
  },
  (context, report) => {
    for (const { inst, flag, value } of copyFromFlags(context)) {
      if (inst.stage < 0 || inst.onbuild) continue;
      const self = /^\d+$/.test(value) ? Number(value) === inst.stage : stageIndex(context, value) === inst.stage;
      if (!self) continue;
      report({
        range: flag.getValueRange() ?? flag.getRange(),
        message: l10n.t('COPY --from={0} refers to the stage it is in: its files do not exist yet (circular dependency). Copy from an earlier stage instead.', value),
      });
    }
  },
);
