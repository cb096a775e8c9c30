import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { copyArgs, fromFlag } from './imageFiles';
import { defineRule } from './types';

/**
 * BuildKit CopyIgnoredFile: a COPY/ADD source is excluded by .dockerignore, so it is
 * never sent to the engine (with @balena/dockerignore, Docker-compatible matching).
 * When a pattern matches several files and only some are ignored, nothing is reported.
 */
export const copyIgnoredFile = defineRule(
  {
    code: 'DF065',
    keywords: ['COPY', 'ADD'],
    aliases: ['CopyIgnoredFile'],
    severity: 'error',
    family: 'context',
    title: 'Do not COPY files that .dockerignore excludes',
    docs: docsUrl('DF065'),
    explanation: {
      why: '.dockerignore removes files from the build context before the build starts, so COPY cannot see them and the build fails with "not found" (or silently copies less than you expect with a pattern).',
      fix: 'Remove the matching line from .dockerignore (or add an exception with !path), or stop copying the file.',
      bad: '# .dockerignore: *.js\nCOPY app.js /app/',
      good: '# .dockerignore: *.js\n#                !app.js\nCOPY app.js /app/',
    },
  },
  (context, report) => {
    const index = context.buildContext;
    if (!index || index.snapshot.dockerignore === undefined) return;
    for (const inst of context.effective) {
      if ((inst.keyword !== 'COPY' && inst.keyword !== 'ADD') || inst.onbuild || fromFlag(inst) !== undefined) continue;
      const a = copyArgs(inst);
      if (!a) continue;
      const args = inst.node.getArguments();
      a.sources.forEach((raw, i) => {
        const src = context.expand(inst, raw);
        if (src === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(src)) return;
        const matched = index.match(src);
        if (matched.length === 0 || !matched.every((f) => index.isIgnored(f))) return;
        const arg = args[i];
        report({
          range: arg && arg.getValue() === raw ? arg.getRange() : inst.node.getArgumentsRange() ?? inst.node.getRange(),
          message: l10n.t('"{0}" is excluded by .dockerignore, so it is not sent to the build and {1} cannot find it. Remove the pattern from .dockerignore or add "!{0}".', src, inst.keyword),
        });
      });
    }
  },
);
