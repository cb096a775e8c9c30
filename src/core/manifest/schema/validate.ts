import * as l10n from '@vscode/l10n';
import type { ManifestFile, ManifestObject, Emit } from '../context';
import { objectAnchor } from '../context';
import { replaceFix } from '../fixes';
import { didYouMean } from '../similar';
import { asMap, pair, resolve, str, type YamlMap, type YamlNode, type YamlPair } from '../yaml/ast';
import { badEnum, badFormat, missingField, missingName, missingTypeMeta, notValidated, removedApi, unknownField, unknownKind, wrongType } from './checks';
import * as formats from './formats';
import { removedApi as lookupRemoved } from './removed';
import { describeType, isKnownUnvalidated, nestedFieldPath, isStableGroupVersion, kindsOfGroupVersion, kindType, objectType, typeName, versionsOfKind } from './table';
import { removedApiFix } from './removedFix';
import type { ObjectType } from './types';

interface Span {
  readonly start: number;
  readonly end: number;
}

/** go-yaml v2 (used by kubectl and the API server) reads these plain scalars as booleans. */
const YAML11_BOOL = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/**
 * A format check of the field `field` of the object at `parent` (its path, `''` at the top);
 * the field's path string (`fieldPath`) is only built for a finding.
 */
type FormatCheck = (node: YamlNode, value: unknown, parent: string, field: string, v: Validator) => void;

/** `spec.replicas`, or `kind` at the top. */
function fieldPath(parent: string, field: string): string {
  return parent ? `${parent}.${field}` : field;
}

const stringFormat =
  (check: (s: string) => string | undefined): FormatCheck =>
  (node, value, parent, field, v) => {
    if (typeof value !== 'string') return;
    const problem = check(value);
    if (problem) v.invalid(node, fieldPath(parent, field), value, problem);
  };

const intFormat =
  (check: (n: number) => string | undefined): FormatCheck =>
  (node, value, parent, field, v) => {
    if (typeof value !== 'number') return;
    const problem = check(value);
    if (problem) v.invalid(node, fieldPath(parent, field), value, problem);
  };

const portNumberFormat = intFormat(formats.portNumber);
const portNameFormat = stringFormat(formats.portName);

/** A port given by number (1–65535) or by IANA name, as in probes and targetPort. */
const portOrName: FormatCheck = (node, value, parent, field, v) => {
  if (typeof value === 'number') portNumberFormat(node, value, parent, field, v);
  else portNameFormat(node, value, parent, field, v);
};

const labelMap: FormatCheck = (node, _value, parent, field, v) => {
  const map = asMap(node);
  if (!map) return;
  for (const p of map.pairs) {
    const keyProblem = formats.qualifiedName(p.name);
    if (keyProblem) v.invalid(p.key, fieldPath(parent, field), p.name, keyProblem);
    const value = resolve(p.value);
    if (value?.type === 'scalar' && typeof value.value === 'string') {
      const problem = formats.labelValue(value.value);
      if (problem) v.invalid(p.value, `${fieldPath(parent, field)}.${p.name}`, value.value, problem);
    }
  }
};

const annotationKeys: FormatCheck = (node, _value, parent, field, v) => {
  for (const p of asMap(node)?.pairs ?? []) {
    const problem = formats.qualifiedName(p.name);
    if (problem) v.invalid(p.key, fieldPath(parent, field), p.name, problem);
  }
};

/** Checks the API server's validation adds on top of the OpenAPI types, by `type.field`. */
const FIELD_FORMATS: Record<string, FormatCheck> = {
  'meta/v1/ObjectMeta.namespace': stringFormat(formats.dns1123Label),
  'meta/v1/ObjectMeta.labels': labelMap,
  'meta/v1/ObjectMeta.annotations': annotationKeys,
  'meta/v1/LabelSelector.matchLabels': labelMap,
  'v1/ServiceSpec.selector': labelMap,
  'v1/ReplicationControllerSpec.selector': labelMap,
  'v1/Container.name': stringFormat(formats.dns1123Label),
  'v1/ContainerPort.containerPort': intFormat(formats.portNumber),
  'v1/ContainerPort.hostPort': intFormat(formats.portNumber),
  'v1/ContainerPort.name': stringFormat(formats.portName),
  'v1/ServicePort.port': intFormat(formats.portNumber),
  'v1/ServicePort.targetPort': portOrName,
  'v1/ServicePort.nodePort': intFormat(formats.nodePort),
  'v1/ServicePort.name': stringFormat(formats.dns1123Label),
  'v1/HTTPGetAction.port': portOrName,
  'v1/TCPSocketAction.port': portOrName,
  'v1/GRPCAction.port': intFormat(formats.portNumber),
  'v1/Volume.name': stringFormat(formats.dns1123Label),
  'v1/ServiceSpec.ports': servicePortNames,
  'v1/PodSpec.restartPolicy': restartPolicyForKind,
};

/** ValidateService: with several ports each needs a unique name (`spec.ports[1].name: Required value`). */
function servicePortNames(node: YamlNode, _value: unknown, parent: string, field: string, v: Validator): void {
  const seq = resolve(node);
  if (seq?.type !== 'seq' || seq.items.length < 2) return;
  const path = fieldPath(parent, field);
  const seen = new Set<string>();
  seq.items.forEach((item, i) => {
    const map = asMap(item);
    if (!map) return;
    const name = pair(map, 'name');
    const value = str(name?.value);
    if (!value) v.required(map.pairs[0]?.key ?? item, `${path}[${i}].name`);
    else if (seen.has(value)) v.duplicate(name!.value, `${path}[${i}].name`, value);
    else seen.add(value);
  });
}

const CONTROLLERS = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'DaemonSet', 'StatefulSet']);

/** Controllers restart pods forever (only Always); Jobs finish (OnFailure or Never). */
function restartPolicyForKind(node: YamlNode, value: unknown, parent: string, field: string, v: Validator): void {
  if (typeof value !== 'string') return;
  const kind = v.kind;
  if (CONTROLLERS.has(kind) && value !== 'Always') v.unsupported(node, fieldPath(parent, field), value, ['Always']);
  if ((kind === 'Job' || kind === 'CronJob') && value === 'Always') v.unsupported(node, fieldPath(parent, field), value, ['OnFailure', 'Never']);
}

/** Fields the API server requires although the OpenAPI schema marks them optional. */
const EXTRA_REQUIRED: Record<string, readonly string[]> = {
  'v1/Container': ['image'],
};

/** How `metadata.name` is validated per kind (ValidateObjectMeta's nameFn). */
const SERVICE_NAME = stringFormat(formats.dns1035Label);
const NAMESPACE_NAME = stringFormat(formats.dns1123Label);
const OBJECT_NAME = stringFormat(formats.dns1123Subdomain);
function nameCheck(kind: string): FormatCheck {
  if (kind === 'Service') return SERVICE_NAME;
  if (kind === 'Namespace') return NAMESPACE_NAME;
  return OBJECT_NAME;
}

/** FIELD_FORMATS by type id, then field name (one lookup per field, no key built). */
const FORMATS_BY_TYPE = new Map<string, Map<string, FormatCheck>>();
for (const [key, check] of Object.entries(FIELD_FORMATS)) {
  const dot = key.lastIndexOf('.');
  const typeId = key.slice(0, dot);
  let byField = FORMATS_BY_TYPE.get(typeId);
  if (!byField) FORMATS_BY_TYPE.set(typeId, (byField = new Map()));
  byField.set(key.slice(dot + 1), check);
}

/** Allowed values of an enum code (`=A|B`), split once. */
const ENUM_VALUES = new Map<string, readonly string[]>();
function enumValues(code: string): readonly string[] {
  let values = ENUM_VALUES.get(code);
  if (!values) ENUM_VALUES.set(code, (values = code.slice(1).split('|')));
  return values;
}

/** Pairs of a mapping with YAML merge keys (`<<: *base`) applied: explicit keys win. */
function effectivePairs(map: YamlMap): readonly YamlPair[] {
  const all = map.pairs;
  let merges = false;
  for (let i = 0; i < all.length; i++)
    if (all[i]!.name === '<<') {
      merges = true;
      break;
    }
  if (!merges) return all;
  const own = map.pairs.filter((p) => p.name !== '<<');
  const names = new Set(own.map((p) => p.name));
  const merged: YamlPair[] = [];
  for (const p of map.pairs) {
    if (p.name !== '<<') continue;
    const value = resolve(p.value);
    const sources = value?.type === 'seq' ? value.items.map((i) => asMap(i)) : [asMap(value)];
    for (const src of sources)
      for (const q of src?.pairs ?? [])
        if (!names.has(q.name)) {
          names.add(q.name);
          merged.push(q);
        }
  }
  return [...own, ...merged];
}

function jsType(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string' || value instanceof Date || value instanceof Uint8Array) return 'string';
  return typeof value;
}

export class Validator {
  constructor(
    private readonly file: ManifestFile,
    private readonly object: ManifestObject,
    private readonly emit: Emit,
    /** True once the file has as many findings as will be shown: skip costly hints. */
    private readonly saturated: () => boolean = () => false,
  ) {}

  private report(rule: Parameters<Emit>[0]['rule'], span: Span, message: string, fix?: Parameters<Emit>[0]['fix']): void {
    this.emit({ rule, start: span.start, end: span.end, message, object: this.object, ...(fix ? { fix } : {}) });
  }

  get kind(): string {
    return this.object.kind ?? '';
  }

  required(node: Span, path: string): void {
    this.report(missingField, node, l10n.t('{0}: Required value', path));
  }

  duplicate(node: Span, path: string, value: string): void {
    this.report(badFormat, node, l10n.t('{0}: Duplicate value: "{1}"', path, value));
  }

  unsupported(node: YamlNode, path: string, value: string, allowed: readonly string[]): void {
    this.report(
      badEnum,
      node,
      l10n.t('{0}: Unsupported value: {1}: supported values: {2}', path, JSON.stringify(value), allowed.map((a) => `"${a}"`).join(', ')),
      [replaceFix(l10n.t('Change to "{0}"', allowed[0]!), this.file.lines, node.start, node.end, allowed[0]!)],
    );
  }

  invalid(node: Span, path: string, value: unknown, problem: string): void {
    this.report(badFormat, node, l10n.t('{0}: Invalid value: {1}: {2}', path, JSON.stringify(value), problem));
  }

  /** Entry point: type meta, then the whole object against its kind's schema. */
  run(): void {
    const { root, apiVersion, kind } = this.object;
    const anchor = objectAnchor(this.object);
    if (!apiVersion || !kind) {
      const missing = !apiVersion ? 'apiVersion' : 'kind';
      const present = pair(root, missing);
      this.report(
        missingTypeMeta,
        present ? present.value : anchor,
        present
          ? l10n.t('{0} must be a non-empty string', missing)
          : l10n.t('{0} not set: every Kubernetes object needs both apiVersion and kind', missing),
      );
      return;
    }
    const typeId = kindType(apiVersion, kind);
    const apiVersionNode = pair(root, 'apiVersion')!.value;
    const kindNode = pair(root, 'kind')!.value;
    if (!typeId) {
      this.unknownType(apiVersion, kind, apiVersionNode, kindNode);
      return;
    }
    this.checkObject(root, typeId, '', anchor, true);
    const metadataPair = pair(root, 'metadata');
    const metadata = asMap(metadataPair?.value);
    const name = pair(metadata, 'name');
    if (!isSet(name?.value) && !isSet(pair(metadata, 'generateName')?.value)) {
      this.report(missingName, metadataPair?.key ?? anchor, l10n.t('metadata.name: Required value: name or generateName is required'));
    } else {
      const nameValue = str(name?.value);
      if (nameValue !== undefined) nameCheck(kind)(name!.value, nameValue, 'metadata', 'name', this);
    }
  }

  private unknownType(apiVersion: string, kind: string, apiVersionNode: YamlNode, kindNode: YamlNode): void {
    const removed = lookupRemoved(apiVersion, kind);
    if (removed) {
      const message = removed.replacement
        ? l10n.t('{0} {1} was removed in Kubernetes {2}; use {3}.', apiVersion, kind, removed.removedIn, removed.replacement)
        : l10n.t('{0} {1} was removed in Kubernetes {2}.', apiVersion, kind, removed.removedIn);
      const note = removed.note ? ` ${l10n.t('Also: {0}.', removed.note())}` : '';
      const fix = removed.replacement ? removedApiFix(this.file, this.object, apiVersionNode, removed.replacement) : undefined;
      this.report(removedApi, apiVersionNode, message + note, fix ? [fix] : undefined);
      return;
    }
    if (isKnownUnvalidated(apiVersion, kind)) {
      this.report(notValidated, kindNode, l10n.t('{0} {1}: built-in kind that Kube Tutor does not validate (alpha, beta or read-only API).', apiVersion, kind));
      return;
    }
    const versions = versionsOfKind(kind);
    if (versions.length > 0) {
      const use = versions[versions.length - 1]!;
      this.report(
        unknownKind,
        apiVersionNode,
        l10n.t('no matches for kind "{0}" in version "{1}": {0} is served by {2}.', kind, apiVersion, versions.join(', ')),
        [replaceFix(l10n.t('Change apiVersion to {0}', use), this.file.lines, apiVersionNode.start, apiVersionNode.end, use)],
      );
      return;
    }
    if (isStableGroupVersion(apiVersion)) {
      const suggestion = didYouMean(kind, kindsOfGroupVersion(apiVersion));
      this.report(
        unknownKind,
        kindNode,
        suggestion
          ? l10n.t('no matches for kind "{0}" in version "{1}". Did you mean "{2}"?', kind, apiVersion, suggestion)
          : l10n.t('no matches for kind "{0}" in version "{1}".', kind, apiVersion),
        suggestion ? [replaceFix(l10n.t('Change kind to {0}', suggestion), this.file.lines, kindNode.start, kindNode.end, suggestion)] : undefined,
      );
      return;
    }
    this.report(notValidated, kindNode, l10n.t('{0} {1}: unknown kind (a custom resource?), not validated.', apiVersion, kind));
  }

  private checkObject(map: YamlMap, typeId: string, path: string, owner: Span, topLevel = false): void {
    const type = objectType(typeId);
    if (!type) return;
    const pairs = effectivePairs(map);
    const formats = FORMATS_BY_TYPE.get(typeId);
    for (const p of pairs) {
      const field = type.f[p.name];
      if (!field) {
        const fieldPath = path ? `${path}.${p.name}` : p.name;
        if (p.key.type !== 'scalar') continue;
        if (this.saturated()) {
          this.report(unknownField, p.key, fieldPath); // counted as not shown; no costly hint
          continue;
        }
        const suggestion = didYouMean(p.name, Object.keys(type.f));
        const fix = suggestion
          ? [replaceFix(l10n.t('Rename to "{0}"', suggestion), this.file.lines, p.key.start, p.key.end, suggestion)]
          : undefined;
        const deeper = suggestion ? undefined : nestedFieldPath(typeId, p.name);
        this.report(
          unknownField,
          p.key,
          suggestion
            ? l10n.t('unknown field "{0}" in {1}. Did you mean "{2}"?', fieldPath, typeName(typeId), suggestion)
            : deeper
              ? l10n.t('unknown field "{0}" in {1}: it belongs deeper, at "{2}".', fieldPath, typeName(typeId), path ? `${path}.${deeper}` : deeper)
              : l10n.t('unknown field "{0}" in {1}', fieldPath, typeName(typeId)),
          fix,
        );
        continue;
      }
      if (topLevel && (p.name === 'apiVersion' || p.name === 'kind')) continue;
      const ok = this.checkValue(p.value, field[0], path, p.name, p.key);
      const format = formats?.get(p.name);
      const value = format && resolve(p.value);
      if (ok && format && value) format(p.value, value.type === 'scalar' ? value.value : undefined, path, p.name, this);
    }
    if (type.r) for (const required of type.r) if (!isPresent(pairs, type, required)) this.report(missingField, owner, l10n.t('{0}: Required value', path ? `${path}.${required}` : required));
    const extra = EXTRA_REQUIRED[typeId];
    if (extra) for (const required of extra) if (!isPresent(pairs, type, required)) this.report(missingField, owner, l10n.t('{0}: Required value', path ? `${path}.${required}` : required));
    // A Job's pods must say how to restart: the default (Always) is refused for Jobs.
    if (typeId === 'v1/PodSpec' && (this.kind === 'Job' || this.kind === 'CronJob') && !isPresent(pairs, type, 'restartPolicy'))
      this.report(missingField, owner, l10n.t('{0}.restartPolicy: Required value: valid values: "OnFailure", "Never"', path));
  }

  /**
   * Checks the value at `parent` + `key` (a field name, a list index, or a map key when
   * `mapKey`); the path string is only built when needed (a finding, or going deeper).
   * Returns false when the value has the wrong type (formats are then skipped).
   */
  private checkValue(node: YamlNode, code: string, parent: string, key: string | number, owner: Span | undefined, mapKey = false): boolean {
    const value = resolve(node);
    if (!value) return true;
    if (value.type === 'scalar' && value.value === null) return true; // JSON null: the field is left unset
    if (code === 'a') return true;
    const c0 = code.charCodeAt(0);
    if (value.type === 'scalar' && (code === 's' || code === 't') && jsType(value.value) === 'string') return true;
    if (c0 === 91 /* [ */ && code.startsWith('[]')) {
      const path = joinPath(parent, key, mapKey);
      if (value.type !== 'seq') return this.typeError(node, path, code, value);
      const itemCode = subCode(code);
      const items = value.items;
      // An item's owner (where its missing fields are reported) is only looked up for an object.
      for (let i = 0; i < items.length; i++) this.checkValue(items[i]!, itemCode, path, i, undefined);
      return true;
    }
    if (c0 === 123 /* { */ && code.startsWith('{}')) {
      const path = joinPath(parent, key, mapKey);
      if (value.type !== 'map') return this.typeError(node, path, code, value);
      const valueCode = subCode(code);
      for (const p of value.pairs) this.checkValue(p.value, valueCode, path, p.name, p.key, true);
      return true;
    }
    if (c0 === 61 /* = */) {
      if (value.type === 'scalar' && typeof value.value === 'string' && enumValues(code).includes(value.value)) return true;
    }
    // From here the path string is built only for a finding (or to go deeper into an object).
    if (c0 === 61 /* = */) {
      const path = joinPath(parent, key, mapKey);
      if (value.type !== 'scalar' || typeof value.value !== 'string') return this.scalarTypeError(node, path, 'string', value);
      const allowed = enumValues(code);
      if (!allowed.includes(value.value)) {
        const suggestion = didYouMean(value.value, allowed);
        this.report(
          badEnum,
          node,
          suggestion
            ? l10n.t('{0}: Unsupported value: {1}: supported values: {2}. Did you mean "{3}"?', path, JSON.stringify(value.value), allowed.map((a) => `"${a}"`).join(', '), suggestion)
            : l10n.t('{0}: Unsupported value: {1}: supported values: {2}', path, JSON.stringify(value.value), allowed.map((a) => `"${a}"`).join(', ')),
          suggestion ? [replaceFix(l10n.t('Change to "{0}"', suggestion), this.file.lines, node.start, node.end, suggestion)] : undefined,
        );
      }
      return true;
    }
    switch (code) {
      case 's':
      case 't':
        if (value.type === 'scalar' && jsType(value.value) === 'string') return true;
        return this.scalarTypeError(node, joinPath(parent, key, mapKey), 'string', value);
      case 'i':
        if (value.type === 'scalar' && typeof value.value === 'number') {
          if (Number.isInteger(value.value)) return true;
          this.report(wrongType, node, l10n.t('{0}: cannot unmarshal number {1} into an integer field', joinPath(parent, key, mapKey), String(value.value)));
          return false;
        }
        return this.scalarTypeError(node, joinPath(parent, key, mapKey), 'integer', value);
      case 'b':
        if (value.type === 'scalar' && typeof value.value === 'boolean') return true;
        if (value.type === 'scalar' && !value.quoted && typeof value.value === 'string' && YAML11_BOOL.test(value.value)) return true;
        return this.scalarTypeError(node, joinPath(parent, key, mapKey), 'boolean', value);
      case 'io':
        if (value.type === 'scalar' && (typeof value.value === 'number' || jsType(value.value) === 'string')) return true;
        return this.scalarTypeError(node, joinPath(parent, key, mapKey), 'IntOrString', value);
      case 'q':
        if (value.type === 'scalar' && typeof value.value === 'number') return true;
        if (value.type === 'scalar' && typeof value.value === 'string') {
          const problem = formats.quantity(value.value);
          if (problem) this.invalid(node, joinPath(parent, key, mapKey), value.value, problem);
          return !problem;
        }
        return this.scalarTypeError(node, joinPath(parent, key, mapKey), 'Quantity', value);
    }
    const path = joinPath(parent, key, mapKey);
    if (value.type !== 'map') return this.typeError(node, path, code, value);
    this.checkObject(value, code, path, owner ?? itemOwner(node));
    return true;
  }

  private scalarTypeError(node: YamlNode, path: string, expected: string, value: Exclude<YamlNode, { type: 'alias' }>): false {
    if (value.type === 'scalar' && expected === 'string' && !value.quoted) {
      const raw = this.file.text.slice(value.start, value.end);
      const yaml11 = typeof value.value === 'string' && YAML11_BOOL.test(value.value);
      if (yaml11 || typeof value.value === 'number' || typeof value.value === 'boolean') {
        this.report(
          wrongType,
          node,
          yaml11
            ? l10n.t('{0}: kubectl reads {1} as a boolean (YAML 1.1), but a string is expected: quote it.', path, raw)
            : l10n.t('{0}: cannot unmarshal {1} into a string field: quote it ("{2}").', path, jsType(value.value), raw),
          [replaceFix(l10n.t('Quote {0}', raw), this.file.lines, value.start, value.end, JSON.stringify(raw))],
        );
        return false;
      }
    }
    return this.typeError(node, path, expected, value);
  }

  private typeError(node: YamlNode, path: string, code: string, value: Exclude<YamlNode, { type: 'alias' }>): false {
    const got = value.type === 'map' ? 'object' : value.type === 'seq' ? 'array' : jsType(value.value);
    const expected = code.startsWith('[]') ? 'array' : code.startsWith('{}') || objectType(code) ? 'object' : describeType(code);
    let fix =
      value.type === 'scalar' && typeof value.value === 'string' && isLiteral(value.value, code)
        ? [replaceFix(l10n.t('Unquote {0}', value.value), this.file.lines, value.start, value.end, value.value)]
        : undefined;
    // `command: node app.js` → `command: ["node", "app.js"]` (a string where a list of strings goes).
    if (!fix && code === '[]s' && value.type === 'scalar' && typeof value.value === 'string' && value.value.trim() && !value.value.includes('\n')) {
      const list = `[${value.value.trim().split(/\s+/).map((w) => JSON.stringify(w)).join(', ')}]`;
      fix = [replaceFix(l10n.t('Make it a list: {0}', list), this.file.lines, value.start, value.end, list)];
    }
    this.report(wrongType, node, l10n.t('{0}: expected {1}, got {2}', path, expected, got), fix);
    return false;
  }
}

function isSet(node: YamlNode | undefined): boolean {
  const value = resolve(node);
  return !!value && !(value.type === 'scalar' && (value.value === null || value.value === ''));
}

/** A quoted literal of the expected scalar type (`"3"` for an integer, `"true"` for a boolean). */
function isLiteral(value: string, code: string): boolean {
  if (code === 'i' || code === 'integer') return /^-?\d+$/.test(value);
  if (code === 'b' || code === 'boolean') return /^(true|false)$/.test(value);
  return false;
}

/** The path of a field (`spec.replicas`), a list item (`ports[0]`) or a map entry (`labels.app`). */
function joinPath(parent: string, key: string | number, mapKey: boolean): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return mapKey || parent ? `${parent}.${key}` : key;
}

/** `[]T` → `T`, `{}T` → `T`, cached: the same few codes come back for every item. */
const SUB_CODES = new Map<string, string>();
function subCode(code: string): string {
  let sub = SUB_CODES.get(code);
  if (sub === undefined) SUB_CODES.set(code, (sub = code.slice(2)));
  return sub;
}

/** Is `name` set (to anything but null) among a mapping's known fields? */
function isPresent(pairs: readonly YamlPair[], type: ObjectType, name: string): boolean {
  if (!type.f[name]) return false;
  for (const p of pairs) {
    if (p.name !== name) continue;
    const value = resolve(p.value);
    if (!(value?.type === 'scalar' && value.value === null)) return true;
  }
  return false;
}

function itemOwner(item: YamlNode): Span {
  const map = asMap(item);
  const first = map?.pairs[0];
  return first ? first.key : item;
}

export function validateObject(file: ManifestFile, object: ManifestObject, emit: Emit, saturated?: () => boolean): void {
  new Validator(file, object, emit, saturated).run();
}
