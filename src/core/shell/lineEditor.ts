/**
 * Line discipline for the Kube Tutor Pseudoterminal (VS Code gives raw keystrokes):
 * insert/delete at the cursor, arrows, Home/End, history (up/down), Ctrl+A/E/U/K/W/L/C,
 * masked input for passwords. Pure: it turns input data into edits and terminal output
 * (ANSI, `\r\n`), and reports submitted lines. The extension wires it to a Shell.
 */
export type EditorEvent = { readonly kind: 'line'; readonly text: string } | { readonly kind: 'interrupt' } | { readonly kind: 'clear' } | { readonly kind: 'eof' };

export class LineEditor {
  private buffer = '';
  private cursor = 0;
  private readonly history: string[] = [];
  private historyIndex = 0;
  private draft = '';
  /** Mask input (password prompts): nothing is echoed and the line is not kept in history. */
  secret = false;

  constructor(private readonly maxHistory = 500) {}

  get line(): string {
    return this.buffer;
  }

  /** Handles raw input; returns what to write to the terminal and the events it produced. */
  feed(data: string): { output: string; events: EditorEvent[] } {
    let output = '';
    const events: EditorEvent[] = [];
    let i = 0;
    while (i < data.length) {
      const rest = data.slice(i);
      // eslint-disable-next-line no-control-regex -- terminal escape sequences start with ESC
      const esc = /^\x1b(?:\[(?:\d+(?:;\d+)?)?[A-Za-z~]|O[A-Za-z])/.exec(rest);
      if (esc) {
        output += this.escape(esc[0]);
        i += esc[0].length;
        continue;
      }
      const c = data[i]!;
      i++;
      switch (c) {
        case '\r':
        case '\n': {
          if (c === '\n' && data[i - 2] === '\r') break;
          const text = this.buffer;
          output += '\r\n';
          if (!this.secret && text.trim() && this.history[this.history.length - 1] !== text) {
            this.history.push(text);
            if (this.history.length > this.maxHistory) this.history.shift();
          }
          this.historyIndex = this.history.length;
          this.buffer = '';
          this.cursor = 0;
          this.draft = '';
          events.push({ kind: 'line', text });
          break;
        }
        case '\x7f':
        case '\b':
          if (this.cursor > 0) {
            this.buffer = this.buffer.slice(0, this.cursor - 1) + this.buffer.slice(this.cursor);
            this.cursor--;
            output += this.secret ? '' : `\b${this.tail()} \b${back(this.buffer.length - this.cursor)}`;
          }
          break;
        case '\x03':
          output += '^C\r\n';
          this.buffer = '';
          this.cursor = 0;
          events.push({ kind: 'interrupt' });
          break;
        case '\x04':
          if (!this.buffer) events.push({ kind: 'eof' });
          break;
        case '\x0c':
          events.push({ kind: 'clear' });
          break;
        case '\x01':
          output += this.moveTo(0);
          break;
        case '\x05':
          output += this.moveTo(this.buffer.length);
          break;
        case '\x15': {
          output += this.replace(this.buffer.slice(this.cursor), 0);
          break;
        }
        case '\x0b':
          output += this.replace(this.buffer.slice(0, this.cursor), this.cursor);
          break;
        case '\x17': {
          const before = this.buffer.slice(0, this.cursor).replace(/\S+\s*$/, '');
          output += this.replace(before + this.buffer.slice(this.cursor), before.length);
          break;
        }
        default:
          if (c >= ' ' || c === '\t') {
            const ch = c === '\t' ? ' ' : c;
            this.buffer = this.buffer.slice(0, this.cursor) + ch + this.buffer.slice(this.cursor);
            this.cursor++;
            output += this.secret ? '' : `${ch}${this.tail()}${back(this.buffer.length - this.cursor)}`;
          }
      }
    }
    return { output, events };
  }

  private tail(): string {
    return this.buffer.slice(this.cursor);
  }

  private moveTo(pos: number): string {
    if (this.secret) {
      this.cursor = pos;
      return '';
    }
    const delta = pos - this.cursor;
    this.cursor = pos;
    return delta > 0 ? `\x1b[${delta}C` : delta < 0 ? `\x1b[${-delta}D` : '';
  }

  /** Replaces the whole line, redrawing it; cursor ends at `cursor`. */
  private replace(text: string, cursor: number): string {
    if (this.secret) {
      this.buffer = text;
      this.cursor = cursor;
      return '';
    }
    const out = `${this.moveTo(0)}\x1b[K${text}${back(text.length - cursor)}`;
    this.buffer = text;
    this.cursor = cursor;
    return out;
  }

  private escape(seq: string): string {
    switch (seq) {
      case '\x1b[A':
      case '\x1bOA':
        if (this.secret || this.historyIndex === 0) return '';
        if (this.historyIndex === this.history.length) this.draft = this.buffer;
        this.historyIndex--;
        return this.replace(this.history[this.historyIndex]!, this.history[this.historyIndex]!.length);
      case '\x1b[B':
      case '\x1bOB': {
        if (this.secret || this.historyIndex >= this.history.length) return '';
        this.historyIndex++;
        const text = this.historyIndex === this.history.length ? this.draft : this.history[this.historyIndex]!;
        return this.replace(text, text.length);
      }
      case '\x1b[C':
      case '\x1bOC':
        return this.cursor < this.buffer.length ? this.moveTo(this.cursor + 1) : '';
      case '\x1b[D':
      case '\x1bOD':
        return this.cursor > 0 ? this.moveTo(this.cursor - 1) : '';
      case '\x1b[H':
      case '\x1bOH':
      case '\x1b[1~':
        return this.moveTo(0);
      case '\x1b[F':
      case '\x1bOF':
      case '\x1b[4~':
        return this.moveTo(this.buffer.length);
      case '\x1b[3~':
        if (this.cursor < this.buffer.length) {
          this.buffer = this.buffer.slice(0, this.cursor) + this.buffer.slice(this.cursor + 1);
          return this.secret ? '' : `${this.tail()} \b${back(this.buffer.length - this.cursor)}`;
        }
        return '';
      default:
        return '';
    }
  }
}

function back(n: number): string {
  return n > 0 ? `\x1b[${n}D` : '';
}

/** Terminal output wants CRLF; core code writes `\n`. */
export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
