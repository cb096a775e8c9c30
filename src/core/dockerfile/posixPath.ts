/** The few POSIX path operations the image-path rules need (core stays free of Node built-ins). */
const NORMAL = /^(?:\/(?!\.\.?(?:\/|$))[^/]+)+$/;

export function resolve(base: string, p: string): string {
  const full = p.startsWith('/') ? p : base.endsWith('/') ? base + p : `${base}/${p}`;
  // most paths are already normal (`/app/src`): no `//`, `.` or `..` part, no trailing `/`
  if (NORMAL.test(full)) return full;
  const parts: string[] = [];
  for (const part of full.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

export function join(a: string, b: string): string {
  return resolve('/', `${a}/${b}`);
}

export function basename(p: string): string {
  const trimmed = p.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** `to` relative to the directory `from` (both absolute, `to` inside `from`). */
export function relative(from: string, to: string): string {
  const prefix = from === '/' ? '/' : `${from}/`;
  return to.startsWith(prefix) ? to.slice(prefix.length) : to;
}
