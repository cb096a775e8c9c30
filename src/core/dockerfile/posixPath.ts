/** The few POSIX path operations the image-path rules need (core stays free of Node built-ins). */
export function resolve(base: string, p: string): string {
  const parts: string[] = [];
  for (const part of (p.startsWith('/') ? p : `${base}/${p}`).split('/')) {
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
