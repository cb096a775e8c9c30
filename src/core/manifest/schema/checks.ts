import { docsUrl, type RuleMeta } from '../../rule';

/**
 * Schema checks: what the API server (with kubectl's default `--validate=strict`) refuses.
 * One validator walks the object and reports under these codes; every one is an error
 * by the severity scale except unknown kinds, which cannot be judged (info).
 */
function meta(code: string, severity: RuleMeta['severity'], title: string, aliases: string[] = []): RuleMeta {
  return { code, aliases, severity, title, docs: docsUrl(code) };
}

export const missingTypeMeta = meta('K8S001', 'error', 'Every Kubernetes object needs both apiVersion and kind');
export const unknownKind = meta('K8S002', 'error', 'apiVersion and kind must name a kind the API server serves');
export const removedApi = meta('K8S003', 'error', 'Do not use API versions removed from Kubernetes', ['deprecated-api-version']);
export const notValidated = meta('K8S004', 'info', 'Custom resources and unknown kinds are not validated');
export const unknownField = meta('K8S005', 'error', 'Fields must exist in the schema (strict decoding)', ['kubeconform-strict']);
export const wrongType = meta('K8S006', 'error', 'Values must have the type the schema declares');
export const missingField = meta('K8S007', 'error', 'Required fields must be set');
export const badEnum = meta('K8S008', 'error', 'Values must be one of the allowed values');
export const badFormat = meta('K8S009', 'error', 'Names, labels, ports and quantities must be well-formed');
export const missingName = meta('K8S010', 'error', 'metadata.name must be set (or metadata.generateName)');

export const schemaChecks: readonly RuleMeta[] = [
  missingTypeMeta,
  unknownKind,
  removedApi,
  notValidated,
  unknownField,
  wrongType,
  missingField,
  badEnum,
  badFormat,
  missingName,
];
