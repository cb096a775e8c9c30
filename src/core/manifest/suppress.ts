import * as l10n from '@vscode/l10n';
import type { Diagnostic, Fix } from '../diagnostic';
import { IGNORE_ANNOTATION, isKubernetesDocument } from './context';
import { edit } from './fixes';
import { asMap, asScalar, get, pair } from './yaml/ast';
import { parseYaml } from './yaml/parse';

/**
 * "Ignore CODE for this object": adds the code to the object's `kube-tutor.io/ignore`
 * annotation (creating `metadata.annotations` when needed). Block-style metadata only;
 * `undefined` when the finding is not inside a Kubernetes object.
 */
export function ignoreAnnotationFix(text: string, diagnostic: Diagnostic): Fix | undefined {
  const parsed = parseYaml(text);
  const at = parsed.lines.offset(diagnostic.range.start);
  const doc = parsed.documents.find((d) => d.root && at >= d.start && at <= d.end);
  const root = doc?.root;
  if (!isKubernetesDocument(root)) return undefined;
  const title = l10n.t('Ignore {0} for this object (kube-tutor.io/ignore)', diagnostic.code);
  const lines = parsed.lines;
  const metadataPair = pair(root, 'metadata');
  const metadata = asMap(metadataPair?.value);
  const existing = asScalar(get(metadata, 'annotations', IGNORE_ANNOTATION));
  if (existing && typeof existing.value === 'string') {
    if (existing.value.split(/[\s,]+/).includes(diagnostic.code)) return undefined;
    const value = existing.value.trim() ? `${existing.value.trim()},${diagnostic.code}` : diagnostic.code;
    return { title, edits: [edit(lines, existing.start, existing.end, JSON.stringify(value))] };
  }
  const annotations = asMap(get(metadata, 'annotations'));
  const childIndent = (node: { start: number }) => ' '.repeat(lines.position(node.start).character);
  if (annotations && !annotations.flow && annotations.pairs[0]) {
    const first = annotations.pairs[0].key;
    const lineStart = lines.lineStart(lines.position(first.start).line);
    return { title, edits: [edit(lines, lineStart, lineStart, `${childIndent(first)}${IGNORE_ANNOTATION}: ${diagnostic.code}\n`)] };
  }
  if (metadata && !metadata.flow && metadata.pairs[0] && !pair(metadata, 'annotations')) {
    const first = metadata.pairs[0].key;
    const ind = childIndent(first);
    const lineStart = lines.lineStart(lines.position(first.start).line);
    return { title, edits: [edit(lines, lineStart, lineStart, `${ind}annotations:\n${ind}  ${IGNORE_ANNOTATION}: ${diagnostic.code}\n`)] };
  }
  return undefined;
}
