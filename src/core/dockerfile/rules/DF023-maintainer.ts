import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

/** hadolint DL4000 / BuildKit MaintainerDeprecated: MAINTAINER is deprecated; use a LABEL. */
export const maintainer = defineRule(
  {
    code: 'DF023',
    keywords: ['MAINTAINER'],
    aliases: ['DL4000', 'MaintainerDeprecated'],
    severity: 'info',
    family: 'buildkit',
    title: 'Use LABEL org.opencontainers.image.authors instead of MAINTAINER',
    docs: docsUrl('DF023'),
    explanation: {
      why: 'MAINTAINER is deprecated since Docker 1.13. A label is the standard place for image metadata and is shown by docker inspect.',
      fix: 'Replace it with LABEL org.opencontainers.image.authors="…".',
      bad: 'MAINTAINER Jane <jane@example.com>',
      good: 'LABEL org.opencontainers.image.authors="Jane <jane@example.com>"',
    },
  },
  (context, report) => {
    for (const inst of context.effective) {
      if (inst.keyword !== 'MAINTAINER') continue;
      const who = (inst.node.getArgumentsContent() ?? '').trim();
      const range = inst.node.getRange();
      const newText = `LABEL org.opencontainers.image.authors=${JSON.stringify(who)}`;
      report({
        range: inst.node.getInstructionRange(),
        tags: ['deprecated'],
        message: l10n.t('MAINTAINER is deprecated: write LABEL org.opencontainers.image.authors="{0}" instead.', who),
        ...(inst.onbuild ? {} : { fix: [{ title: l10n.t('Replace with a LABEL'), preferred: true, edits: [{ range, newText }] }] }),
      });
    }
  },
);
