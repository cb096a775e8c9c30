import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

/** BuildKit NoEmptyContinuation: empty lines inside a `\` continuation are deprecated. */
export const emptyContinuation = defineRule(
  {
    code: 'DF018',
    aliases: ['NoEmptyContinuation'],
    severity: 'warning',
    family: 'buildkit',
    title: 'No empty lines inside a continued instruction',
    docs: docsUrl('DF018'),
    explanation: {
      why: 'An empty line after a trailing \\ does not end the instruction: Docker silently joins the next line to it. That hides mistakes, and Docker will make it an error in a future release.',
      fix: 'Delete the empty line (or end the instruction before it).',
      bad: 'RUN apt-get update && \\\n\n    apt-get install -y curl',
      good: 'RUN apt-get update && \\\n    apt-get install -y curl',
    },
  },
  (context, report) => {
    for (const inst of context.instructions) {
      const r = inst.node.getRange();
      if (r.start.line === r.end.line) continue;
      if (/^\s*(RUN|COPY|ADD)\b.*<</i.test(context.lines.line(r.start.line))) continue; // heredoc bodies keep blank lines
      for (let line = r.start.line + 1; line < r.end.line; line++) {
        if (context.lines.line(line).trim() !== '') continue;
        const range = { start: { line, character: 0 }, end: { line, character: context.lines.line(line).length } };
        report({
          range,
          message: l10n.t('Empty line inside a continued {0}: Docker joins the next line to this instruction anyway. Delete the empty line.', inst.node.getInstruction()),
          fix: [{ title: l10n.t('Delete the empty line'), preferred: true, edits: [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' }] }],
        });
      }
    }
  },
);
