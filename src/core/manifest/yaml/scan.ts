/**
 * A fast front end for the YAML that Kubernetes manifests are made of: block mappings and
 * sequences, plain and quoted one-line scalars, one-line flow collections, block scalars
 * (`|`, `>`), comments and a leading `---`. It builds exactly the tree `parse.ts` builds from
 * js-yaml's listener events (same offsets, values, node count) in one pass over the text.
 *
 * Anything outside that subset — anchors, aliases, tags, merge keys, directives, multi-line
 * plain or quoted scalars, multi-line flow collections, explicit keys, empty sequence items,
 * duplicate keys, tabs, CRs, BOMs, non-printable characters, any syntax error — makes
 * `scanDocument` return `undefined` and the caller reads the document with js-yaml, so
 * messages, limits and edge cases stay js-yaml's. The differential test
 * (`test/unit/manifest/yamlScan.test.ts`) holds the two paths to the same output.
 */
import type { Scalar, YamlMap, YamlNode, YamlPair, YamlScalar, YamlSeq } from './ast';

/** Leaving the subset: the document is re-read by js-yaml. One instance, thrown without a stack. */
class Unsupported extends Error {}
const UNSUPPORTED = new Unsupported('outside the fast YAML subset');

/** Deeper than this, js-yaml decides (its own limit, with its own message, is 100). */
const MAX_DEPTH = 60;

/** Characters the scanner does not handle at all: tabs, CR, controls, BOM, surrogates, odd line breaks. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const UNHANDLED = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

export interface ScannedDocument {
  readonly root: YamlNode;
  /** Nodes js-yaml's listener would have opened for this document (the file's node budget). */
  readonly nodes: number;
}

/** Plain scalars of at most this many characters are resolved once per file. */
const SHORT_PLAIN = 24;
/** At most this many distinct short plain scalars are kept per file. */
const MAX_PLAIN_VALUES = 20_000;

/**
 * Short plain scalars (keys, `TCP`, `80`, `Always`) already resolved in one file, looked up by
 * the characters of the text itself: a hit costs no string, and the first string read is the one
 * every later occurrence shares. An open-addressing table (linear probing, kept under half full).
 */
export class PlainValues {
  private keys: Array<string | undefined> = new Array<string | undefined>(256).fill(undefined);
  private values: Scalar[] = new Array<Scalar>(256).fill(null);
  private size = 0;

  /** The value of the plain scalar `s[p, end)` (`end - p <= SHORT_PLAIN`). */
  get(s: string, p: number, end: number, resolve: (plain: string) => Scalar): Scalar {
    const len = end - p;
    let h = len;
    for (let i = p; i < end; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
    const keys = this.keys;
    const mask = keys.length - 1;
    let i = h & mask;
    for (let k = keys[i]; k !== undefined; k = keys[i]) {
      if (k.length === len && s.startsWith(k, p)) return this.values[i]!;
      i = (i + 1) & mask;
    }
    const raw = s.slice(p, end);
    const value = resolve(raw);
    if (this.size < MAX_PLAIN_VALUES) {
      keys[i] = raw;
      this.values[i] = value;
      if (++this.size * 2 > keys.length) this.grow();
    }
    return value;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const n = oldKeys.length * 2;
    const mask = n - 1;
    const keys = new Array<string | undefined>(n).fill(undefined);
    const values = new Array<Scalar>(n).fill(null);
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k === undefined) continue;
      let h = k.length;
      for (let c = 0; c < k.length; c++) h = (Math.imul(h, 31) + k.charCodeAt(c)) | 0;
      let i = h & mask;
      while (keys[i] !== undefined) i = (i + 1) & mask;
      keys[i] = k;
      values[i] = oldValues[j]!;
    }
    this.keys = keys;
    this.values = values;
  }
}

/** Reads `text[start, end)` as one document, or `undefined` when it leaves the subset. */
export function scanDocument(
  text: string,
  start: number,
  end: number,
  resolve: (plain: string) => Scalar,
  /** Plain scalars already resolved in this file (share one table across a file's documents). */
  cache: PlainValues = new PlainValues(),
): ScannedDocument | undefined {
  const source = text.slice(start, end);
  if (UNHANDLED.test(source)) return undefined;
  // A document end (`...`) or a second start (`---`) at a line start: js-yaml's business.
  if (source.startsWith('...') || source.includes('\n...') || source.includes('\n---')) return undefined;
  // What js-yaml reads: a final line break is added when missing; `\0` ends the input.
  const last = source.charCodeAt(source.length - 1);
  const input = last === 10 ? `${source}\0` : `${source}\n\0`;
  try {
    const scanner = new Scanner(input, source.length, start, resolve, cache);
    const root = scanner.document();
    return { root, nodes: scanner.nodes };
  } catch {
    // `UNSUPPORTED`, or anything unforeseen: js-yaml is the reference either way.
    return undefined;
  }
}

function isSeqEntry(s: string, p: number): boolean {
  if (s.charCodeAt(p) !== 45 /* - */) return false;
  const n = s.charCodeAt(p + 1);
  return n === 32 || n === 10 || n === 0;
}

/** `, [ ] { }` */
function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}

/** Can a plain scalar start here (js-yaml's `readPlainScalar` preamble)? */
function plainStart(s: string, p: number, flow: boolean): boolean {
  const c = s.charCodeAt(p);
  switch (c) {
    case 32:
    case 10:
    case 0:
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 35: // #
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 39: // '
    case 34: // "
    case 37: // %
    case 64: // @
    case 96: // `
      return false;
    case 63: // ?
    case 45: // -
    case 58: {
      // `:` alone is not a scalar either (js-yaml reads nothing and fails later).
      const n = s.charCodeAt(p + 1);
      return !(n === 32 || n === 10 || n === 0 || (flow && isFlowIndicator(n)));
    }
    default:
      return true;
  }
}

class Scanner {
  /** Listener opens js-yaml would make for this document. */
  nodes = 0;
  /** Position after the last quoted scalar or flow collection read. */
  private pos = 0;
  /** The token after the node just read (spaces, comments and line breaks skipped). */
  private next = 0;
  private depth = 0;
  /**
   * Pairs and items of the collections being read, on one stack each: a finished collection
   * copies its own into an array of exactly its size (the tree is kept while it is linted).
   */
  private readonly pairStack: YamlPair[] = [];
  private readonly itemStack: YamlNode[] = [];

  constructor(
    private readonly s: string,
    /** Length of the document's own text (offsets past it are never trimmed as space). */
    private readonly len: number,
    private readonly base: number,
    private readonly resolve: (plain: string) => Scalar,
    private readonly cache: PlainValues,
  ) {}

  document(): YamlNode {
    const s = this.s;
    let p = this.skip(0);
    if (this.col(p) === 0 && s.charCodeAt(p) === 45 && s.startsWith('---', p) && (s.charCodeAt(p + 3) === 32 || s.charCodeAt(p + 3) === 10)) {
      p = this.spaces(p + 3);
      const c = s.charCodeAt(p);
      if (c !== 10 && c !== 35) throw UNSUPPORTED; // content on the `---` line
      p = this.skip(p);
    }
    if (s.charCodeAt(p) === 0) throw UNSUPPORTED; // an empty document
    this.nodes++;
    const indent = this.col(p);
    const root = isSeqEntry(s, p) ? this.blockSeq(p, indent) : this.blockMap(p, indent);
    if (s.charCodeAt(this.next) !== 0) throw UNSUPPORTED; // content after the root (a js-yaml error)
    return root;
  }

  /** js-yaml's `skipSeparationSpace(…, true)`: spaces, comments, line breaks. */
  private skip(p: number): number {
    const s = this.s;
    for (;;) {
      let c = s.charCodeAt(p);
      while (c === 32) c = s.charCodeAt(++p);
      if (c === 35) {
        do c = s.charCodeAt(++p);
        while (c !== 10 && c !== 0);
      }
      if (c !== 10) return p;
      p++;
    }
  }

  private spaces(p: number): number {
    while (this.s.charCodeAt(p) === 32) p++;
    return p;
  }

  private col(p: number): number {
    return p === 0 ? 0 : p - (this.s.lastIndexOf('\n', p - 1) + 1);
  }

  /** Where a collection ends: before the space and line breaks that precede `close`. */
  private trimBack(from: number, close: number): number {
    const s = this.s;
    let e = close;
    while (e > from && e - 1 < this.len) {
      const c = s.charCodeAt(e - 1);
      if (c !== 32 && c !== 10) break;
      e--;
    }
    return e;
  }

  /** After a one-line value: only spaces and a comment may follow on its line. */
  private endLine(p: number): void {
    p = this.spaces(p);
    const c = this.s.charCodeAt(p);
    if (c !== 10 && c !== 35 && c !== 0) throw UNSUPPORTED;
    this.next = this.skip(p);
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw UNSUPPORTED;
  }

  /**
   * The value of the plain scalar `s[p, end)`. Short ones (keys, `TCP`, `80`, `Always`) are
   * resolved once per file and the first string kept: fewer strings outlive the scan.
   */
  private plain(p: number, end: number): Scalar {
    if (end - p > SHORT_PLAIN) return this.resolve(this.s.slice(p, end));
    return this.cache.get(this.s, p, end, this.resolve);
  }

  private scalar(start: number, end: number, value: Scalar, quoted: boolean): YamlScalar {
    return { type: 'scalar', start: this.base + start, end: this.base + end, value, quoted };
  }

  private blockMap(first: number, indent: number): YamlMap {
    this.enter();
    const s = this.s;
    const stack = this.pairStack;
    const from = stack.length;
    let names: Set<string> | undefined;
    let p = first;
    for (;;) {
      // The key, then `:` and a space or line break.
      this.nodes++;
      let key: YamlScalar;
      let q: number;
      const c = s.charCodeAt(p);
      if (c === 34 || c === 39) {
        key = this.quoted(p);
        q = this.spaces(this.pos);
      } else {
        if (!plainStart(s, p, false)) throw UNSUPPORTED;
        let e = p;
        let end = p;
        for (;;) {
          const ch = s.charCodeAt(e);
          if (ch === 58) {
            const n = s.charCodeAt(e + 1);
            if (n === 32 || n === 10 || n === 0) break;
          } else if (ch === 10 || ch === 0 || (ch === 35 && s.charCodeAt(e - 1) === 32)) {
            throw UNSUPPORTED; // no `:` on this line: not a key
          }
          if (ch !== 32) end = e + 1;
          e++;
        }
        if (end - p === 2 && s.charCodeAt(p) === 60 && s.charCodeAt(p + 1) === 60) throw UNSUPPORTED; // `<<`: a merge key
        key = this.scalar(p, end, this.plain(p, end), false);
        q = e;
      }
      if (s.charCodeAt(q) !== 58) throw UNSUPPORTED;
      const n = s.charCodeAt(q + 1);
      if (n !== 32 && n !== 10 && n !== 0) throw UNSUPPORTED;
      const name = String(key.value);
      if (names) {
        if (names.has(name)) throw UNSUPPORTED; // duplicated mapping key: js-yaml's error
        names.add(name);
      } else {
        for (let i = from; i < stack.length; i++) if (stack[i]!.name === name) throw UNSUPPORTED;
        if (stack.length - from >= 16) {
          names = new Set([name]);
          for (let i = from; i < stack.length; i++) names.add(stack[i]!.name);
        }
      }
      const value = this.mapValue(q + 1, indent);
      stack.push({ key, name, value });
      const t = this.next;
      if (s.charCodeAt(t) === 0) break;
      const col = this.col(t);
      if (col < indent) break;
      if (col > indent) throw UNSUPPORTED; // bad indentation
      p = t;
    }
    this.depth--;
    const pairs = stack.slice(from);
    stack.length = from;
    return { type: 'map', start: this.base + first, end: this.base + this.trimBack(first, this.next), pairs, flow: false };
  }

  /** The value of a block mapping pair; `p` is just after the `:`. */
  private mapValue(p: number, indent: number): YamlNode {
    const s = this.s;
    this.nodes++;
    const q = this.spaces(p);
    const c = s.charCodeAt(q);
    if (c === 10 || c === 35 || c === 0) {
      // Nothing more on this line: a nested block collection, or an empty value.
      const t = this.skip(q);
      if (s.charCodeAt(t) !== 0) {
        const col = this.col(t);
        if (col > indent) return isSeqEntry(s, t) ? this.blockSeq(t, col) : this.blockMap(t, col);
        if (col === indent && isSeqEntry(s, t)) return this.blockSeq(t, col);
      }
      this.next = t;
      return this.scalar(p, p, null, false);
    }
    switch (c) {
      case 124: // |
      case 62: // >
        return this.blockScalar(q, indent + 1);
      case 34:
      case 39: {
        const node = this.quoted(q);
        this.endLine(this.pos);
        return node;
      }
      case 91:
      case 123: {
        const node = this.flow(q);
        this.endLine(this.pos);
        return node;
      }
      default:
        if (!plainStart(s, q, false)) throw UNSUPPORTED;
        return this.plainBlock(q, indent);
    }
  }

  private blockSeq(first: number, indent: number): YamlSeq {
    this.enter();
    const s = this.s;
    const stack = this.itemStack;
    const from = stack.length;
    let p = first;
    for (;;) {
      const r = this.spaces(p + 1);
      const c = s.charCodeAt(r);
      if (c === 10 || c === 35 || c === 0) throw UNSUPPORTED; // empty item, or its content on a later line
      this.nodes++;
      const item = this.seqItem(r, indent);
      stack.push(item);
      const t = this.next;
      if (s.charCodeAt(t) === 0) break;
      const col = this.col(t);
      if (col < indent) break;
      if (col > indent) throw UNSUPPORTED; // bad indentation of a sequence entry
      if (!isSeqEntry(s, t)) break; // the mapping at the same indentation goes on
      p = t;
    }
    this.depth--;
    const items = stack.slice(from);
    stack.length = from;
    return { type: 'seq', start: this.base + first, end: this.base + this.trimBack(first, this.next), items, flow: false };
  }

  /**
   * One sequence item starting at `p`. A compact mapping or sequence is one listener node;
   * anything else is two: js-yaml first tries it as the key of a compact mapping.
   */
  private seqItem(p: number, seqIndent: number): YamlNode {
    const s = this.s;
    const c = s.charCodeAt(p);
    if (isSeqEntry(s, p)) return this.blockSeq(p, this.col(p));
    switch (c) {
      case 124:
      case 62:
        this.nodes++;
        return this.blockScalar(p, seqIndent + 1);
      case 91:
      case 123: {
        this.nodes++;
        const node = this.flow(p);
        const q = this.spaces(this.pos);
        if (s.charCodeAt(q) === 58) throw UNSUPPORTED; // a flow collection as a key
        this.endLine(q);
        return node;
      }
      case 34:
      case 39: {
        this.quoted(p);
        const q = this.spaces(this.pos);
        if (s.charCodeAt(q) === 58) return this.blockMap(p, this.col(p));
        this.nodes++;
        const node = this.quoted(p);
        this.endLine(q);
        return node;
      }
      default:
        if (!plainStart(s, p, false)) throw UNSUPPORTED;
        if (this.isPlainKey(p)) return this.blockMap(p, this.col(p));
        this.nodes++;
        return this.plainBlock(p, seqIndent);
    }
  }

  /** Does the plain scalar at `p` end with `: ` on its line (a compact mapping's key)? */
  private isPlainKey(p: number): boolean {
    const s = this.s;
    for (let e = p; ; e++) {
      const ch = s.charCodeAt(e);
      if (ch === 58) {
        const n = s.charCodeAt(e + 1);
        if (n === 32 || n === 10 || n === 0) return true;
      } else if (ch === 10 || ch === 0 || (ch === 35 && s.charCodeAt(e - 1) === 32)) {
        return false;
      }
    }
  }

  /**
   * A one-line plain scalar in block context. `indent` is its container's: a following line
   * indented deeper would continue the scalar (a multi-line scalar: js-yaml's business).
   */
  private plainBlock(p: number, indent: number): YamlScalar {
    const s = this.s;
    let e = p;
    let end = p;
    let comment = false;
    for (;;) {
      const ch = s.charCodeAt(e);
      if (ch === 58) {
        const n = s.charCodeAt(e + 1);
        if (n === 32 || n === 10 || n === 0) throw UNSUPPORTED; // `a: b: c`
      } else if (ch === 10 || ch === 0) {
        break;
      } else if (ch === 35 && s.charCodeAt(e - 1) === 32) {
        comment = true;
        break;
      }
      if (ch !== 32) end = e + 1;
      e++;
    }
    if (!comment && s.charCodeAt(e) === 10) {
      // The next line with anything but spaces: deeper content continues this scalar.
      let q = e;
      let lineStart = e + 1;
      for (;;) {
        const ch = s.charCodeAt(q);
        if (ch === 10) lineStart = q + 1;
        else if (ch !== 32) break;
        q++;
      }
      const ch = s.charCodeAt(q);
      if (ch !== 0 && ch !== 35 && q - lineStart > indent) throw UNSUPPORTED;
    }
    const node = this.scalar(p, end, this.plain(p, end), false);
    this.next = this.skip(e);
    return node;
  }

  /** A one-line quoted scalar at `p`; sets `pos` after its closing quote. */
  private quoted(p: number): YamlScalar {
    const s = this.s;
    const q = s.charCodeAt(p);
    let e = p + 1;
    let value = '';
    let from = e;
    for (;;) {
      const ch = s.charCodeAt(e);
      if (ch === q) {
        if (q === 39 && s.charCodeAt(e + 1) === 39) {
          value += s.slice(from, e + 1); // `''` is one quote
          e += 2;
          from = e;
          continue;
        }
        value += s.slice(from, e);
        e++;
        break;
      }
      if (ch === 10 || ch === 0 || (ch === 92 /* \ */ && q === 34)) throw UNSUPPORTED; // multi-line, or escapes
      e++;
    }
    this.pos = e;
    return this.scalar(p, e, value, true);
  }

  /** A one-line flow collection at `p`; sets `pos` after its closing bracket. */
  private flow(p: number): YamlMap | YamlSeq {
    this.enter();
    const s = this.s;
    const isMap = s.charCodeAt(p) === 123;
    const close = isMap ? 125 : 93;
    const pairs: YamlPair[] = [];
    const items: YamlNode[] = [];
    let q = p + 1;
    let readNext = true;
    for (;;) {
      q = this.spaces(q);
      let c = s.charCodeAt(q);
      if (c === close) {
        q++;
        break;
      }
      if (!readNext || c === 44 || c === 10 || c === 35 || c === 0) throw UNSUPPORTED;
      this.nodes++;
      const key = this.flowNode(q);
      q = this.spaces(this.pos);
      if (s.charCodeAt(q) === 58) {
        if (!isMap || key.type !== 'scalar') throw UNSUPPORTED;
        q = this.spaces(q + 1);
        c = s.charCodeAt(q);
        if (c === 44 || c === close || c === 10 || c === 35 || c === 0) throw UNSUPPORTED; // empty value
        this.nodes++;
        const value = this.flowNode(q);
        q = this.spaces(this.pos);
        const name = String(key.value);
        if ((!key.quoted && name === '<<') || pairs.some((pr) => pr.name === name)) throw UNSUPPORTED;
        pairs.push({ key, name, value });
      } else if (isMap) {
        throw UNSUPPORTED; // a key without a value
      } else {
        items.push(key);
      }
      if (s.charCodeAt(q) === 44) {
        readNext = true;
        q++;
      } else {
        readNext = false;
      }
    }
    this.depth--;
    this.pos = q;
    const start = this.base + p;
    const end = this.base + q;
    return isMap ? { type: 'map', start, end, pairs, flow: true } : { type: 'seq', start, end, items, flow: true };
  }

  private flowNode(p: number): YamlNode {
    const s = this.s;
    const c = s.charCodeAt(p);
    if (c === 34 || c === 39) return this.quoted(p);
    if (c === 91 || c === 123) return this.flow(p);
    if (!plainStart(s, p, true)) throw UNSUPPORTED;
    let e = p;
    let end = p;
    for (;;) {
      const ch = s.charCodeAt(e);
      if (ch === 58) {
        const n = s.charCodeAt(e + 1);
        if (n === 32 || n === 10 || n === 0 || isFlowIndicator(n)) break;
      } else if (isFlowIndicator(ch) || (ch === 35 && s.charCodeAt(e - 1) === 32)) {
        break;
      } else if (ch === 10 || ch === 0) {
        throw UNSUPPORTED; // a multi-line flow collection
      }
      if (ch !== 32) end = e + 1;
      e++;
    }
    this.pos = e;
    return this.scalar(p, end, this.plain(p, end), false);
  }

  /**
   * `|` or `>` at `p`: js-yaml's `readBlockScalar`, step for step (chomping, indentation
   * indicator, auto-detected indentation, folding). `nodeIndent` is the container's plus one.
   */
  private blockScalar(p: number, nodeIndent: number): YamlScalar {
    const s = this.s;
    let pos = p;
    let ch = s.charCodeAt(pos);
    const folding = ch === 62;
    let chomping = 1; // 1 clip, 2 strip, 3 keep
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let result = '';
    for (;;) {
      ch = s.charCodeAt(++pos);
      if (ch === 43 || ch === 45) {
        if (chomping !== 1) throw UNSUPPORTED;
        chomping = ch === 43 ? 3 : 2;
      } else if (ch >= 48 && ch <= 57) {
        if (ch === 48 || detectedIndent) throw UNSUPPORTED;
        textIndent = nodeIndent + (ch - 48) - 1;
        detectedIndent = true;
      } else break;
    }
    if (ch === 32) {
      do ch = s.charCodeAt(++pos);
      while (ch === 32);
      if (ch === 35) {
        do ch = s.charCodeAt(++pos);
        while (ch !== 10 && ch !== 0);
      }
    }
    while (ch !== 0) {
      if (ch !== 10) throw UNSUPPORTED; // a line break is expected
      pos++;
      let lineIndent = 0;
      ch = s.charCodeAt(pos);
      while ((!detectedIndent || lineIndent < textIndent) && ch === 32) {
        lineIndent++;
        ch = s.charCodeAt(++pos);
      }
      if (!detectedIndent && lineIndent > textIndent) textIndent = lineIndent;
      if (ch === 10) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) throw UNSUPPORTED; // missing indentation
      if (lineIndent < textIndent) {
        if (chomping === 3) result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
        else if (chomping === 1 && didReadContent) result += '\n';
        break;
      }
      if (folding) {
        if (ch === 32) {
          atMoreIndented = true;
          result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          result += '\n'.repeat(emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) result += ' ';
        } else {
          result += '\n'.repeat(emptyLines);
        }
      } else {
        result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const from = pos;
      while (ch !== 10 && ch !== 0) ch = s.charCodeAt(++pos);
      result += s.slice(from, pos);
    }
    const node = this.scalar(p, this.trimBack(p, pos), result, false);
    this.next = this.skip(pos);
    return node;
  }
}
