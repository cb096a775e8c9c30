import type { AdmissionValidator } from '../cluster/apiserver';
import { ApiError, type FieldError } from '../cluster/errors';
import type { Json } from '../cluster/types';
import type { RawFinding } from './context';
import { readManifestFile } from './index';
import { validateObject } from './schema/validate';

/** Schema codes the API server itself refuses (kinds and versions are judged before, by its kind table). */
const ADMISSION_CODES = new Set(['K8S001', 'K8S006', 'K8S007', 'K8S008', 'K8S009', 'K8S010']);

/** Objects only controllers and the system write: never validated (their creation is hot). */
const SYSTEM_KINDS = new Set(['Endpoints', 'EndpointSlice', 'Event', 'Node', 'Lease', 'ControllerRevision']);

const MAX_FINDINGS = 20;

const PLAIN_KEY = /^[A-Za-z_][\w./-]*$/;

/** Block-style YAML of a JSON value (strings double-quoted, which YAML reads as JSON does). */
export function toBlockYaml(value: Json, indent = ''): string {
  const scalar = (v: Json) => (typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'null' : JSON.stringify(v));
  const key = (k: string) => (PLAIN_KEY.test(k) ? k : JSON.stringify(k));
  const isNode = (v: Json) => v !== null && typeof v === 'object' && (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0);
  const empty = (v: Json) => (Array.isArray(v) ? '[]' : '{}');
  let out = '';
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isNode(item)) {
        const body = toBlockYaml(item, `${indent}  `);
        out += Array.isArray(item) ? `${indent}-\n${body}` : `${indent}- ${body.slice(indent.length + 2)}`;
      } else out += `${indent}- ${item !== null && typeof item === 'object' ? empty(item) : scalar(item)}\n`;
    }
    return out;
  }
  for (const [k, v] of Object.entries(value as Record<string, Json>)) {
    if (isNode(v)) out += `${indent}${key(k)}:\n${toBlockYaml(v, Array.isArray(v) ? indent : `${indent}  `)}`;
    else out += `${indent}${key(k)}: ${v !== null && typeof v === 'object' ? empty(v) : scalar(v)}\n`;
  }
  return out;
}

/** `spec.replicas: expected integer, got string` → field and detail (the editor's message, split). */
function toFieldError(message: string): FieldError {
  const colon = message.indexOf(': ');
  const field = colon > 0 ? message.slice(0, colon) : '';
  return /^[\w.[\]-]+$/.test(field) ? { field, detail: message.slice(colon + 2) } : { field: '<root>', detail: message };
}

/**
 * The manifest schema as admission (the API server's `validator` hook): objects written by users
 * (`kubectl apply/create/run/edit/replace`) are checked with the validator the editor runs, and
 * refused with the editor's messages in the API server's shape — `The Deployment "kubia" is
 * invalid: spec.replicas: expected integer, got string`; unknown fields as strict decoding does:
 * `Error from server (BadRequest): Pod in version "v1" cannot be handled as a Pod: strict
 * decoding error: unknown field "spec.containers[0].containerPorts"`. Objects a controller owns
 * (pods of a ReplicaSet, ReplicaSets of a Deployment) and system kinds are not validated, so
 * scaling stays as fast as before.
 */
export const manifestAdmission: AdmissionValidator = {
  validate(object: Json): FieldError[] {
    if (!object || typeof object !== 'object' || SYSTEM_KINDS.has(object.kind)) return [];
    const owners: unknown = object.metadata?.ownerReferences;
    if (Array.isArray(owners) && owners.some((o: Json) => o?.controller === true)) return [];
    const file = readManifestFile('', toBlockYaml(object));
    const target = file.objects[0];
    if (!target) return [];
    const findings: RawFinding[] = [];
    validateObject(file, target, (f) => findings.push(f), () => findings.length >= MAX_FINDINGS);
    const unknown = findings.filter((f) => f.rule.code === 'K8S005');
    if (unknown.length) {
      const kind = String(object.kind);
      const version = String(object.apiVersion ?? '').split('/').pop();
      const fields = unknown.map((f) => `unknown field "${/"([^"]+)"/.exec(f.message)?.[1] ?? f.message}"`).join(', ');
      throw ApiError.badRequest(`${kind} in version "${version}" cannot be handled as a ${kind}: strict decoding error: ${fields}`);
    }
    return findings.filter((f) => ADMISSION_CODES.has(f.rule.code) && f.rule.severity === 'error').map((f) => toFieldError(f.message));
  },
};
