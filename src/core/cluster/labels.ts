/**
 * Label selectors: the string form (`app=kubia,tier in (web,api),!canary`) and the API form
 * (`matchLabels` + `matchExpressions`). Models k8s.io/apimachinery/pkg/labels/selector.go
 * (Parse, Requirement.Matches) and metav1.LabelSelectorAsSelector.
 */
import type { Json } from './types';

export type Operator = '=' | '!=' | 'in' | 'notin' | 'exists' | '!';

export interface Requirement {
  readonly key: string;
  readonly op: Operator;
  readonly values: readonly string[];
}

export type Labels = Readonly<Record<string, string>> | undefined;

/** An empty selector matches everything (labels.Everything()). */
export class Selector {
  constructor(readonly requirements: readonly Requirement[]) {}

  static everything(): Selector {
    return new Selector([]);
  }

  /** Equality selector from a map (`spec.selector` of RC and Service). */
  static fromMap(map: Labels): Selector {
    return new Selector(Object.entries(map ?? {}).map(([key, v]) => ({ key, op: '=' as const, values: [v] })));
  }

  /** `metav1.LabelSelector` (ReplicaSet, Deployment). Throws on an unknown operator. */
  static fromLabelSelector(ls: Json): Selector {
    const reqs: Requirement[] = Object.entries((ls?.matchLabels ?? {}) as Record<string, string>).map(([key, v]) => ({
      key,
      op: '=' as const,
      values: [v],
    }));
    for (const e of (ls?.matchExpressions ?? []) as Json[]) {
      const op = ({ In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!' } as Record<string, Operator>)[e.operator];
      if (!op) throw new Error(`"${e.operator}" is not a valid label selector operator`);
      reqs.push({ key: e.key, op, values: [...(e.values ?? [])] });
    }
    return new Selector(reqs);
  }

  isEmpty(): boolean {
    return this.requirements.length === 0;
  }

  matches(labels: Labels): boolean {
    for (const r of this.requirements) {
      const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, r.key);
      const v = has ? labels![r.key]! : undefined;
      switch (r.op) {
        case '=':
          if (v !== r.values[0]) return false;
          break;
        case '!=':
          if (v === r.values[0]) return false;
          break;
        case 'in':
          if (!has || !r.values.includes(v!)) return false;
          break;
        case 'notin':
          if (has && r.values.includes(v!)) return false;
          break;
        case 'exists':
          if (!has) return false;
          break;
        case '!':
          if (has) return false;
          break;
      }
    }
    return true;
  }

  /** The string kubectl prints (`app=kubia,tier in (api,web)`), in key order like labels.Selector.String(). */
  toString(): string {
    return [...this.requirements]
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((r) => {
        switch (r.op) {
          case '=':
          case '!=':
            return `${r.key}${r.op}${r.values[0]}`;
          case 'in':
          case 'notin':
            return `${r.key} ${r.op} (${[...r.values].sort().join(',')})`;
          case 'exists':
            return r.key;
          case '!':
            return `!${r.key}`;
        }
      })
      .join(',');
  }
}

const KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

export class SelectorParseError extends Error {}

/** Parses the `-l` / `--selector` string form. Throws SelectorParseError with apimachinery's wording. */
export function parseSelector(text: string): Selector {
  const reqs: Requirement[] = [];
  const src = text.trim();
  if (!src) return Selector.everything();
  // Split on commas that are not inside parentheses.
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(src.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(src.slice(start));
  for (const raw of parts) {
    const part = raw.trim();
    let m: RegExpMatchArray | null;
    if ((m = part.match(/^!\s*(\S+)$/))) reqs.push(requirement(m[1]!, '!', []));
    else if ((m = part.match(/^(\S+?)\s+(in|notin)\s*\(([^)]*)\)$/)))
      reqs.push(requirement(m[1]!, m[2] as Operator, m[3]!.split(',').map((v) => v.trim())));
    else if ((m = part.match(/^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/)))
      reqs.push(requirement(m[1]!, m[2] === '!=' ? '!=' : '=', [m[3]!]));
    else if ((m = part.match(/^([^=!\s()]+)$/))) reqs.push(requirement(m[1]!, 'exists', []));
    else throw new SelectorParseError(`unable to parse requirement: found '${part}', expected: in, notin, =, ==, !=, gt, lt`);
  }
  return new Selector(reqs);
}

function requirement(key: string, op: Operator, values: string[]): Requirement {
  if (!KEY.test(key)) throw new SelectorParseError(`unable to parse requirement: invalid label key "${key}"`);
  for (const v of values) {
    if (!VALUE.test(v) || v.length > 63)
      throw new SelectorParseError(`unable to parse requirement: values[0][${key}]: Invalid value: "${v}"`);
  }
  return { key, op, values };
}

/** `app=kubia,run=kubia` (kubectl's labels.FormatLabels: sorted keys, `<none>` when empty). */
export function formatLabels(labels: Labels): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${labels![k]}`).join(',') : '<none>';
}
