/**
 * Go's text/tabwriter (the column algorithm kubectl's printers and describers rely on): a
 * column's width is set per block of consecutive lines that have a cell in that column, so
 * `describe` sections align the way real kubectl's do. kubectl uses padding 3 for tables
 * (printers.GetNewTabWriter) and 2 for describe (describe.tabbedString).
 */
export function tabwrite(text: string, padding: number): string {
  const lines = text.split('\n').map((l) => l.split('\t'));
  const out: string[] = [];
  const widths: number[] = [];
  const writeLines = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const cells = lines[i]!;
      let s = '';
      for (let j = 0; j < cells.length; j++) {
        const c = cells[j]!;
        if (j < cells.length - 1 && j < widths.length) s += c.padEnd(widths[j]!);
        else s += c;
      }
      out.push(s);
    }
  };
  const format = (line0: number, line1: number) => {
    const column = widths.length;
    for (let i = line0; i < line1; i++) {
      if (column >= lines[i]!.length - 1) continue;
      writeLines(line0, i);
      line0 = i;
      let width = 0;
      for (; i < line1; i++) {
        const cells = lines[i]!;
        if (column >= cells.length - 1) break;
        width = Math.max(width, cells[column]!.length + padding);
      }
      widths.push(width);
      format(line0, i);
      widths.pop();
      line0 = i;
      i--;
    }
    writeLines(line0, line1);
  };
  format(0, lines.length);
  return out.join('\n');
}

/** A kubectl table: header + rows, padding 3, last column unpadded. */
export function table(header: readonly string[] | undefined, rows: readonly (readonly string[])[]): string {
  const all = header ? [header, ...rows] : rows;
  return tabwrite(all.map((r) => r.join('\t')).join('\n'), 3) + '\n';
}
