import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { copyArgs, fromFlag } from './imageFiles';
import { defineRule } from './types';
import { closest } from './util';

/**
 * COPY/ADD of a path that is not in the build context: BuildKit fails with
 * "failed to compute cache key: …: not found". Needs a build-context snapshot.
 */
export const copySourceMissing = defineRule(
  {
    code: 'DF064',
    keywords: ['COPY', 'ADD'],
    aliases: [],
    severity: 'error',
    family: 'context',
    title: 'COPY and ADD sources must exist in the build context',
    docs: docsUrl('DF064'),
    explanation: {
      why: 'docker build sends the build context (the folder given as ".") to the engine, and COPY can only take files from it. A missing file stops the build with "not found". Paths are relative to the context, not to the Dockerfile.',
      fix: 'Correct the path, create the file, or build with the right context folder.',
      bad: 'COPY server.js /app/   # but the folder has app.js',
      good: 'COPY app.js /app/',
    },
  },
  (context, report) => {
    const index = context.buildContext;
    if (!index) return;
    const all = index.snapshot.files;
    for (const inst of context.effective) {
      if ((inst.keyword !== 'COPY' && inst.keyword !== 'ADD') || inst.onbuild || fromFlag(inst) !== undefined) continue;
      const a = copyArgs(inst);
      if (!a) continue;
      const args = inst.node.getArguments();
      a.sources.forEach((raw, i) => {
        const src = context.expand(inst, raw);
        if (src === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(src) || src.startsWith('git@')) return;
        if (index.match(src).length > 0) return;
        const arg = args[i];
        const range = arg && arg.getValue() === raw ? arg.getRange() : inst.node.getArgumentsRange() ?? inst.node.getRange();
        const guess = /[*?[$]/.test(raw) ? undefined : closest(src, all, Math.max(2, Math.floor(src.length / 3)));
        report({
          range,
          message: guess
            ? l10n.t('"{0}" is not in the build context, so the build fails ("not found"). Did you mean "{1}"?', src, guess)
            : l10n.t('"{0}" is not in the build context, so the build fails ("not found"). Paths are relative to the build context folder, not to the Dockerfile.', src),
          ...(guess && arg?.getValue() === raw ? { fix: [{ title: l10n.t('Change to {0}', guess), preferred: true, edits: [{ range, newText: guess }] }] } : {}),
        });
      });
    }
  },
);
