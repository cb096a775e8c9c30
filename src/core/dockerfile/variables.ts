/**
 * Expansion of Dockerfile variables (`$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR:+word}`),
 * as BuildKit does it for instruction arguments. Used to judge values that come from
 * `ARG`/`ENV` instead of reporting false positives on the raw text.
 */
export type Lookup = (name: string) => string | undefined;

/** Returns the expanded text, or `undefined` when a variable without a value is used. */
export function expandVariables(text: string, lookup: Lookup, escapeChar = '\\'): string | undefined {
  let out = '';
  let unresolved = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === escapeChar && text[i + 1] === '$') {
      out += '$';
      i++;
      continue;
    }
    if (ch !== '$') {
      out += ch;
      continue;
    }
    if (text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      const body = text.slice(i + 2, close);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])(.*))?$/s.exec(body);
      if (!m) {
        unresolved = true;
      } else {
        const value = lookup(m[1]!);
        const op = m[2];
        const word = m[3] ?? '';
        const colon = body.length > m[1]!.length && body[m[1]!.length] === ':';
        const isSet = value !== undefined && (!colon || value !== '');
        if (op === '-') out += isSet ? value : word;
        else if (op === '+') out += isSet ? word : '';
        else if (value === undefined) unresolved = true;
        else out += value;
      }
      i = close;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
    if (!m) {
      out += '$';
      continue;
    }
    const value = lookup(m[0]);
    if (value === undefined) unresolved = true;
    else out += value;
    i += m[0].length;
  }
  return unresolved ? undefined : out;
}
