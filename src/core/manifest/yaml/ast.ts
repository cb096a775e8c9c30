/**
 * A positioned YAML tree: every key and value keeps its exact offsets in the file,
 * so a finding on `spec.replicas` lands on the value, not on the document.
 * Built from js-yaml's `listener` events (see `parse.ts`).
 */
export type Scalar = string | number | boolean | null | bigint | Date | Uint8Array | object;

interface NodeBase {
  /** Offset of the first character of the content (after anchors and tags). */
  readonly start: number;
  /** Offset just after the last character of the content. */
  readonly end: number;
}

export interface YamlScalar extends NodeBase {
  readonly type: 'scalar';
  readonly value: Scalar;
  /** `'…'` or `"…"`: a quoted `"3"` is a string even when it looks like a number. */
  readonly quoted: boolean;
}

export interface YamlPair {
  readonly key: YamlNode;
  /** The key as a string (`String(key.value)` for scalars). */
  readonly name: string;
  readonly value: YamlNode;
}

export interface YamlMap extends NodeBase {
  readonly type: 'map';
  readonly pairs: readonly YamlPair[];
  readonly flow: boolean;
}

export interface YamlSeq extends NodeBase {
  readonly type: 'seq';
  readonly items: readonly YamlNode[];
  readonly flow: boolean;
}

export interface YamlAlias extends NodeBase {
  readonly type: 'alias';
  readonly name: string;
  readonly target: YamlNode | undefined;
}

export type YamlNode = YamlScalar | YamlMap | YamlSeq | YamlAlias;

/** Follows aliases (a bounded chain: an alias always points to an earlier node). */
export function resolve(node: YamlNode | undefined): Exclude<YamlNode, YamlAlias> | undefined {
  let n = node;
  for (let i = 0; n && n.type === 'alias' && i < 100; i++) n = n.target;
  return n && n.type !== 'alias' ? n : undefined;
}

export function asMap(node: YamlNode | undefined): YamlMap | undefined {
  const n = resolve(node);
  return n?.type === 'map' ? n : undefined;
}

export function asSeq(node: YamlNode | undefined): YamlSeq | undefined {
  const n = resolve(node);
  return n?.type === 'seq' ? n : undefined;
}

export function asScalar(node: YamlNode | undefined): YamlScalar | undefined {
  const n = resolve(node);
  return n?.type === 'scalar' ? n : undefined;
}

/** The last pair named `name` (YAML merge semantics aside, the last one wins). */
export function pair(map: YamlMap | undefined, name: string): YamlPair | undefined {
  if (!map) return undefined;
  for (let i = map.pairs.length - 1; i >= 0; i--) if (map.pairs[i]!.name === name) return map.pairs[i];
  return undefined;
}

export function get(node: YamlNode | undefined, ...path: Array<string | number>): YamlNode | undefined {
  let n: YamlNode | undefined = node;
  // Every rule walks paths with this: indexed loops, no intermediate objects.
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    const r: YamlNode | undefined = n && n.type === 'alias' ? resolve(n) : n;
    n = undefined;
    if (typeof step === 'number') {
      if (r?.type === 'seq') n = r.items[step];
    } else if (r?.type === 'map') {
      const ps = r.pairs;
      for (let j = ps.length - 1; j >= 0; j--) {
        if (ps[j]!.name === step) {
          n = ps[j]!.value;
          break;
        }
      }
    }
    if (!n) return undefined;
  }
  return n;
}

/** The string value of a scalar (numbers and booleans are not strings). */
export function str(node: YamlNode | undefined): string | undefined {
  const s = asScalar(node);
  return typeof s?.value === 'string' ? s.value : undefined;
}

export function items(node: YamlNode | undefined): readonly YamlNode[] {
  return asSeq(node)?.items ?? [];
}

export function pairs(node: YamlNode | undefined): readonly YamlPair[] {
  return asMap(node)?.pairs ?? [];
}
