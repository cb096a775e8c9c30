import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

/** BuildKit RedundantTargetPlatform: `--platform=$TARGETPLATFORM` is the default already. */
export const redundantTargetPlatform = defineRule(
  {
    code: 'DF030',
    aliases: ['RedundantTargetPlatform'],
    severity: 'info',
    family: 'buildkit',
    title: 'Do not set --platform=$TARGETPLATFORM, it is the default',
    docs: docsUrl('DF030'),
    explanation: {
      why: 'Every stage is built for the target platform unless told otherwise, so --platform=$TARGETPLATFORM only adds noise.',
      fix: 'Remove the flag.',
      bad: 'FROM --platform=$TARGETPLATFORM alpine:3.20',
      good: 'FROM alpine:3.20',
    },
  },
  (context, report) => {
    for (const stage of context.stages) {
      const flag = stage.from.getPlatformFlag();
      const value = flag?.getValue();
      if (!flag || (value !== '$TARGETPLATFORM' && value !== '${TARGETPLATFORM}')) continue;
      const r = flag.getRange();
      const end = { line: r.end.line, character: r.end.character + (context.lines.line(r.end.line)[r.end.character] === ' ' ? 1 : 0) };
      report({
        range: r,
        tags: ['unnecessary'],
        message: l10n.t('--platform={0} is redundant: stages are built for the target platform by default.', value),
        fix: [{ title: l10n.t('Remove the flag'), preferred: true, edits: [{ range: { start: r.start, end }, newText: '' }] }],
      });
    }
  },
);
