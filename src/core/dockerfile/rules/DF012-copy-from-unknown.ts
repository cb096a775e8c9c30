import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { copyFromFlags, stageIndex } from './stages';
import { defineRule } from './types';
import { closest } from './util';

/**
 * hadolint DL3022: `COPY --from` should reference a previously defined `FROM` alias.
 * Also judged: a numeric index must name an earlier stage. Not flagged (Docker allows it):
 * an image reference with a registry, tag or digest (`--from=nginx:1.27`), and values
 * from variables.
 */
export const copyFromUnknown = defineRule(
  {
    code: 'DF012',
    keywords: ['COPY'],
    aliases: ['DL3022'],
    severity: 'warning',
    family: 'syntax',
    title: 'COPY --from should name an earlier build stage',
    docs: docsUrl('DF012'),
    explanation: {
      why: 'COPY --from=<name> copies from the stage called <name>. If no earlier stage has that name, Docker treats it as an image to pull: usually a typo that fails with "pull access denied", or silently copies from an unrelated image.',
      fix: 'Name the stage with FROM … AS <name> before this COPY, or correct the name.',
      bad: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=biuld /app /app',
      good: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app',
    },
  },
  (context, report) => {
    for (const { inst, flag, value } of copyFromFlags(context)) {
      if (value.includes('$')) continue;
      const range = flag.getValueRange() ?? flag.getRange();
      if (/^\d+$/.test(value)) {
        if (inst.stage >= 0 && Number(value) > inst.stage && !inst.onbuild)
          report({ range, message: l10n.t('COPY --from={0}: stage numbers count from 0, and only earlier stages can be copied from (this is stage {1}).', value, String(inst.stage)) });
        continue;
      }
      if (/[:/@]/.test(value)) continue; // an image reference
      const index = stageIndex(context, value);
      if (index >= 0 && (index < inst.stage || inst.stage < 0)) continue;
      if (index === inst.stage && index >= 0) continue; // DF013
      const earlier = context.stages.slice(0, Math.max(inst.stage, 0)).flatMap((s) => (s.name ? [s.name] : []));
      const guess = closest(value, earlier);
      report({
        range,
        message:
          index > inst.stage
            ? l10n.t('COPY --from={0}: stage "{0}" is defined later in the file; a stage can only copy from stages above it.', value)
            : guess
              ? l10n.t('COPY --from={0}: no earlier stage is named "{0}" (did you mean "{1}"?). Docker would try to pull an image called "{0}".', value, guess)
              : l10n.t('COPY --from={0}: no earlier stage is named "{0}", so Docker will try to pull an image called "{0}". Name a stage with FROM … AS {0}, or use a full image reference.', value),
        ...(guess ? { fix: [{ title: l10n.t('Change to {0}', guess), preferred: true, edits: [{ range, newText: guess }] }] } : {}),
      });
    }
  },
);
