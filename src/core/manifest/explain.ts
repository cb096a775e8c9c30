import { K8S_SCHEMA, describeType, kindType, objectType, typeName, versionsOfKind } from './schema/table';
import type { ObjectType } from './schema/types';

/*
 * Hover (`kubectl explain`-like) and completion from the same schema table. Works on the
 * text line by line, so it still answers while the document is half typed and does not
 * parse as YAML.
 */

export interface FieldInfo {
  /** `spec.containers.image`, as kubectl explain spells paths. */
  readonly path: string;
  readonly kind: string;
  readonly apiVersion: string;
  readonly field: string;
  /** Human type: `string`, `[]Container`, `map[string]string`, `Object`. */
  readonly type: string;
  readonly description: string;
  readonly required: boolean;
  readonly enum?: readonly string[];
}

export interface CompletionEntry {
  readonly label: string;
  readonly kind: 'field' | 'value';
  readonly detail: string;
  readonly documentation?: string;
  /** Text to insert (fields end with `: ` or a new indented line). */
  readonly insertText: string;
}

const KEY_LINE = /^(\s*)(?:(-\s+))?([^\s#'"{}[\],][^:#]*?|"[^"]*"|'[^']*'):(?:\s+(.*?))?\s*$/;

interface LineInfo {
  readonly indent: number;
  /** Column where the key starts (after `- `). */
  readonly keyColumn: number;
  readonly dash: boolean;
  readonly dashColumn: number;
  readonly key?: string;
  readonly value?: string;
  readonly blank: boolean;
}

function lineInfo(line: string): LineInfo {
  const trimmed = line.replace(/\s+$/, '');
  const indent = trimmed.length - trimmed.trimStart().length;
  if (!trimmed.trim() || trimmed.trimStart().startsWith('#')) return { indent, keyColumn: indent, dash: false, dashColumn: -1, blank: true };
  const dashMatch = /^(\s*)-(\s+|$)/.exec(trimmed);
  const m = KEY_LINE.exec(trimmed);
  const dash = !!dashMatch;
  const keyColumn = dash ? dashMatch![0].length : indent;
  const key = m ? m[3]!.replace(/^["']|["']$/g, '') : undefined;
  const value = m?.[4] ? m[4].replace(/\s+#.*$/, '') : undefined;
  return { indent, keyColumn, dash, dashColumn: dash ? indent : -1, blank: false, ...(key !== undefined ? { key } : {}), ...(value !== undefined ? { value } : {}) };
}

/** Lines of the document holding `line` (between `---` markers). */
function documentLines(lines: readonly string[], line: number): { from: number; to: number } {
  let from = line;
  while (from > 0 && !/^---(\s|$)/.test(lines[from - 1]!)) from--;
  let to = line;
  while (to + 1 < lines.length && !/^---(\s|$)/.test(lines[to + 1]!)) to++;
  return { from, to };
}

function typeMeta(lines: readonly string[], from: number, to: number): { apiVersion?: string; kind?: string } {
  const out: { apiVersion?: string; kind?: string } = {};
  for (let i = from; i <= to; i++) {
    const m = /^(apiVersion|kind):\s*["']?([^\s"'#]+)/.exec(lines[i]!);
    if (m) out[m[1] as 'apiVersion' | 'kind'] = m[2]!;
  }
  return out;
}

/**
 * Keys from the document root to the mapping whose keys start at `column` and which holds
 * `line` (`[]` marks a list item): `spec`, `containers`, `[]` for a container's fields.
 * `undefined` when the lines above do not form block-style parents.
 */
export function containerPath(lines: readonly string[], line: number, column: number, from = 0): string[] | undefined {
  for (let i = line - 1; i >= from; i--) {
    const info = lineInfo(lines[i]!);
    if (info.blank) continue;
    if (info.dash) {
      if (info.dashColumn >= column) continue; // a deeper list, or a sibling's indentless list
      const seq = sequencePath(lines, i, info.dashColumn, from);
      if (!seq) return undefined;
      if (info.keyColumn === column) return [...seq, '[]']; // our mapping is this list item
      if (info.keyColumn < column && info.key !== undefined && !info.value) return [...seq, '[]', info.key];
      return undefined;
    }
    if (info.indent >= column) continue;
    if (info.key === undefined || info.value) return undefined;
    const parent = containerPath(lines, i, info.indent, from);
    return parent && [...parent, info.key];
  }
  return column === 0 ? [] : undefined;
}

/** Keys from the root to the list whose items start with `-` at `dashColumn` on `line`. */
function sequencePath(lines: readonly string[], line: number, dashColumn: number, from: number): string[] | undefined {
  for (let i = line - 1; i >= from; i--) {
    const info = lineInfo(lines[i]!);
    if (info.blank) continue;
    if (info.dash && info.dashColumn >= dashColumn) continue; // earlier items of the same list
    if (!info.dash && info.indent > dashColumn) continue; // content of earlier items
    if (info.dash) {
      // `- ports:` with our list below it: the parent key is that item's first key.
      if (info.key === undefined || info.value || info.keyColumn > dashColumn) return undefined;
      const seq = sequencePath(lines, i, info.dashColumn, from);
      return seq && [...seq, '[]', info.key];
    }
    if (info.key === undefined || info.value) return undefined;
    const parent = containerPath(lines, i, info.indent, from);
    return parent && [...parent, info.key];
  }
  return undefined;
}

/** The parents of the key on `line` at `keyColumn` (after `- ` when `dash`). */
function parentsOf(lines: readonly string[], line: number, info: { keyColumn: number; dash: boolean; dashColumn: number }, from: number): string[] | undefined {
  if (!info.dash) return containerPath(lines, line, info.keyColumn, from);
  const seq = sequencePath(lines, line, info.dashColumn, from);
  return seq && [...seq, '[]'];
}

/** The key under the cursor and the keys above it (`['services', 'web']`), for any YAML. */
export function keyPathAt(text: string, line: number, character: number): { key: string; parents: string[] } | undefined {
  const lines = text.split(/\r?\n/);
  const current = lines[line];
  if (current === undefined) return undefined;
  const info = lineInfo(current);
  if (info.blank || info.key === undefined || character < info.keyColumn || character > info.keyColumn + info.key.length + 2) return undefined;
  const parents = parentsOf(lines, line, info, documentLines(lines, line).from);
  return parents && { key: info.key, parents };
}

/** Follows a key path from a kind's type. `undefined` when the path leaves the schema. */
export function typeAtPath(apiVersion: string, kind: string, path: readonly string[]): string | undefined {
  let code = kindType(apiVersion, kind);
  for (const step of path) {
    if (!code) return undefined;
    if (step === '[]') {
      if (!code.startsWith('[]')) return undefined;
      code = code.slice(2);
      continue;
    }
    if (code.startsWith('{}')) {
      code = code.slice(2);
      continue;
    }
    const type: ObjectType | undefined = objectType(code);
    code = type?.f[step]?.[0];
  }
  return code;
}

function enumOf(code: string): string[] | undefined {
  return code.startsWith('=') ? code.slice(1).split('|') : undefined;
}

function dotted(path: readonly string[]): string {
  return path.filter((p) => p !== '[]').join('.');
}

/** The field under the cursor (on its key or its value), for hover. */
export function explainAt(text: string, line: number, character: number): FieldInfo | undefined {
  const lines = text.split(/\r?\n/);
  const current = lines[line];
  if (current === undefined) return undefined;
  const info = lineInfo(current);
  if (info.blank || info.key === undefined || character < info.keyColumn) return undefined;
  const { from, to } = documentLines(lines, line);
  const { apiVersion, kind } = typeMeta(lines, from, to);
  if (!apiVersion || !kind) return undefined;
  const parents = parentsOf(lines, line, info, from);
  if (!parents) return undefined;
  const parentCode = parents.length === 0 ? kindType(apiVersion, kind) : typeAtPath(apiVersion, kind, parents);
  if (parentCode?.startsWith('{}')) {
    // A key of a map (`limits: {memory: …}`): its values share one type.
    const valueCode = parentCode.slice(2);
    return { path: dotted([...parents, info.key]), kind, apiVersion, field: info.key, type: describeType(valueCode), description: objectType(valueCode)?.d ?? '', required: false };
  }
  const parent = parentCode ? objectType(parentCode) : undefined;
  const field = parent?.f[info.key];
  if (!parent || !field) return undefined;
  const e = enumOf(field[0]);
  return {
    path: dotted([...parents, info.key]),
    kind,
    apiVersion,
    field: info.key,
    type: describeType(field[0]),
    description: field[1] ?? '',
    required: parent.r?.includes(info.key) ?? false,
    ...(e ? { enum: e } : {}),
  };
}

/** Field names (at a key position) or enum values (after `key: `), for completion. */
export function completeAt(text: string, line: number, character: number): CompletionEntry[] {
  const lines = text.split(/\r?\n/);
  const current = lines[line] ?? '';
  const before = current.slice(0, character);
  const { from, to } = documentLines(lines, line);
  const meta = typeMeta(lines, from, to);
  // Value position: `key: |`
  const valueMatch = /^(\s*)(-\s+)?([\w.-]+):\s+(\S*)$/.exec(before);
  if (valueMatch) {
    const key = valueMatch[3]!;
    const keyColumn = valueMatch[1]!.length + (valueMatch[2]?.length ?? 0);
    if (keyColumn === 0 && key === 'kind') return kindCompletions(meta.apiVersion);
    if (keyColumn === 0 && key === 'apiVersion') return apiVersionCompletions(meta.kind);
    if (!meta.apiVersion || !meta.kind) return [];
    const dash = !!valueMatch[2];
    const parents = parentsOf(lines, line, { keyColumn, dash, dashColumn: valueMatch[1]!.length }, from);
    if (!parents) return [];
    const code = typeAtPath(meta.apiVersion, meta.kind, [...parents, key]);
    return (code && enumOf(code)?.map((v) => ({ label: v, kind: 'value' as const, detail: 'enum', insertText: v }))) || [];
  }
  // Key position: only spaces (and maybe `- `) and a partial word before the cursor.
  const keyMatch = /^(\s*)(-\s+)?([\w.-]*)$/.exec(before);
  if (!keyMatch || !meta.apiVersion || !meta.kind) {
    if (keyMatch && keyMatch[1] === '' && !keyMatch[2]) return rootTypeFields(meta);
    return [];
  }
  const keyColumn = keyMatch[1]!.length + (keyMatch[2]?.length ?? 0);
  const parents = parentsOf(lines, line, { keyColumn, dash: !!keyMatch[2], dashColumn: keyMatch[1]!.length }, from);
  if (!parents) return [];
  const code = parents.length === 0 ? kindType(meta.apiVersion, meta.kind) : typeAtPath(meta.apiVersion, meta.kind, parents);
  const type = code ? objectType(code) : undefined;
  if (!type) return [];
  const present = siblingKeys(lines, line, keyColumn, from, to);
  return Object.entries(type.f)
    .filter(([name]) => !present.has(name) && name !== 'status')
    .map(([name, [fieldCode, doc]]) => ({
      label: name,
      kind: 'field' as const,
      detail: `${describeType(fieldCode)}${type.r?.includes(name) ? ' (required)' : ''}`,
      ...(doc ? { documentation: doc } : {}),
      insertText: fieldCode.startsWith('[]') && objectType(fieldCode.slice(2)) ? `${name}:\n${' '.repeat(keyColumn)}- ` : objectType(fieldCode) || fieldCode.startsWith('{}') ? `${name}:\n${' '.repeat(keyColumn + 2)}` : `${name}: `,
    }));
}

function rootTypeFields(meta: { apiVersion?: string; kind?: string }): CompletionEntry[] {
  const out: CompletionEntry[] = [];
  if (!meta.apiVersion) out.push({ label: 'apiVersion', kind: 'field', detail: 'string (required)', insertText: 'apiVersion: ' });
  if (!meta.kind) out.push({ label: 'kind', kind: 'field', detail: 'string (required)', insertText: 'kind: ' });
  return out;
}

/** Keys already present in the mapping at `column` around `line`. */
function siblingKeys(lines: readonly string[], line: number, column: number, from: number, to: number): Set<string> {
  const keys = new Set<string>();
  for (const dir of [-1, 1]) {
    for (let i = line + dir; i >= from && i <= to; i += dir) {
      const info = lineInfo(lines[i]!);
      if (info.blank) continue;
      const col = info.dash ? info.dashColumn : info.indent;
      if (info.keyColumn === column && info.key && !(info.dash && dir === 1)) keys.add(info.key);
      if (info.dash && info.keyColumn === column && dir === -1) break; // start of this list item
      if (col < column) break;
    }
  }
  return keys;
}

function kindCompletions(apiVersion: string | undefined): CompletionEntry[] {
  const kinds = Object.keys(K8S_SCHEMA.kinds)
    .filter((gvk) => !apiVersion || gvk.startsWith(`${apiVersion} `))
    .map((gvk) => gvk.split(' ')[1]!);
  return [...new Set(kinds)].sort().map((k) => ({ label: k, kind: 'value', detail: versionsOfKind(k).join(', '), insertText: k }));
}

function apiVersionCompletions(kind: string | undefined): CompletionEntry[] {
  const versions = kind ? versionsOfKind(kind) : [...new Set(Object.keys(K8S_SCHEMA.kinds).map((k) => k.split(' ')[0]!))];
  return versions.map((v) => ({ label: v, kind: 'value', detail: kind ? `${v} ${kind}` : 'apiVersion', insertText: v }));
}

/** `kubectl explain`-style text of a field, for hovers. */
export function formatExplain(info: FieldInfo): string {
  const lines = [`KIND:     ${info.kind}`, `VERSION:  ${info.apiVersion}`, '', `FIELD: ${info.field} <${info.type}>${info.required ? ' -required-' : ''}`, '', 'DESCRIPTION:', `    ${info.description}`];
  if (info.enum) lines.push('', `    Possible values: ${info.enum.map((e) => `"${e}"`).join(', ')}`);
  return lines.join('\n');
}

export { typeName };
