import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { edit } from '../fixes';
import { get, items, str, type YamlNode } from '../yaml/ast';
import { containers, podSite } from '../workload';
import type { ObjectRule } from './types';

/**
 * The API server warns "hides previous definition" for a repeated env name
 * (pkg/api/pod/warnings.go): only the last value counts, the first is dead text.
 */
export const duplicateEnvRule: ObjectRule = {
  code: 'K8S021',
  aliases: ['duplicate-env-var'],
  severity: 'warning',
  title: 'Environment variables must not be defined twice',
  docs: docsUrl('K8S021'),
  check({ file, object }, report) {
    const site = podSite(object);
    if (!site) return;
    for (const c of containers(site)) {
      const env = items(get(c.node, 'env'));
      if (env.length < 2) continue; // nothing defined twice
      const seen = new Map<string, YamlNode>();
      for (const entry of env) {
        const nameNode = get(entry, 'name');
        const name = str(nameNode);
        if (!name || !nameNode) continue;
        const previous = seen.get(name);
        seen.set(name, entry);
        if (!previous) continue;
        // Deleting the earlier, hidden entry keeps the behaviour and removes the confusion.
        const startLine = file.lines.position(previous.start).line;
        const endLine = file.lines.position(previous.end).line;
        const from = file.lines.lineStart(startLine);
        const to = endLine + 1 < file.lines.lineCount ? file.lines.lineStart(endLine + 1) : file.text.length;
        const ownLines = /^\s*-\s*$/.test(file.text.slice(from, previous.start)) && !file.text.slice(previous.end, to).trim();
        report({
          range: file.lines.range(nameNode.start, nameNode.end),
          message: l10n.t('env "{0}" is defined twice in container "{1}": this value hides the earlier one.', name, c.name ?? '?'),
          ...(ownLines ? { fix: [{ title: l10n.t('Remove the hidden definition'), edits: [edit(file.lines, from, to, '')], preferred: true }] } : {}),
        });
      }
    }
  },
};
