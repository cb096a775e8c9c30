import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';
import { trailingComment } from './util';

const EXEC = new Set(['CMD', 'ENTRYPOINT', 'RUN']);

/** Rebuilds a JSON array from a broken one: `['node', app.js]` → `["node","app.js"]`. */
export function repairExecForm(raw: string): string | undefined {
  const inner = raw.trim().replace(/^\[/, '').replace(/\]$/, '').trim();
  if (inner === '') return undefined;
  const parts = inner.includes(',') ? inner.split(',') : inner.split(/\s+/);
  const words = parts.map((p) => p.trim().replace(/^["'“”‘’]|["'“”‘’]$/g, '')).filter((w) => w !== '');
  return words.length ? `[${words.map((w) => JSON.stringify(w)).join(', ')}]` : undefined;
}

/**
 * Docker reads `CMD [...]` as JSON only if it is a valid JSON array of strings; otherwise
 * the whole text runs as a shell command (`/bin/sh -c "['node', 'app.js']"`), which fails
 * at run time. Shell tests such as `RUN [ -f x ]` are not JSON and are not flagged.
 */
export const invalidJson = defineRule(
  {
    code: 'DF011',
    keywords: ['CMD', 'ENTRYPOINT', 'RUN'],
    aliases: [],
    severity: 'error',
    family: 'syntax',
    title: 'Write the exec form as a valid JSON array of strings',
    docs: docsUrl('DF011'),
    explanation: {
      why: 'The exec form must be valid JSON: double quotes, commas between items, no trailing comma. If it is not, Docker silently runs the whole text through /bin/sh -c, and the container fails with an error such as "[node,: not found".',
      fix: 'Use double quotes and commas: ["node", "app.js"].',
      bad: "CMD ['node', 'app.js']",
      good: 'CMD ["node", "app.js"]',
    },
  },
  (context, report) => {
    for (const inst of context.effective) {
      if (!EXEC.has(inst.keyword) || trailingComment(inst)) continue;
      const raw = (inst.node.getArgumentsContent() ?? '').trim();
      if (!raw.startsWith('[')) continue;
      if (inst.keyword === 'RUN' && !(raw.endsWith(']') && raw.includes(','))) continue;
      let valid = false;
      try {
        const value: unknown = JSON.parse(raw);
        valid = Array.isArray(value) && value.every((v) => typeof v === 'string');
      } catch {
        valid = false;
      }
      if (valid) continue;
      const range = inst.node.getArgumentsRange();
      if (!range) continue;
      const repaired = repairExecForm(raw);
      const reason = /['‘’“”]/.test(raw)
        ? l10n.t('JSON strings need straight double quotes (").')
        : l10n.t('Check the quotes, the commas between items and the closing bracket.');
      report({
        range,
        message: l10n.t('{0} is not valid JSON, so Docker will run the whole text with /bin/sh -c instead of as a command list. {1}', inst.keyword, reason),
        ...(repaired ? { fix: [{ title: l10n.t('Change to {0}', repaired), preferred: true, edits: [{ range, newText: repaired }] }] } : {}),
      });
    }
  },
);
