import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

const ARCHIVE = /\.(tar|tar\.(gz|bz2|xz|lz|lzma|Z|zst)|tgz|tbz2?|tb2|txz|tlz|tpz|tZ|gz|bz2|xz|lz|lzma|Z|zst)$/;

/**
 * hadolint DL3020: use COPY instead of ADD for files and folders. Not flagged: URLs,
 * git repositories and local archives (ADD extracts those, which COPY cannot).
 */
export const addForCopy = defineRule(
  {
    code: 'DF043',
    keywords: ['ADD'],
    aliases: ['DL3020'],
    severity: 'warning',
    family: 'hadolint',
    title: 'Use COPY instead of ADD for files and folders',
    docs: docsUrl('DF043'),
    explanation: {
      why: 'ADD has hidden extras: it downloads URLs and unpacks local archives. For plain files COPY does the same thing without surprises (an app.tar.gz you meant to copy would be extracted by ADD).',
      fix: 'Replace ADD with COPY. Keep ADD only to extract a local archive or fetch a URL with --checksum.',
      bad: 'ADD app.js /app/',
      good: 'COPY app.js /app/',
    },
  },
  (context, report) => {
    for (const inst of context.effective) {
      if (inst.keyword !== 'ADD') continue;
      const args = inst.node.getArguments().map((a) => a.getValue());
      if (args.length < 2 || args.some((a) => a.startsWith('<<'))) continue;
      const end = args.findIndex((a) => a.startsWith('#'));
      const srcs = (end >= 0 ? args.slice(0, end) : args).slice(0, -1);
      if (srcs.length === 0) continue;
      // as hadolint: flagged when any source is neither a URL nor an archive (values from ARG/ENV expanded first)
      const expanded = srcs.map((s) => context.expand(inst, s.replace(/^["']|["']$/g, '')));
      if (expanded.some((s) => s === undefined)) continue;
      if (expanded.every((s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s!) || s!.startsWith('git@') || ARCHIVE.test(s!))) continue;
      const range = inst.node.getInstructionRange();
      const word = inst.node.getInstruction();
      const copy = word === word.toLowerCase() ? 'copy' : 'COPY';
      report({
        range,
        message: l10n.t('ADD also downloads URLs and unpacks archives; for local files and folders use COPY, which does only what it says.'),
        // COPY would not extract an archive or fetch a URL: offer it only when every source is local
        ...(expanded.some((s) => ARCHIVE.test(s!) || /:\/\//.test(s!)) ? {} : { fix: [{ title: l10n.t('Change to {0}', copy), preferred: true, edits: [{ range, newText: copy }] }] }),
      });
    }
  },
);
