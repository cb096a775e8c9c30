import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

/**
 * BuildKit WorkdirRelativePath / hadolint DL3000: a relative WORKDIR depends on the
 * base image's working directory. As BuildKit, only reported while the stage has not
 * set an absolute WORKDIR yet; `$VAR` paths and Windows drive paths are not judged.
 */
export const workdirRelative = defineRule(
  {
    code: 'DF025',
    keywords: ['WORKDIR'],
    aliases: ['DL3000', 'WorkdirRelativePath'],
    severity: 'warning',
    family: 'buildkit',
    title: 'Use an absolute path in WORKDIR',
    docs: docsUrl('DF025'),
    explanation: {
      why: 'A relative WORKDIR is resolved against the working directory of the base image, which you do not control: when the base image changes it, your files land somewhere else.',
      fix: 'Start the path with /, e.g. WORKDIR /app.',
      bad: 'FROM node:20\nWORKDIR app',
      good: 'FROM node:20\nWORKDIR /app',
    },
  },
  (context, report) => {
    const absolute = new Set<number>();
    for (const inst of context.effective) {
      if (inst.keyword !== 'WORKDIR') continue;
      const raw = (inst.node.getArgumentsContent() ?? '').trim().replace(/^["']|["']$/g, '');
      if (raw === '') continue;
      const value = context.expand(inst, raw);
      if (value === undefined || raw.startsWith('$')) continue;
      if (value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value)) {
        absolute.add(inst.stage);
        continue;
      }
      if (absolute.has(inst.stage)) continue;
      const range = inst.node.getArgumentsRange()!;
      report({
        range,
        message: l10n.t('WORKDIR "{0}" is relative, so it depends on the working directory of the base image. Use an absolute path such as "/{0}".', value),
        ...(raw === (inst.node.getArgumentsContent() ?? '').trim() && !raw.includes('$') ? { fix: [{ title: l10n.t('Change to {0}', `/${value}`), preferred: true, edits: [{ range: { start: range.start, end: range.start }, newText: '/' }] }] } : {}),
      });
    }
  },
);
