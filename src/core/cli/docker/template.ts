/**
 * The small part of Go templates people use with `--format`/`-f` on inspect:
 * `{{.NetworkSettings.IPAddress}}`, `{{json .Config}}`, `{{.State.Status}}`.
 */
export function renderTemplate(template: string, value: unknown): string {
  return template.replace(/\{\{\s*(json\s+)?\.([\w.]*)\s*\}\}/g, (_, json: string | undefined, path: string) => {
    let v: unknown = value;
    for (const key of path.split('.').filter(Boolean)) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    if (json) return JSON.stringify(v ?? null);
    if (v === undefined || v === null) return '<no value>';
    if (Array.isArray(v)) return `[${v.join(' ')}]`;
    if (typeof v === 'object') return `map[${Object.entries(v as object).map(([k, x]) => `${k}:${typeof x === 'object' ? JSON.stringify(x) : String(x)}`).join(' ')}]`;
    return String(v);
  });
}

/**
 * `--format` for list commands (cli/command/formatter/formatter.go): `\t`/`\n` escapes,
 * a `table ` prefix adds a header row and tabwriter alignment.
 */
export function formatList(format: string, rows: readonly Record<string, string>[], headers: Readonly<Record<string, string>>): string {
  let f = format.trim().replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  const isTable = f.startsWith('table');
  if (isTable) f = f.slice(5).trim();
  const render = (row: Record<string, string>): string => f.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_, k: string) => row[k] ?? '<no value>');
  if (!isTable) return rows.map((r) => `${render(r)}\n`).join('');
  const header: Record<string, string> = {};
  for (const k of Object.keys(headers)) header[k] = headers[k]!;
  const lines = [render(header), ...rows.map(render)].map((l) => l.split('\t'));
  const widths: number[] = [];
  for (const cells of lines) cells.forEach((c, i) => i < cells.length - 1 && (widths[i] = Math.max(widths[i] ?? 0, Math.max(c.length + 3, 10))));
  return lines.map((cells) => `${cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i]!) : c)).join('')}\n`).join('');
}
