/**
 * The subset of kubectl's JSONPath (k8s.io/client-go/util/jsonpath) lessons use:
 * `{.status.podIP}`, `{.items[*].metadata.name}`, `{.spec.containers[0].image}`,
 * `{.metadata.labels.app}`, literal text between expressions. Arrays print space-separated.
 */
import type { Json } from '../../cluster/types';
import { fail } from './context';

function step(values: Json[], part: string): Json[] {
  const m = /^([^[\]]*)((?:\[[^\]]*\])*)$/.exec(part);
  if (!m) fail(`error parsing jsonpath ${part}: unrecognized character`);
  let out = m[1] ? values.flatMap((v) => (v && typeof v === 'object' && m[1]! in v ? [v[m[1]!]] : [])) : values;
  for (const idx of m[2]!.match(/\[[^\]]*\]/g) ?? []) {
    const inner = idx.slice(1, -1);
    out = out.flatMap((v) => {
      if (!Array.isArray(v)) return [];
      if (inner === '*') return v;
      const n = Number(inner);
      if (!Number.isInteger(n)) fail(`error parsing jsonpath ${idx}: unsupported index`);
      const item = v[n < 0 ? v.length + n : n];
      return item === undefined ? [] : [item];
    });
  }
  return out;
}

function evaluate(expr: string, root: Json): string {
  const path = expr.trim();
  if (!path.startsWith('.') && path !== '@') fail(`error parsing jsonpath {${expr}}: unrecognized identifier ${path}`);
  const parts = path === '.' || path === '@' ? [] : path.slice(1).split('.');
  let values: Json[] = [root];
  for (const p of parts) values = step(values, p);
  return values.map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v))).join(' ');
}

export function jsonpath(template: string, root: Json): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = template.indexOf('}', open);
    if (close < 0) fail(`error parsing jsonpath ${template}: unclosed action`);
    out += evaluate(template.slice(open + 1, close), root);
    i = close + 1;
  }
  return out.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
}
