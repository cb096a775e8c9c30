import * as l10n from '@vscode/l10n';

/**
 * `l10n.t` for a string message with positional arguments: the same text as the library's
 * (it looks the message up in the loaded bundle the same way), but the translated template is
 * split once and cached, instead of a regular-expression replace with a closure on every call.
 * Findings are formatted on the lint hot path, where that replace was a measurable share of
 * linting a small Dockerfile.
 */
export function t(message: string, ...args: Array<string | number | boolean>): string {
  // Without arguments the library returns the (translated) template as it is.
  const template = l10n.t(message);
  if (args.length === 0) return template;
  let parts = compiled.get(template);
  if (parts === undefined) {
    // `a{0}b{1}` → ['a', '0', 'b', '1', '']: literals at even, placeholder names at odd indexes
    parts = template.split(PLACEHOLDER);
    compiled.set(template, parts);
  }
  // As the library: a placeholder is looked up on the argument list, and kept when missing.
  const values = args as unknown as Record<string, unknown>;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = values[name];
    out += (value === undefined || value === null ? `{${name}}` : String(value)) + parts[i + 1]!;
  }
  return out;
}

const PLACEHOLDER = /{([^}]+)}/;
const compiled = new Map<string, readonly string[]>();
