/**
 * The essentials of pkg/apis/core/validation and pkg/apis/apps/validation, with the API
 * server's field paths and details. The full manifest schema check (unknown fields, types)
 * is the manifest validator's job: see `AdmissionValidator` in apiserver.ts.
 */
import type { FieldError } from './errors';
import type { Json, KObject } from './types';
import { Selector } from './labels';
import { canonicalJson } from './json';

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

/** Go's %#v of a value, as field errors print it (`"x"`, `80800`, `map[string]string{"app":"kubia"}`). */
export function goValue(v: Json): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const keys = Object.keys(v).sort();
    return `map[string]string{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(String(v[k]))}`).join(', ')}}`;
  }
  if (Array.isArray(v)) return `[]string{${v.map((x) => JSON.stringify(String(x))).join(', ')}}`;
  return 'null';
}

/** `v1.LabelSelector{MatchLabels:map[string]string{"app":"y"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}` */
export function goLabelSelector(ls: Json): string {
  const labels = ls?.matchLabels ? goValue(ls.matchLabels) : 'map[string]string(nil)';
  return `v1.LabelSelector{MatchLabels:${labels}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`;
}

const required = (field: string, detail?: string): FieldError => ({ field, detail: detail ? `Required value: ${detail}` : 'Required value' });
const invalid = (field: string, value: Json, detail: string): FieldError => ({ field, detail: `Invalid value: ${goValue(value)}: ${detail}` });
const unsupported = (field: string, value: Json, supported: string[]): FieldError => ({
  field,
  detail: `Unsupported value: ${goValue(value)}: supported values: ${supported.map((s) => `"${s}"`).join(', ')}`,
});

export function validateMeta(o: Json, namespaced: boolean, errs: FieldError[]): void {
  validateName(o, errs);
  if (!namespaced && o.metadata?.namespace) errs.push({ field: 'metadata.namespace', detail: 'Forbidden: not allowed on this type' });
  validateLabels(o, errs);
}

/** `metadata.name` against the kind's naming rule. */
export function validateName(o: Json, errs: FieldError[]): void {
  const name = o.metadata?.name;
  if (!name) errs.push(required('metadata.name', 'name or generateName is required'));
  else if (o.kind === 'Namespace' || o.kind === 'Service') {
    const [re, msg] = o.kind === 'Service' ? [DNS1035_LABEL, DNS1035_MSG] : [DNS1123_LABEL, LABEL_MSG];
    if (!re.test(name) || name.length > 63) errs.push(invalid('metadata.name', name, msg));
  } else if (!DNS1123_SUBDOMAIN.test(name) || name.length > 253) errs.push(invalid('metadata.name', name, SUBDOMAIN_MSG));
}

function validateLabels(o: Json, errs: FieldError[]): void {
  for (const [k, v] of Object.entries((o.metadata?.labels ?? {}) as Record<string, Json>)) {
    if (typeof v !== 'string' || !/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(v) || v.length > 63)
      errs.push(
        invalid(
          `metadata.labels`,
          v,
          "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
        ),
      );
    void k;
  }
}

function validPort(n: Json): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 65535;
}

export function validatePodSpec(spec: Json, path: string, errs: FieldError[]): void {
  if (!spec || typeof spec !== 'object') {
    errs.push(required(`${path}.containers`));
    return;
  }
  const containers: Json[] = spec.containers ?? [];
  if (!Array.isArray(containers) || containers.length === 0) errs.push(required(`${path}.containers`));
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const p = `${path}.containers[${i}]`;
    if (!c?.name) errs.push(required(`${p}.name`));
    else if (!DNS1123_LABEL.test(c.name)) errs.push(invalid(`${p}.name`, c.name, LABEL_MSG));
    else if (names.has(c.name)) errs.push({ field: `${p}.name`, detail: `Duplicate value: ${goValue(c.name)}` });
    else names.add(c.name);
    if (!c?.image) errs.push(required(`${p}.image`));
    (c?.ports ?? []).forEach((port: Json, j: number) => {
      if (!validPort(port.containerPort))
        errs.push(
          port.containerPort === undefined
            ? required(`${p}.ports[${j}].containerPort`)
            : invalid(`${p}.ports[${j}].containerPort`, port.containerPort, 'must be between 1 and 65535, inclusive'),
        );
      if (port.protocol && !['TCP', 'UDP', 'SCTP'].includes(port.protocol))
        errs.push(unsupported(`${p}.ports[${j}].protocol`, port.protocol, ['SCTP', 'TCP', 'UDP']));
    });
    if (c?.imagePullPolicy && !['Always', 'IfNotPresent', 'Never'].includes(c.imagePullPolicy))
      errs.push(unsupported(`${p}.imagePullPolicy`, c.imagePullPolicy, ['Always', 'IfNotPresent', 'Never']));
  });
  if (spec.restartPolicy && !['Always', 'OnFailure', 'Never'].includes(spec.restartPolicy))
    errs.push(unsupported(`${path}.restartPolicy`, spec.restartPolicy, ['Always', 'OnFailure', 'Never']));
}

function validateReplicas(spec: Json, errs: FieldError[]): void {
  if (spec.replicas !== undefined && (!Number.isInteger(spec.replicas) || spec.replicas < 0))
    errs.push(invalid('spec.replicas', spec.replicas, 'must be greater than or equal to 0'));
}

function validateWorkload(o: Json, errs: FieldError[]): void {
  const spec = o.spec ?? {};
  validateReplicas(spec, errs);
  const tLabels = spec.template?.metadata?.labels;
  if (o.kind === 'ReplicationController') {
    if (!spec.selector || Object.keys(spec.selector).length === 0) errs.push(required('spec.selector'));
    else if (spec.template && !Selector.fromMap(spec.selector).matches(tLabels))
      errs.push(invalid('spec.template.metadata.labels', tLabels ?? {}, '`selector` does not match template `labels`'));
  } else {
    const sel = spec.selector;
    if (!sel || (!sel.matchLabels && !sel.matchExpressions)) errs.push(required('spec.selector'));
    else if (Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0)
      errs.push(invalid('spec.selector', sel, 'empty selector is invalid for deployment'));
    else if (spec.template) {
      let matches = false;
      try {
        matches = Selector.fromLabelSelector(sel).matches(tLabels);
      } catch (e) {
        errs.push(invalid('spec.selector', sel, (e as Error).message));
      }
      if (!matches) errs.push(invalid('spec.template.metadata.labels', tLabels ?? {}, '`selector` does not match template `labels`'));
    }
  }
  if (!spec.template) errs.push(required('spec.template'));
  else validatePodSpec(spec.template.spec, 'spec.template.spec', errs);
  if (o.kind === 'Deployment' && spec.strategy?.type && !['RollingUpdate', 'Recreate'].includes(spec.strategy.type))
    errs.push(unsupported('spec.strategy.type', spec.strategy.type, ['Recreate', 'RollingUpdate']));
}

const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];

function validateService(o: Json, errs: FieldError[]): void {
  const spec = o.spec ?? {};
  if (!SERVICE_TYPES.includes(spec.type)) errs.push(unsupported('spec.type', spec.type, SERVICE_TYPES));
  const ports: Json[] = spec.ports ?? [];
  if (spec.type !== 'ExternalName' && ports.length === 0) errs.push(required('spec.ports'));
  const names = new Set<string>();
  ports.forEach((p, i) => {
    if (ports.length > 1 && !p.name) errs.push(required(`spec.ports[${i}].name`));
    if (p.name) {
      if (names.has(p.name)) errs.push({ field: `spec.ports[${i}].name`, detail: `Duplicate value: ${goValue(p.name)}` });
      names.add(p.name);
    }
    if (!validPort(p.port))
      errs.push(p.port === undefined ? required(`spec.ports[${i}].port`) : invalid(`spec.ports[${i}].port`, p.port, 'must be between 1 and 65535, inclusive'));
    if (typeof p.targetPort === 'number' && !validPort(p.targetPort))
      errs.push(invalid(`spec.ports[${i}].targetPort`, p.targetPort, 'must be between 1 and 65535, inclusive'));
    if (p.nodePort !== undefined) {
      if (spec.type === 'ClusterIP') errs.push({ field: `spec.ports[${i}].nodePort`, detail: 'Forbidden: may not be used when `type` is \'ClusterIP\'' });
      else if (!(Number.isInteger(p.nodePort) && p.nodePort >= 30000 && p.nodePort <= 32767))
        errs.push(invalid(`spec.ports[${i}].nodePort`, p.nodePort, 'provided port is not in the valid range. The range of valid ports is 30000-32767'));
    }
  });
  if (!['None', 'ClientIP'].includes(spec.sessionAffinity)) errs.push(unsupported('spec.sessionAffinity', spec.sessionAffinity, ['ClientIP', 'None']));
}

/** Field errors for a create (old undefined) or an update. */
export function validateObject(o: Json, namespaced: boolean, old?: KObject): FieldError[] {
  const errs: FieldError[] = [];
  validateMeta(o, namespaced, errs);
  switch (o.kind) {
    case 'Pod':
      validatePodSpec(o.spec, 'spec', errs);
      if (old) validatePodUpdate(o, old, errs);
      break;
    case 'ReplicationController':
    case 'ReplicaSet':
    case 'Deployment':
      validateWorkload(o, errs);
      if (old && o.kind !== 'ReplicationController' && canonicalJson(o.spec?.selector) !== canonicalJson(old.spec?.selector))
        errs.push({ field: 'spec.selector', detail: `Invalid value: ${goLabelSelector(o.spec?.selector)}: field is immutable` });
      break;
    case 'Service':
      validateService(o, errs);
      if (old && old.spec?.clusterIP && o.spec?.clusterIP && o.spec.clusterIP !== old.spec.clusterIP)
        errs.push({ field: 'spec.clusterIPs[0]', detail: `Invalid value: ${goValue([o.spec.clusterIP])}: may not change once set` });
      break;
  }
  return errs;
}

/** Pod updates may only change images and a few fields (ValidatePodUpdate). */
function validatePodUpdate(o: Json, old: KObject, errs: FieldError[]): void {
  const strip = (spec: Json) =>
    canonicalJson({
      ...spec,
      containers: (spec?.containers ?? []).map((c: Json) => ({ ...c, image: undefined })),
      activeDeadlineSeconds: undefined,
      tolerations: undefined,
      nodeName: undefined,
    });
  if (strip(o.spec) !== strip(old.spec))
    errs.push({
      field: 'spec',
      detail:
        'Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
    });
}
