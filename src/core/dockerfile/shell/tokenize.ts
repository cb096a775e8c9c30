/**
 * A small POSIX shell tokenizer for `RUN` commands: words (with quotes removed),
 * control operators (`&&`, `||`, `;`, `|`, `&`, newlines), redirections and comments.
 * It never throws and works on half-typed input (an unclosed quote ends at the end).
 * Chosen over `@ericcornelissen/bash-parser` (≈3.5 ms per RUN line and throws on an
 * unclosed quote) because the linter runs on every keystroke; see docs in the report.
 */
export interface ShellWord {
  /** The word after quote removal (`"a b"` → `a b`); `$(…)` and `${…}` kept verbatim. */
  readonly value: string;
  /** Offsets into the source text given to `tokenize`. */
  readonly start: number;
  readonly end: number;
  /** True when part of the word was quoted. */
  readonly quoted: boolean;
}

export type ShellToken =
  | { readonly kind: 'word'; readonly word: ShellWord }
  | { readonly kind: 'op'; readonly op: string; readonly start: number; readonly end: number }
  | { readonly kind: 'redirect'; readonly op: string; readonly start: number; readonly end: number };

const OPERATORS = ['&&', '||', ';;', '|&', '|', ';', '&', '(', ')', '\n'];
const REDIRECTS = ['<<<', '<<-', '>>', '<<', '<&', '>&', '&>', '<>', '>|', '<', '>'];

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r';
}

/** The characters an operator or a redirection can start with. */
const OPERATOR_START = new Uint8Array(128);
for (const s of [...OPERATORS, ...REDIRECTS]) OPERATOR_START[s.charCodeAt(0)] = 1;

/** Characters a word takes as they are: not blank, quote, escape, `$`, backquote or operator start. */
const SPECIAL = new Uint8Array(128);
for (const ch of ' \t\r\n\\\'"$`') SPECIAL[ch.charCodeAt(0)] = 1;

function isPlain(c: number): boolean {
  return c >= 128 || (SPECIAL[c] === 0 && OPERATOR_START[c] === 0);
}

function startsWithAny(text: string, i: number, list: readonly string[]): string | undefined {
  // most characters start no operator: skip the 10–11 `startsWith` of the list (hot per
  // character); a table by char code (a Set of one-character strings was ~8 % of a RUN's parse)
  const c = text.charCodeAt(i);
  if (!(c < 128) || OPERATOR_START[c] === 0) return undefined;
  for (const s of list) if (text.startsWith(s, i)) return s;
  return undefined;
}

/** Skips a `$( … )`, `${ … }` or backquoted span; returns the index after it. */
function skipSubstitution(text: string, i: number): number {
  const open = text[i + 1];
  if (text[i] === '`') {
    const close = text.indexOf('`', i + 1);
    return close < 0 ? text.length : close + 1;
  }
  const closeCh = open === '(' ? ')' : '}';
  let depth = 0;
  for (let j = i + 1; j < text.length; j++) {
    const ch = text[j];
    if (ch === '\\') {
      j++;
    } else if (ch === open) {
      depth++;
    } else if (ch === closeCh) {
      depth--;
      if (depth === 0) return j + 1;
    } else if (ch === "'" && open === '(') {
      const close = text.indexOf("'", j + 1);
      j = close < 0 ? text.length : close;
    }
  }
  return text.length;
}

export function tokenize(text: string): ShellToken[] {
  const tokens: ShellToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (isBlank(ch)) {
      i++;
      continue;
    }
    if (ch === '\\' && text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (ch === '#') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl;
      continue;
    }
    const op = startsWithAny(text, i, OPERATORS);
    if (op) {
      tokens.push({ kind: 'op', op, start: i, end: i + op.length });
      i += op.length;
      continue;
    }
    const redirect = startsWithAny(text, i, REDIRECTS);
    if (redirect) {
      tokens.push({ kind: 'redirect', op: redirect, start: i, end: i + redirect.length });
      i += redirect.length;
      continue;
    }
    // A word: runs until an unquoted blank, operator or redirection.
    const start = i;
    let value = '';
    let quoted = false;
    while (i < n) {
      // a run of ordinary characters is added at once (the usual word has no quote or escape)
      let k = i;
      while (k < n && isPlain(text.charCodeAt(k))) k++;
      if (k > i) {
        value += text.slice(i, k);
        i = k;
        if (i >= n) break;
      }
      const c = text[i]!;
      if (isBlank(c) || c === '\n') break;
      if (c === '\\') {
        if (text[i + 1] === '\n') {
          i += 2;
          continue;
        }
        if (i + 1 < n) value += text[i + 1];
        i += 2;
        quoted = true;
        continue;
      }
      if (c === "'") {
        const close = text.indexOf("'", i + 1);
        const end = close < 0 ? n : close;
        value += text.slice(i + 1, end);
        i = end + 1;
        quoted = true;
        continue;
      }
      if (c === '"') {
        i++;
        while (i < n && text[i] !== '"') {
          if (text[i] === '\\' && i + 1 < n && '"\\$`\n'.includes(text[i + 1]!)) {
            if (text[i + 1] !== '\n') value += text[i + 1];
            i += 2;
          } else if ((text[i] === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) || text[i] === '`') {
            const end = skipSubstitution(text, i);
            value += text.slice(i, end);
            i = end;
          } else {
            value += text[i];
            i++;
          }
        }
        i++;
        quoted = true;
        continue;
      }
      if ((c === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) || c === '`') {
        const end = skipSubstitution(text, i);
        value += text.slice(i, end);
        i = end;
        continue;
      }
      if (startsWithAny(text, i, OPERATORS)) break;
      if ((c === '<' || c === '>') && i > start && /^\d+$/.test(value) && !quoted) {
        // `2>&1`: the digits are a file descriptor, not a word.
        value = '';
        break;
      }
      if (startsWithAny(text, i, REDIRECTS) && !(c === '<' && text[i + 1] === '(')) break;
      value += c;
      i++;
    }
    if (i > n) i = n;
    if (value !== '' || quoted) tokens.push({ kind: 'word', word: { value, start, end: Math.min(i, n), quoted } });
  }
  return tokens;
}
