import type { Position, Range } from '../../diagnostic';

/** Offset ↔ line/character for one text, by binary search over line starts. */
export class LineIndex {
  /**
   * Offsets of the line starts, in `starts[0, count)`. A typed array: its storage is outside
   * the JavaScript heap, so a large file's index is never copied by the garbage collector.
   */
  private starts: Uint32Array;
  private count = 1;

  constructor(readonly text: string) {
    this.starts = new Uint32Array(Math.max(16, (text.length >> 5) + 1));
    if (text.includes('\r')) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) this.add(i + 1);
        else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.add(i + 1);
      }
    } else {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.add(i + 1);
    }
  }

  private add(start: number): void {
    if (this.count === this.starts.length) {
      const grown = new Uint32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.count++] = start;
  }

  get lineCount(): number {
    return this.count;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  offset(position: Position): number {
    const start = this.starts[Math.min(position.line, this.count - 1)] ?? 0;
    return Math.min(start + position.character, this.text.length);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.count - 1))]!;
  }

  /** End of the line's content (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.count ? this.starts[line + 1]! : this.text.length;
    let e = next;
    while (e > this.lineStart(line) && (this.text[e - 1] === '\n' || this.text[e - 1] === '\r')) e--;
    return e;
  }
}
