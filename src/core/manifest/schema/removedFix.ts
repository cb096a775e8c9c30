import * as l10n from '@vscode/l10n';
import type { Fix, TextEdit } from '../../diagnostic';
import type { ManifestFile, ManifestObject } from '../context';
import { edit, yamlString } from '../fixes';
import { asMap, get, pair, type YamlNode } from '../yaml/ast';

const WORKLOADS = new Set(['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet']);

/**
 * Moves a removed apiVersion to its replacement. For workloads moving to `apps/v1`, which
 * made `spec.selector` required (it was defaulted from the template's labels before),
 * also adds `selector.matchLabels` copied from `spec.template.metadata.labels`.
 */
export function removedApiFix(file: ManifestFile, object: ManifestObject, apiVersionNode: YamlNode, replacement: string): Fix {
  const edits: TextEdit[] = [edit(file.lines, apiVersionNode.start, apiVersionNode.end, replacement)];
  const spec = asMap(get(object.root, 'spec'));
  const labels = asMap(get(spec, 'template', 'metadata', 'labels'));
  const first = spec?.pairs[0];
  if (replacement === 'apps/v1' && WORKLOADS.has(object.kind ?? '') && spec && !spec.flow && first && !pair(spec, 'selector') && labels?.pairs.length) {
    const column = file.lines.position(first.key.start).character;
    const ind = ' '.repeat(column);
    const lines = [`${ind}selector:`, `${ind}  matchLabels:`];
    for (const p of labels.pairs) {
      const value = asMap(p.value) ? undefined : file.text.slice(p.value.start, p.value.end);
      if (value !== undefined) lines.push(`${ind}    ${yamlString(p.name)}: ${value}`);
    }
    const at = file.lines.lineStart(file.lines.position(first.key.start).line);
    edits.push(edit(file.lines, at, at, lines.join('\n') + '\n'));
  }
  return {
    title: edits.length > 1 ? l10n.t('Use {0} and add spec.selector from the template labels', replacement) : l10n.t('Use {0}', replacement),
    edits,
    preferred: true,
  };
}
