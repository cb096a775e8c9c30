import type { Fix, Range } from '../diagnostic';
import type { RuleMeta } from '../rule';
import { asMap, get, pair, str, type YamlMap, type YamlNode } from './yaml/ast';
import type { LineIndex } from './yaml/lines';
import type { ParsedYaml, YamlDocument } from './yaml/parse';

/** One Kubernetes object: a YAML document with a top-level `apiVersion` or `kind`. */
export interface ManifestObject {
  readonly doc: YamlDocument;
  readonly root: YamlMap;
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly name?: string;
  readonly namespace?: string;
  /** Codes and aliases listed in the `kube-tutor.io/ignore` annotation. */
  readonly ignored: ReadonlySet<string>;
}

export interface ManifestFile {
  /** Path as given by the caller (for cross-resource messages), may be empty. */
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly parsed: ParsedYaml;
  readonly objects: readonly ManifestObject[];
}

/** A finding with offsets; turned into a Diagnostic by the runner. */
export interface RawFinding {
  readonly rule: RuleMeta;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly fix?: readonly Fix[];
  readonly object?: ManifestObject;
}

export type Emit = (finding: RawFinding) => void;

export const IGNORE_ANNOTATION = 'kube-tutor.io/ignore';

/**
 * Client-side files that look like objects but are never sent to the API server:
 * kubeconfig (`kind: Config`) and kustomize's `Kustomization`/`Component`.
 */
const CLIENT_SIDE_KINDS = new Set(['Config', 'Kustomization', 'Component']);

/** Is this document a Kubernetes object? (DESIGN: top-level `apiVersion` or `kind`.) */
export function isKubernetesDocument(root: YamlNode | undefined): root is YamlMap {
  const map = root?.type === 'map' ? root : undefined;
  if (!map || (!pair(map, 'apiVersion') && !pair(map, 'kind'))) return false;
  return !CLIENT_SIDE_KINDS.has(str(pair(map, 'kind')?.value) ?? '');
}

/** Shared by every object without an ignore annotation (never modified). */
const NOTHING_IGNORED: ReadonlySet<string> = new Set<string>();
const IGNORE_SEPARATORS = /[\s,]+/;

export function toObject(doc: YamlDocument, root: YamlMap): ManifestObject {
  const metadata = asMap(get(root, 'metadata'));
  const ignoreValue = str(get(metadata, 'annotations', IGNORE_ANNOTATION));
  const ignored = ignoreValue ? new Set(ignoreValue.split(IGNORE_SEPARATORS).filter(Boolean)) : NOTHING_IGNORED;
  return {
    doc,
    root,
    apiVersion: str(get(root, 'apiVersion')),
    kind: str(get(root, 'kind')),
    name: str(get(metadata, 'name')),
    namespace: str(get(metadata, 'namespace')),
    ignored,
  };
}

/** Where object-wide findings go: the `kind` value, else the first key. */
export function objectAnchor(object: ManifestObject): { start: number; end: number } {
  const kindPair = pair(object.root, 'kind') ?? pair(object.root, 'apiVersion') ?? object.root.pairs[0];
  const node = kindPair?.value && kindPair.value.end > kindPair.value.start ? kindPair.value : kindPair?.key;
  return node ? { start: node.start, end: node.end } : { start: object.root.start, end: object.root.start };
}

export function isSuppressed(object: ManifestObject | undefined, rule: RuleMeta): boolean {
  if (!object || object.ignored.size === 0) return false;
  return object.ignored.has(rule.code) || rule.aliases.some((a) => object.ignored.has(a));
}

export function rangeOf(lines: LineIndex, node: { start: number; end: number }): Range {
  return lines.range(node.start, node.end);
}
