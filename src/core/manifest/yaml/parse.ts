import * as jsyaml from 'js-yaml';
import { CORE_SCHEMA, load, YAMLException, type LoadOptions, type Type } from 'js-yaml';

/**
 * YAML 1.2 core schema plus merge keys (`<<: *base`). No implicit timestamps or binary:
 * Kubernetes reads `2024-01-01` as a string, and resolving them costs time on every scalar.
 */
const SCHEMA = CORE_SCHEMA.extend({ implicit: [(jsyaml as unknown as { types: { merge: Type } }).types.merge] });
import type { Scalar, YamlAlias, YamlMap, YamlNode, YamlPair, YamlScalar, YamlSeq } from './ast';
import { LineIndex } from './lines';
import { PlainValues, scanDocument } from './scan';

/** js-yaml's implicit types of SCHEMA (null, bool, int, float, merge), in its order. */
const IMPLICIT = (SCHEMA as unknown as { compiledImplicit: readonly Type[] }).compiledImplicit;

/**
 * A plain scalar's value, as js-yaml resolves it. Only `~ n N t T f F + - . < 0-9` can start
 * a null, bool, int, float or merge key, so other scalars skip the resolvers.
 */
export function resolvePlain(plain: string): Scalar {
  const c = plain.charCodeAt(0);
  const candidate = (c >= 48 && c <= 57) || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || c === 43 || c === 45 || c === 46 || c === 60;
  if (!candidate) return plain;
  for (const type of IMPLICIT) if (type.resolve(plain)) return type.construct(plain) as Scalar;
  return plain;
}

/**
 * The fast front end (`scan.ts`) reads documents in the manifest subset of YAML; js-yaml reads
 * the rest. Off only in the differential tests and the benchmark, which compare both paths.
 */
let fastPath = true;
export function setFastPath(enabled: boolean): void {
  fastPath = enabled;
}

/**
 * Limits that keep validation under a second on any input (billion laughs, deep
 * nesting, huge files). The Kubernetes API server refuses requests over 3 MiB.
 */
export const YAML_LIMITS = {
  maxChars: 4 * 1024 * 1024,
  maxDepth: 100,
  /** Nodes of one document once every alias is expanded. */
  maxExpandedNodes: 200_000,
  /** Nodes of the whole file: ~3× the 1 MB, 2,000-resource benchmark stream (~70,000). */
  maxNodes: 200_000,
  /** Keys copied by `<<` merges (js-yaml's own guard). */
  maxMergeKeys: 10_000,
} as const;

export type YamlProblemKind = 'syntax' | 'size' | 'depth' | 'aliases' | 'merges' | 'nodes';

export interface YamlProblem {
  readonly kind: YamlProblemKind;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** Extra detail for the message (the limit that was crossed). */
  readonly limit?: number;
}

export interface YamlDocument {
  /** Zero-based index among the file's documents. */
  readonly index: number;
  /** Offsets of the document's text, `---` line included. */
  readonly start: number;
  readonly end: number;
  /** `undefined` for an empty document or one that failed to parse. */
  readonly root: YamlNode | undefined;
  readonly problem?: YamlProblem;
}

export interface ParsedYaml {
  readonly text: string;
  readonly lines: LineIndex;
  readonly documents: readonly YamlDocument[];
}

export interface Chunk {
  readonly start: number;
  readonly end: number;
}

const DOC_START = /^---(?=[ \t\r\n]|$)/;
const DOC_END = /^\.\.\.(?=[ \t\r\n]|$)/;

/**
 * Splits a stream into documents at `---` and after `...` lines. Both markers are only
 * markers at column 0 and are forbidden inside scalars (YAML 1.2 §9.1.4 "c-forbidden"),
 * so a split here is where any YAML parser would split; a syntax error in one document
 * then never hides the others. `%` directive lines stay with the document they precede.
 */
export function splitDocuments(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  const push = (start: number, end: number): void => {
    if (/\S/.test(text.slice(start, end))) chunks.push({ start, end });
  };
  let chunkStart = 0;
  let directiveStart = -1;
  let pos = 0;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const c = text.charCodeAt(pos);
    if (c === 45 /* - */ && DOC_START.test(text.slice(pos, pos + 4))) {
      const cut = directiveStart >= 0 ? directiveStart : pos;
      if (cut > chunkStart) push(chunkStart, cut);
      chunkStart = cut;
      directiveStart = -1;
    } else if (c === 46 /* . */ && DOC_END.test(text.slice(pos, pos + 4))) {
      push(chunkStart, eol);
      chunkStart = eol;
      directiveStart = -1;
    } else if (c === 37 /* % */) {
      if (directiveStart < 0) directiveStart = pos;
    } else if (directiveStart >= 0 && !(c === 35 || c === 10 || c === 13 || Number.isNaN(c))) {
      directiveStart = -1;
    }
    pos = eol + 1;
  }
  push(chunkStart, text.length);
  if (chunks.length === 0) chunks.push({ start: 0, end: text.length });
  return chunks;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff;
}

interface Frame {
  readonly open: number;
  readonly children: YamlNode[];
}

interface Sizes {
  aliases: number;
  firstAlias?: YamlAlias;
}

/** Thrown from the listener to stop js-yaml when the file's node budget is spent. */
class NodeBudgetExceeded extends Error {
  constructor(readonly position: number) {
    super('node budget exceeded');
  }
}

/** Nodes left for the rest of the file, shared by its documents. */
export interface Budget {
  nodes: number;
}

class TreeBuilder {
  private readonly stack: Frame[] = [];
  private readonly anchors = new Map<string, YamlNode>();
  /** What js-yaml built for each collection node (to recognise its pass-through wrappers). */
  private readonly results = new WeakMap<YamlNode, unknown>();
  root: YamlNode | undefined;
  readonly sizes: Sizes = { aliases: 0 };

  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly budget: Budget,
  ) {}

  readonly listener = (event: 'open' | 'close', state: { position: number; kind: string | null; result: unknown }): void => {
    if (event === 'open') {
      if (--this.budget.nodes < 0) throw new NodeBudgetExceeded(state.position);
      this.stack.push({ open: state.position, children: [] });
      return;
    }
    const frame = this.stack.pop();
    if (!frame) return;
    const node = this.build(frame, state.position, state.kind, state.result);
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(node);
    else this.root = node;
  };

  private build(frame: Frame, close: number, kind: string | null, result: unknown): YamlNode {
    // A flow collection at the top of a document (`{"kind": "Pod", …}`, i.e. JSON) is read by
    // js-yaml as a tentative block-mapping key that turns out to be the whole value: the outer
    // node reports the inner one's result. It is the same node, not a map holding a map.
    const only = frame.children.length === 1 ? frame.children[0]! : undefined;
    if (only && (kind === 'mapping' || kind === 'sequence') && result !== null && typeof result === 'object' && this.results.get(only) === result) return only;
    const node = this.buildNode(frame, close, kind, result);
    if (kind === 'mapping' || kind === 'sequence') this.results.set(node, result);
    return node;
  }

  private buildNode(frame: Frame, close: number, kind: string | null, result: unknown): YamlNode {
    const t = this.text;
    // Skip separation space, comments, then node properties (`&anchor`, `!tag`).
    let s = frame.open;
    let anchor: string | undefined;
    for (;;) {
      while (s < close && isSpace(t.charCodeAt(s))) s++;
      const c = t[s];
      if (c === '#' && (s === 0 || isSpace(t.charCodeAt(s - 1)))) {
        while (s < close && t[s] !== '\n') s++;
      } else if ((c === '&' || c === '!') && s < close && kind !== null) {
        let e = s + 1;
        while (e < close && !isSpace(t.charCodeAt(e))) e++;
        if (c === '&') anchor = t.slice(s + 1, e);
        s = e;
      } else break;
    }
    let e = close;
    while (e > s && isSpace(t.charCodeAt(e - 1))) e--;
    const start = this.base + s;
    const end = this.base + e;
    let node: YamlNode;
    if (kind === 'mapping') {
      const pairs: YamlPair[] = [];
      const ch = frame.children;
      for (let i = 0; i + 1 < ch.length; i += 2) {
        const key = ch[i]!;
        const value = ch[i + 1]!;
        const name = key.type === 'scalar' ? String(key.value) : key.type === 'alias' ? `*${key.name}` : '';
        pairs.push({ key, name, value });
      }
      node = { type: 'map', start, end, pairs, flow: t[s] === '{' } satisfies YamlMap;
    } else if (kind === 'sequence') {
      node = { type: 'seq', start, end, items: frame.children, flow: t[s] === '[' } satisfies YamlSeq;
    } else if (t[s] === '*' && kind !== 'scalar') {
      const name = /^[^\s,[\]{}]+/.exec(t.slice(s + 1, close))?.[0] ?? '';
      const target = this.anchors.get(name);
      node = { type: 'alias', start, end: start + 1 + name.length, name, target } satisfies YamlAlias;
      this.sizes.aliases++;
      this.sizes.firstAlias ??= node;
    } else if (s >= close || (result === null && kind === null)) {
      // An empty value (`key:`): zero-width, where the value would be.
      const at = this.base + frame.open;
      node = { type: 'scalar', start: at, end: at, value: null, quoted: false } satisfies YamlScalar;
    } else {
      const q = t[s];
      node = { type: 'scalar', start, end, value: result as YamlScalar['value'], quoted: q === '"' || q === "'" } satisfies YamlScalar;
    }
    if (anchor) this.anchors.set(anchor, node);
    return node;
  }

}

/** Node count once every alias is expanded, memoized so a billion laughs costs O(nodes). */
export function expandedSize(root: YamlNode): number {
  const memo = new Map<YamlNode, number>();
  const size = (node: YamlNode, depth: number): number => {
    const known = memo.get(node);
    if (known !== undefined) return known;
    let n = 1;
    if (depth > YAML_LIMITS.maxDepth * 2) n = 1;
    else if (node.type === 'map') for (const p of node.pairs) n += size(p.key, depth + 1) + size(p.value, depth + 1);
    else if (node.type === 'seq') for (const i of node.items) n += size(i, depth + 1);
    else if (node.type === 'alias') n = node.target ? size(node.target, depth + 1) : 1;
    memo.set(node, n);
    return n;
  };
  return size(root, 0);
}

function problemAt(kind: YamlProblemKind, message: string, text: string, at: number, limit?: number): YamlProblem {
  let end = at;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  while (end > at && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === at && at < text.length && text[at] !== '\n') end = at + 1;
  return { kind, message, start: at, end, ...(limit !== undefined ? { limit } : {}) };
}

/** Parses one document of `text` between `chunk.start` and `chunk.end`. */
export function parseChunk(text: string, chunk: Chunk, index: number, budget: Budget, plainValues: PlainValues): YamlDocument {
  if (fastPath) {
    const scanned = scanDocument(text, chunk.start, chunk.end, resolvePlain, plainValues);
    if (scanned && scanned.nodes <= budget.nodes) {
      budget.nodes -= scanned.nodes;
      return { index, start: chunk.start, end: chunk.end, root: scanned.root };
    }
  }
  const source = text.slice(chunk.start, chunk.end);
  const builder = new TreeBuilder(source, chunk.start, budget);
  try {
    load(source, { schema: SCHEMA, listener: builder.listener, maxDepth: YAML_LIMITS.maxDepth, maxTotalMergeKeys: YAML_LIMITS.maxMergeKeys } as LoadOptions);
  } catch (error) {
    if (error instanceof NodeBudgetExceeded) {
      const at = chunk.start + Math.min(error.position, source.length);
      return { index, start: chunk.start, end: chunk.end, root: undefined, problem: problemAt('nodes', 'nodes', text, at, YAML_LIMITS.maxNodes) };
    }
    const reason = error instanceof YAMLException ? (error.reason ?? error.message) : error instanceof RangeError ? 'nesting too deep' : String(error);
    const offset = error instanceof YAMLException ? (error.mark?.position ?? 0) : 0;
    const kind: YamlProblemKind = /maxDepth|too deep/.test(reason) ? 'depth' : /maxTotalMergeKeys/.test(reason) ? 'merges' : 'syntax';
    // "unexpected end of the stream": point at the last content, not at the next `---`.
    let at = chunk.start + Math.min(offset, source.length);
    if (offset >= source.trimEnd().length) at = chunk.start + Math.max(0, source.trimEnd().length - 1);
    return { index, start: chunk.start, end: chunk.end, root: undefined, problem: problemAt(kind, reason, text, at, kind === 'depth' ? YAML_LIMITS.maxDepth : kind === 'merges' ? YAML_LIMITS.maxMergeKeys : undefined) };
  }
  const root = builder.root;
  if (root && builder.sizes.aliases > 0 && expandedSize(root) > YAML_LIMITS.maxExpandedNodes) {
    const alias = builder.sizes.firstAlias!;
    return {
      index,
      start: chunk.start,
      end: chunk.end,
      root: undefined,
      problem: { kind: 'aliases', message: 'alias expansion', start: alias.start, end: alias.end, limit: YAML_LIMITS.maxExpandedNodes },
    };
  }
  return { index, start: chunk.start, end: chunk.end, root };
}

/** Parses every document of a YAML stream with exact positions. Never throws. */
export function parseYaml(text: string): ParsedYaml {
  const lines = new LineIndex(text);
  if (text.length > YAML_LIMITS.maxChars) {
    return {
      text,
      lines,
      documents: [{ index: 0, start: 0, end: text.length, root: undefined, problem: { kind: 'size', message: 'size', start: 0, end: 0, limit: YAML_LIMITS.maxChars } }],
    };
  }
  const budget: Budget = { nodes: YAML_LIMITS.maxNodes };
  const plainValues = new PlainValues();
  const documents: YamlDocument[] = [];
  const chunks = splitDocuments(text);
  for (let i = 0; i < chunks.length; i++) {
    const doc = parseChunk(text, chunks[i]!, i, budget, plainValues);
    documents.push(doc);
    if (doc.problem?.kind === 'nodes') break; // the rest of the file is not read
  }
  return { text, lines, documents };
}
