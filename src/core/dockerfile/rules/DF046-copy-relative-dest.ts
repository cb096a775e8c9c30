import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { parentStage } from '../context';
import { defineRule } from './types';

/**
 * hadolint DL3045: COPY to a relative destination without WORKDIR set. A stage built
 * from an earlier stage inherits that stage's WORKDIR; absolute, `$VAR` and Windows
 * destinations are not flagged (hadolint DL3045.hs).
 */
export const copyRelativeDest = defineRule(
  {
    code: 'DF046',
    keywords: ['COPY'],
    aliases: ['DL3045'],
    severity: 'warning',
    family: 'hadolint',
    title: 'Set WORKDIR before COPY to a relative destination',
    docs: docsUrl('DF046'),
    explanation: {
      why: 'A relative destination is relative to the working directory of the base image. Without your own WORKDIR you do not know where the files end up (often /).',
      fix: 'Add WORKDIR /app before the COPY, or use an absolute destination.',
      bad: 'FROM node:20\nCOPY package.json .',
      good: 'FROM node:20\nWORKDIR /app\nCOPY package.json .',
    },
  },
  (context, report) => {
    const workdir = new Map<number, boolean>();
    for (const inst of context.effective) {
      if (inst.keyword === 'FROM') {
        const p = parentStage(context.stages, inst.stage);
        workdir.set(inst.stage, p >= 0 ? workdir.get(p) ?? false : false);
        continue;
      }
      if (inst.keyword === 'WORKDIR') workdir.set(inst.stage, true);
      if (inst.keyword !== 'COPY' || workdir.get(inst.stage)) continue;
      const args = inst.node.getArguments();
      const cut = args.findIndex((a) => a.getValue().startsWith('#'));
      const real = cut >= 0 ? args.slice(0, cut) : args;
      if (real.length < 2 || real.some((a) => a.getValue().startsWith('<<'))) continue;
      const last = real[real.length - 1]!;
      const dest = last.getValue().replace(/^["']|["']$/g, '');
      if (dest.startsWith('/') || dest.startsWith('$') || /^[A-Za-z]:[\\/]/.test(dest) || dest.startsWith('[')) continue;
      report({
        range: last.getRange(),
        message: l10n.t('COPY to the relative path "{0}" without a WORKDIR: the files land in whatever working directory the base image has. Set WORKDIR first or use an absolute path.', dest),
      });
    }
  },
);
