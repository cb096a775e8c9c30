import { K8S_SCHEMA, kindType, objectType, typeName } from './table';

/*
 * `kubectl explain TYPE[.FIELD...] [--recursive]` from the bundled schema table, laid out
 * like kubectl's OpenAPI v3 plaintext template (kubectl ≥ 1.27): GROUP/KIND/VERSION, then
 * `FIELD: name <type>` with its ENUM for a field path, DESCRIPTION wrapped at 76 columns and
 * FIELDS sorted by name, `-required-` marks and `enum:` (at most four values) per field.
 * The table keeps only the first paragraph of each description, so long texts are shorter
 * than kubectl's.
 */

export interface ExplainRequest {
  readonly apiVersion: string;
  readonly kind: string;
  /** Field path below the kind: `['spec', 'containers']`. */
  readonly path: readonly string[];
  readonly recursive?: boolean;
}

export type ExplainResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

// The table drops these two descriptions (they are the same on every kind).
const STANDARD: Record<string, string> = {
  apiVersion:
    'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
  kind: 'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
};

/** The type hint kubectl prints between `<>`: `[]Container`, `map[string]string`, `IntOrString`. */
export function explainType(code: string): string {
  if (code.startsWith('[]')) return `[]${explainType(code.slice(2))}`;
  if (code.startsWith('{}')) return `map[string]${explainType(code.slice(2))}`;
  if (code.startsWith('=')) return 'string';
  switch (code) {
    case 's':
    case 't':
      return 'string';
    case 'i':
      return 'integer';
    case 'b':
      return 'boolean';
    case 'q':
      return 'Quantity';
    case 'io':
      return 'IntOrString';
    case 'a':
      return 'Object';
    default:
      return typeName(code);
  }
}

/** Greedy word wrap at `width` columns, keeping existing line breaks and over-long words (sprig `wrap`). */
export function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

const element = (code: string): string => code.replace(/^(\[\]|\{\})+/, '');
const enumValues = (code: string): string[] | undefined => (element(code).startsWith('=') ? element(code).slice(1).split('|') : undefined);
const showEnum = (v: string): string => (v === '' ? '""' : v);

function fieldList(typeId: string, level: number, recursive: boolean, history: ReadonlySet<string>): string {
  const type = objectType(typeId);
  if (!type || history.has(typeId)) return '';
  const seen = new Set(history).add(typeId);
  let out = '';
  const pad = level * 2;
  for (const name of Object.keys(type.f).sort()) {
    const [code, description] = type.f[name]!;
    out += `${' '.repeat(pad)}${name}\t<${explainType(code)}>${type.r?.includes(name) ? ' -required-' : ''}`;
    const values = enumValues(code);
    if (values) out += `\n${' '.repeat(pad)}enum: ${values.slice(0, 4).map(showEnum).join(', ')}${values.length > 4 ? ', ....' : ''}`;
    out += '\n';
    if (recursive) {
      out += fieldList(element(code), level + 1, true, seen);
    } else {
      out += indent(wrap(description ?? STANDARD[name] ?? '<no description>', 78 - pad), pad + 2) + '\n\n';
    }
  }
  return out;
}

/** The `kubectl explain` text for a kind (and field path), or kubectl's error for a missing field. */
export function explainSchema(req: ExplainRequest): ExplainResult {
  const root = kindType(req.apiVersion, req.kind);
  if (!root) return { ok: false, error: `error: GVK ${req.apiVersion}, Kind=${req.kind} not found in OpenAPI schema` };
  const [group, version] = req.apiVersion.includes('/') ? req.apiVersion.split('/') : ['', req.apiVersion];
  let text = `${group ? `GROUP:      ${group}\n` : ''}KIND:       ${req.kind}\nVERSION:    ${version}\n\n`;

  let code = root;
  const descriptions: string[] = [];
  for (let i = 0; i < req.path.length; i++) {
    const name = req.path[i]!;
    const field = objectType(element(code))?.f[name];
    if (!field) return { ok: false, error: `error: field "${req.path[req.path.length - 1]}" does not exist` };
    code = field[0];
    if (i === req.path.length - 1) {
      text += `FIELD: ${name} <${explainType(code)}>\n`;
      const values = enumValues(code);
      if (values) text += `ENUM:${values.map((v) => `\n    ${showEnum(v)}`).join('')}`;
      text += '\n\n';
      descriptions.push(field[1] ?? STANDARD[name] ?? '');
    }
  }
  const typeId = element(code);
  const type = objectType(typeId);
  if (type?.d) descriptions.push(type.d);
  const description = descriptions.filter(Boolean).map((d) => `${d}\n`).join('') || '<empty>';
  text += `DESCRIPTION:\n${indent(wrap(description, 76), 4)}\n`;
  const fields = type ? fieldList(typeId, 1, req.recursive ?? false, new Set()) : '';
  if (fields) text += `FIELDS:\n${fields}`;
  return { ok: true, text: `${text}\n`.replace(/\n\n\n$/, '\n\n') };
}

/** Kinds the schema explains, by the names kubectl accepts (`deployments`, `deploy`, `Deployment`). */
export function schemaKindsNamed(name: string): Array<{ apiVersion: string; kind: string }> {
  const lower = name.toLowerCase();
  return Object.keys(K8S_SCHEMA.kinds)
    .map((gvk) => {
      const [apiVersion, kind] = gvk.split(' ') as [string, string];
      return { apiVersion, kind };
    })
    .filter(({ kind }) => {
      const k = kind.toLowerCase();
      const plural = k.endsWith('s') ? `${k}es` : k.endsWith('y') ? `${k.slice(0, -1)}ies` : `${k}s`;
      return lower === k || lower === plural;
    });
}
