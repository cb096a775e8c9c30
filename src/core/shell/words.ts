/**
 * POSIX-shell-style word splitting for the Kube Tutor terminal and simulated `RUN`
 * steps: single and double quotes, backslash escapes, `$VAR`/`${VAR}` expansion, and the
 * control operators `&&`, `||`, `;`, `|`, `>`, `>>`. No globbing, no command substitution.
 */
export type Token = { readonly word: string } | { readonly op: '&&' | '||' | ';' | '|' | '>' | '>>' | '<' | '&' };

export class ShellSyntaxError extends Error {}

export function tokenize(line: string, env: Readonly<Record<string, string>> = {}, expand = true): Token[] {
  const out: Token[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const push = (): void => {
    if (inWord) out.push({ word });
    word = '';
    inWord = false;
  };
  const variable = (): string => {
    // at line[i] === '$'
    let name = '';
    if (line[i + 1] === '{') {
      const end = line.indexOf('}', i + 2);
      if (end < 0) throw new ShellSyntaxError('bad substitution');
      name = line.slice(i + 2, end);
      i = end + 1;
      const m = /^(\w+)(:?-)(.*)$/.exec(name);
      if (m) {
        const v = env[m[1]!];
        return v === undefined || (m[2] === ':-' && v === '') ? m[3]! : v;
      }
      return env[name] ?? '';
    }
    const m = /^[A-Za-z_]\w*|^[0-9?$#]/.exec(line.slice(i + 1));
    if (!m) {
      i++;
      return '$';
    }
    name = m[0];
    i += 1 + name.length;
    return env[name] ?? '';
  };
  while (i < line.length) {
    const c = line[i]!;
    if (c === '\\') {
      if (line[i + 1] === '\n') {
        i += 2;
        continue;
      }
      word += line[i + 1] ?? '';
      inWord = true;
      i += 2;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError('unexpected EOF while looking for matching `\'\'');
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      inWord = true;
      i++;
      for (;;) {
        if (i >= line.length) throw new ShellSyntaxError('unexpected EOF while looking for matching `"\'');
        const d = line[i]!;
        if (d === '"') {
          i++;
          break;
        }
        if (d === '\\' && '"\\$`'.includes(line[i + 1] ?? '')) {
          word += line[i + 1];
          i += 2;
        } else if (d === '$' && expand) {
          word += variable();
        } else {
          word += d;
          i++;
        }
      }
    } else if (c === '$' && expand) {
      word += variable();
      inWord = true;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      push();
      i++;
    } else if (c === '#' && !inWord) {
      break;
    } else if ('&|;><'.includes(c)) {
      push();
      const two = line.slice(i, i + 2);
      if (two === '&&' || two === '||' || two === '>>') {
        out.push({ op: two });
        i += 2;
      } else {
        out.push({ op: c as ';' });
        i++;
      }
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  push();
  return out;
}

export interface SimpleCommand {
  readonly argv: string[];
  /** `> file` / `>> file`. */
  readonly redirect?: { readonly append: boolean; readonly file: string };
  /** Operator joining this command to the next one. */
  readonly next?: '&&' | '||' | ';' | '|' | '&';
}

/** Splits tokens into simple commands joined by operators. */
export function commands(tokens: readonly Token[]): SimpleCommand[] {
  const out: SimpleCommand[] = [];
  let argv: string[] = [];
  let redirect: SimpleCommand['redirect'];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ('word' in t) {
      argv.push(t.word);
      continue;
    }
    if (t.op === '>' || t.op === '>>' || t.op === '<') {
      const target = tokens[i + 1];
      if (!target || !('word' in target)) throw new ShellSyntaxError(`syntax error near unexpected token \`newline'`);
      if (t.op !== '<') redirect = { append: t.op === '>>', file: target.word };
      i++;
      continue;
    }
    if (!argv.length) throw new ShellSyntaxError(`syntax error near unexpected token \`${t.op}'`);
    out.push({ argv, ...(redirect ? { redirect } : {}), next: t.op });
    argv = [];
    redirect = undefined;
  }
  if (argv.length) out.push({ argv, ...(redirect ? { redirect } : {}) });
  return out;
}

/** Quotes an argument for a POSIX shell line when it needs it. */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
