/**
 * Docker's human-readable formats, ported from github.com/docker/go-units:
 * `HumanDuration` (duration.go) for "Up 5 seconds" / "3 minutes ago" and
 * `HumanSizeWithPrecision` (size.go, decimal units) for "93.7MB".
 */

/** go-units `HumanDuration`. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(ms / 3_600_000);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(ms / 3_600_000 / 24 / 365)} years`;
}

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** go-units `HumanSizeWithPrecision` (`%.*g` then the unit). */
export function humanSize(bytes: number, precision = 3): string {
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < UNITS.length - 1) {
    size /= 1000;
    i++;
  }
  return `${formatG(size, precision)}${UNITS[i]}`;
}

/** C's `%.<p>g`: `p` significant digits, trailing zeros removed. */
function formatG(value: number, precision: number): string {
  if (value === 0) return '0';
  const fixed = Number(value.toPrecision(precision));
  return String(fixed);
}

/**
 * Go's text/tabwriter as the docker CLI configures it (`tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)`):
 * every column but the last is padded to max(width + 3, 10).
 */
export function table(rows: readonly (readonly string[])[]): string {
  if (!rows.length) return '';
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? 0, Math.max(cell.length + 3, 10));
    });
  }
  return rows
    .map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]!) : cell)).join(''))
    .join('\n')
    .concat('\n');
}

/** Docker's truncated ids: 12 hex characters without the algorithm prefix. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** RFC 3339 with nanoseconds, as Docker prints timestamps in `inspect`. */
export function rfc3339Nano(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}
