import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';
import { isJsonForm } from './util';

/**
 * hadolint DL3021 / Docker: "When using COPY with more than one source file, the
 * destination must be a directory and end with a /". Destinations from variables are
 * judged after expansion; unknown ones are not judged.
 */
export const copyDestDir = defineRule(
  {
    code: 'DF016',
    keywords: ['COPY', 'ADD'],
    aliases: ['DL3021'],
    severity: 'error',
    family: 'syntax',
    title: 'With several sources, the COPY/ADD destination must end with /',
    docs: docsUrl('DF016'),
    explanation: {
      why: 'When COPY or ADD has more than one source, the destination has to be a directory, and Docker requires it to be written with a trailing slash; otherwise the build fails.',
      fix: 'Add a / at the end of the destination.',
      bad: 'COPY package.json package-lock.json /app',
      good: 'COPY package.json package-lock.json /app/',
    },
  },
  (context, report) => {
    for (const inst of context.effective) {
      if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD') continue;
      let values: string[];
      if (isJsonForm(inst)) values = JSON.parse(inst.node.getArgumentsContent()!.replace(/\\\r?\n/g, ' ')) as string[];
      else values = inst.node.getArguments().map((a) => a.getValue());
      if (values.some((v) => v.startsWith('#') || v.startsWith('<<'))) continue; // DF006 / heredoc
      if (values.length < 3) continue;
      const dest = context.expand(inst, values[values.length - 1]!);
      if (dest === undefined || dest.endsWith('/')) continue;
      const args = inst.node.getArguments();
      const last = args[args.length - 1]!;
      const range = last.getRange();
      const literal = !isJsonForm(inst) && !last.getValue().includes('$');
      report({
        range,
        message: l10n.t('{0} has {1} sources, so the destination "{2}" must be a directory written with a trailing slash: "{2}/".', inst.keyword, String(values.length - 1), dest),
        ...(literal ? { fix: [{ title: l10n.t('Change to {0}', `${dest}/`), preferred: true, edits: [{ range: { start: range.end, end: range.end }, newText: '/' }] }] } : {}),
      });
    }
  },
);
