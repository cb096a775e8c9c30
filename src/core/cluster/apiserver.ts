/**
 * The simulated kube-apiserver: the only writer of the store. Create runs, in the real order,
 * defaulting → admission (mutating: service account, tolerations, service addresses) →
 * validation (built-in essentials, then the optional manifest-schema `AdmissionValidator`) →
 * storage. `dryRun` stops before storage, like `--dry-run=server`.
 */
import type { VirtualClock } from '../sim/clock';
import type { SeededRandom } from '../sim/random';
import { ApiError, type FieldError } from './errors';
import { resourceForKind, type ResourceInfo } from './kinds';
import type { Selector } from './labels';
import type { ObjectStore, StoredHandle } from './store';
import { type Json, type KObject, type KObjectInput, deepClone, objectKey, withFields } from './types';
import { defaultObject, admitPod } from './defaults';
import { decodeError } from './decode';
import { validateMeta, validateName, validateObject } from './validation';
import { ClusterIpAllocator, NodePortAllocator } from './allocators';
import { canonicalJson } from './json';

/**
 * Hook for the manifest validator (src/core/manifest, built separately): called on create and
 * update after built-in validation; its field errors are reported in the same
 * `The Kind "name" is invalid: …` shape.
 */
export interface AdmissionValidator {
  validate(object: Json, old?: KObject): FieldError[];
}

export interface WriteOptions {
  readonly dryRun?: boolean;
  /** The request's namespace (kubectl's `-n`, default `default`). */
  readonly namespace?: string;
}

export type Propagation = 'Background' | 'Foreground' | 'Orphan';

/** Extra attempts at a free generated name (apiserver's maxGenerateNameRetries). */
const GENERATE_NAME_RETRIES = 7;

const EMPTY = Object.freeze({});
/** The metadata fields a controller's pod has before admission (see `admitFromTemplate`). */
const TEMPLATE_POD_METADATA = new Set(['generateName', 'namespace', 'labels', 'annotations', 'ownerReferences']);

/** Whether metadata has only `TEMPLATE_POD_METADATA` fields (a loop: no key array per pod). */
function onlyTemplateFields(md: object): boolean {
  for (const k in md) if (!TEMPLATE_POD_METADATA.has(k)) return false;
  return true;
}

let lastSecond = NaN;
let lastIso = '';

/** RFC 3339 with second precision, as metav1.Time serialises (memoised per second: it is hot). */
export function isoTime(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second !== lastSecond) {
    lastSecond = second;
    lastIso = new Date(second * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return lastIso;
}

export class ApiServer {
  readonly clusterIps: ClusterIpAllocator;
  readonly nodePorts: NodePortAllocator;
  validator: AdmissionValidator | undefined;
  /** Template spec object → the pod spec admitted from it and its QoS class (see `createFromTemplate`). */
  private readonly templateSpecs = new WeakMap<object, { spec: Json; qos: string | undefined }>();
  /** Label maps already validated (templates' own, shared by their pods and never changed). */
  private readonly validLabels = new WeakSet<object>();

  constructor(
    readonly store: ObjectStore,
    private readonly clock: VirtualClock,
    private readonly random: SeededRandom,
  ) {
    this.clusterIps = new ClusterIpAllocator(random);
    this.nodePorts = new NodePortAllocator(random);
    store.watch('Service', (e) => {
      if (e.type !== 'DELETED') return;
      this.clusterIps.release(e.object.spec?.clusterIP);
      for (const p of e.object.spec?.ports ?? []) this.nodePorts.release(p.nodePort);
    });
  }

  now(): string {
    return isoTime(this.clock.now());
  }

  /** 32 hex digits from 4 draws of the seeded source (hex(32) would take 32 draws: uids are hot). */
  hex32(): string {
    return this.random.hex32();
  }

  uid(): string {
    return this.random.uuid();
  }

  info(kind: string | undefined): ResourceInfo {
    const info = kind ? resourceForKind(kind) : undefined;
    if (!info) throw ApiError.badRequest(`no matches for kind "${kind}"`);
    return info;
  }

  get(kind: string, namespace: string | undefined, name: string): KObject {
    const info = this.info(kind);
    const o = this.store.get(kind, info.namespaced ? namespace ?? 'default' : undefined, name);
    if (!o) throw ApiError.notFound(kind, name);
    return o;
  }

  tryGet(kind: string, namespace: string | undefined, name: string): KObject | undefined {
    return this.store.get(kind, namespace, name);
  }

  /** LIST: sorted by namespace and name, the etcd key order real clients see. */
  list(kind: string, namespace?: string, selector?: Selector): KObject[] {
    const items = this.store.list(kind, namespace);
    const matched = selector && !selector.isEmpty() ? items.filter((o) => selector.matches(o.metadata.labels)) : items;
    const key = (o: KObject) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
    return matched.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }

  private namespaceOf(info: ResourceInfo, input: KObjectInput, options: WriteOptions): string | undefined {
    if (!info.namespaced) return undefined;
    const ns: string = input.metadata?.namespace ?? options.namespace ?? 'default';
    if (options.namespace && input.metadata?.namespace && options.namespace !== input.metadata.namespace)
      throw ApiError.badRequest(
        `the namespace of the provided object does not match the namespace sent on the request`,
      );
    if (!this.store.get('Namespace', undefined, ns)) throw ApiError.notFound('Namespace', ns);
    const nsObj = this.store.get('Namespace', undefined, ns)!;
    if (nsObj.metadata.deletionTimestamp)
      throw new ApiError(
        'Forbidden',
        `${info.plural} "${input.metadata?.name ?? ''}" is forbidden: unable to create new content in namespace ${ns} because it is being terminated`,
        403,
      );
    return ns;
  }

  create(input: KObjectInput, options: WriteOptions = {}): KObject {
    return this.admit(deepClone(input), options);
  }

  /**
   * Create for a controller stamping a pod out of its owner's stored template (`input.spec` is
   * that template's spec object, which the store never mutates). The spec is copied, defaulted,
   * admitted and validated once per template; later pods of the template share the admitted spec
   * (stored objects are immutable, so sharing is copy-on-write) and only their metadata is
   * checked. The first pod takes the ordinary path, so errors read the same. Metadata is copied
   * one level deep: its labels, annotations and owner references are stored as given, so the
   * caller hands over objects it never changes (the template's own, or fresh ones).
   */
  createFromTemplate(input: KObjectInput & { kind: 'Pod' }, options: WriteOptions = {}): KObject {
    const template: Json = input.spec;
    const shared = template && typeof template === 'object' ? this.templateSpecs.get(template) : undefined;
    if (!shared) {
      const pod = this.create(input, options);
      if (template && typeof template === 'object' && !options.dryRun) this.templateSpecs.set(template, { spec: pod.spec, qos: pod.status?.qosClass });
      return pod;
    }
    if (input.metadata?.name === undefined && input.metadata?.generateName && input.metadata.resourceVersion === undefined && onlyTemplateFields(input.metadata))
      return this.admitFromTemplate(input, shared, options);
    const o: Json = withFields(input, { metadata: { ...input.metadata }, spec: shared.spec, status: { phase: 'Pending', qosClass: shared.qos } });
    return this.admit(o, options, true);
  }

  /**
   * `admit` for a later pod of a template: defaulting and spec validation already ran for the
   * first; only the metadata is new. The pod is built once in its final shape (the same fields, in
   * the same order, as `admit` gives) and handed to the store as its own, with no further copies.
   */
  private admitFromTemplate(input: KObjectInput, shared: { spec: Json; qos: string | undefined }, options: WriteOptions): KObject {
    const info = this.info('Pod');
    const md: Json = input.metadata!;
    const namespace = this.namespaceOf(info, input, options)!;
    const name = `${md.generateName}${this.random.suffix()}`;
    const metadata: Json = { generateName: md.generateName, namespace, labels: md.labels, annotations: md.annotations, ownerReferences: md.ownerReferences, name, uid: '', creationTimestamp: '', resourceVersion: '' };
    const o: Json = { apiVersion: input.apiVersion ?? info.apiVersion, kind: 'Pod', metadata, spec: shared.spec, status: { phase: 'Pending', qosClass: shared.qos } };
    const errs: FieldError[] = [];
    if (!this.validLabels.has(md.labels ?? EMPTY)) validateMeta(o, true, errs);
    else validateName(o, errs);
    if (errs.length === 0 && md.labels) this.validLabels.add(md.labels);
    if (errs.length === 0 && this.validator) errs.push(...this.validator.validate(o));
    if (errs.length) throw ApiError.invalid(info.kind, name, errs);
    const free = this.freeName(info.kind, namespace, name, md.generateName);
    metadata.name = free.name;
    metadata.uid = this.uid();
    metadata.creationTimestamp = this.now();
    if (options.dryRun) return o as KObject;
    return this.store.create(o as KObject, true, free.key);
  }

  /**
   * `name` when no object of the kind has it; a generated one (`generateName` given) is drawn
   * again up to GENERATE_NAME_RETRIES times; then AlreadyExists. One store lookup per name drawn;
   * the store key of the free name comes along, for the create.
   */
  private freeName(kind: string, namespace: string | undefined, name: string, generateName: string | undefined): { name: string; key: string } {
    let key = objectKey(namespace, name);
    for (let retry = 0; this.store.getByKey(kind, key); retry++) {
      if (generateName === undefined || retry === GENERATE_NAME_RETRIES) throw ApiError.alreadyExists(kind, name);
      name = `${generateName}${this.random.suffix()}`;
      key = objectKey(namespace, name);
    }
    return { name, key };
  }

  private admit(o: Json, options: WriteOptions, sharedSpec = false): KObject {
    const info = this.info(o.kind);
    o.apiVersion ??= info.apiVersion;
    o.metadata = o.metadata && typeof o.metadata === 'object' ? o.metadata : {};
    const namespace = this.namespaceOf(info, o, options);
    if (namespace) o.metadata.namespace = namespace;
    const generated = !o.metadata.name && !!o.metadata.generateName;
    if (generated) o.metadata.name = `${o.metadata.generateName}${this.random.suffix()}`;
    let errs: FieldError[];
    if (sharedSpec) {
      // Defaulted, admitted and validated with the template's first pod: only metadata is new.
      errs = [];
      validateMeta(o, info.namespaced, errs);
    } else {
      const undecodable = decodeError(o);
      if (undecodable) throw ApiError.badRequest(undecodable);
      defaultObject(o);
      if (o.kind === 'Pod') admitPod(o);
      errs = validateObject(o, info.namespaced);
    }
    if (errs.length === 0 && this.validator) errs.push(...this.validator.validate(o));
    if (errs.length) throw ApiError.invalid(info.kind, o.metadata.name ?? '', errs);
    // A generated name that is taken is drawn again, up to 7 more times, as the API server does
    // since Kubernetes 1.31 (KEP-4420, RetryGenerateName): 100,000 pods of one ReplicaSet share a
    // 5-letter suffix space, and a few hundred would otherwise fail and requeue the ReplicaSet.
    const free = this.freeName(info.kind, namespace, o.metadata.name, generated ? o.metadata.generateName : undefined);
    o.metadata.name = free.name;
    if (o.kind === 'Service') this.allocateService(o, undefined, !!options.dryRun);
    delete o.metadata.resourceVersion;
    o.metadata.uid = this.uid();
    o.metadata.creationTimestamp = this.now();
    if (o.spec !== undefined && o.kind !== 'Pod' && o.kind !== 'Service' && o.kind !== 'Namespace') o.metadata.generation = 1;
    if (options.dryRun) return { ...o, metadata: { ...o.metadata, resourceVersion: '' } };
    return this.store.create(o as KObject, false, free.key);
  }

  /** Full replace of metadata and spec (PUT); status is kept from the stored object. */
  update(input: KObjectInput, options: WriteOptions = {}): KObject {
    const info = this.info(input.kind);
    const ns = info.namespaced ? input.metadata?.namespace ?? options.namespace ?? 'default' : undefined;
    const old = this.store.get(info.kind, ns, input.metadata?.name);
    if (!old) throw ApiError.notFound(info.kind, input.metadata?.name ?? '');
    const o: Json = deepClone(input);
    o.apiVersion ??= info.apiVersion;
    o.metadata = {
      ...o.metadata,
      namespace: ns,
      uid: old.metadata.uid,
      creationTimestamp: old.metadata.creationTimestamp,
      resourceVersion: o.metadata?.resourceVersion ?? old.metadata.resourceVersion,
    };
    if (old.metadata.generation !== undefined) o.metadata.generation = old.metadata.generation;
    if (old.metadata.deletionTimestamp) o.metadata.deletionTimestamp = old.metadata.deletionTimestamp;
    if (old.metadata.ownerReferences && !('ownerReferences' in (input.metadata ?? {}))) o.metadata.ownerReferences = old.metadata.ownerReferences;
    o.status = old.status;
    if (o.kind === 'Service') {
      o.spec ??= {};
      o.spec.clusterIP ??= old.spec?.clusterIP;
      o.spec.clusterIPs ??= old.spec?.clusterIPs;
    }
    if (o.kind === 'Pod' && o.spec && !o.spec.nodeName && old.spec?.nodeName) o.spec.nodeName = old.spec.nodeName;
    const undecodable = decodeError(o);
    if (undecodable) throw ApiError.badRequest(undecodable);
    defaultObject(o);
    if (o.kind === 'Pod') admitPod(o);
    const errs = validateObject(o, info.namespaced, old);
    if (errs.length === 0 && this.validator) errs.push(...this.validator.validate(o, old));
    if (errs.length) throw ApiError.invalid(info.kind, o.metadata.name, errs);
    if (o.kind === 'Service') this.allocateService(o, old, !!options.dryRun);
    if (canonicalJson(o.spec) !== canonicalJson(old.spec) && o.metadata.generation !== undefined) o.metadata.generation++;
    if (options.dryRun) return o as KObject;
    return this.store.update(o as KObject);
  }

  /**
   * Internal write used by controllers, the scheduler and kubelets (status, binding, scale,
   * owner references): no defaulting or validation; `generation` bumps when spec changes.
   * `owned`: `o` is a new top-level object the caller keeps no reference to (see the store's `stamp`).
   */
  write(o: KObject, owned = false, key?: string | StoredHandle): KObject {
    return this.store.update(o, owned, key);
  }

  /** Writes a new status on top of the current object (`key`: its store slot or key, when the caller holds it). */
  updateStatus(o: KObject, status: Json, key?: string | StoredHandle): KObject {
    // A spread that replaces a field keeps the object compact; one that adds a field would not (see `withFields`).
    return this.store.update('status' in o ? { ...o, status } : withFields(o, { status }), true, key);
  }

  private allocateService(o: Json, old: KObject | undefined, dryRun: boolean): void {
    const spec = o.spec;
    if (spec.type === 'ExternalName') return;
    if (!old) {
      if (spec.clusterIP && spec.clusterIP !== 'None') {
        if (!this.clusterIps.inRange(spec.clusterIP))
          throw ApiError.invalid('Service', o.metadata.name, [
            { field: 'spec.clusterIPs', detail: `Invalid value: []string{"${spec.clusterIP}"}: failed to allocate IP ${spec.clusterIP}: the provided IP (${spec.clusterIP}) is not in the valid range. The range of valid IPs is 10.96.0.0/12` },
          ]);
        if (!dryRun && !this.clusterIps.reserve(spec.clusterIP))
          throw ApiError.invalid('Service', o.metadata.name, [
            { field: 'spec.clusterIPs', detail: `Invalid value: []string{"${spec.clusterIP}"}: failed to allocate IP ${spec.clusterIP}: provided IP is already allocated` },
          ]);
      } else if (!spec.clusterIP) spec.clusterIP = dryRun ? '10.96.0.0' : this.clusterIps.allocate();
      spec.clusterIPs = [spec.clusterIP];
    }
    const needsNodePort = spec.type === 'NodePort' || (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts !== false);
    (spec.ports ?? []).forEach((p: Json, i: number) => {
      const previous = old?.spec?.ports?.find((q: Json) => q.port === p.port && q.protocol === p.protocol)?.nodePort;
      if (!needsNodePort) {
        delete p.nodePort;
        return;
      }
      if (p.nodePort === undefined) p.nodePort = previous ?? (dryRun ? 30000 : this.nodePorts.allocate());
      else if (p.nodePort !== previous && !dryRun && !this.nodePorts.reserve(p.nodePort))
        throw ApiError.invalid('Service', o.metadata.name, [
          { field: `spec.ports[${i}].nodePort`, detail: `Invalid value: ${p.nodePort}: provided port is already allocated` },
        ]);
    });
  }

  /**
   * DELETE. Pods on a node are deleted gracefully (deletionTimestamp set, the kubelet kills the
   * containers and removes the pod); everything else goes at once and the garbage collector
   * takes its dependents (`Background`), or drops their owner references (`Orphan`).
   */
  delete(kind: string, namespace: string | undefined, name: string, options: { dryRun?: boolean; propagation?: Propagation; gracePeriodSeconds?: number } = {}): KObject {
    const info = this.info(kind);
    const ns = info.namespaced ? namespace ?? 'default' : undefined;
    const old = this.store.get(info.kind, ns, name);
    if (!old) throw ApiError.notFound(info.kind, name);
    if (options.dryRun) return old;
    if (options.propagation === 'Orphan') this.orphanDependents(old);
    if (kind === 'Pod' && old.spec?.nodeName && options.gracePeriodSeconds !== 0) {
      if (old.metadata.deletionTimestamp) return old;
      const grace = options.gracePeriodSeconds ?? old.spec.terminationGracePeriodSeconds ?? 30;
      return this.store.update({
        ...old,
        metadata: withFields(old.metadata, { deletionTimestamp: isoTime(this.clock.now() + grace * 1000), deletionGracePeriodSeconds: grace }),
      });
    }
    if (kind === 'Namespace') {
      for (const r of ['Deployment', 'ReplicaSet', 'ReplicationController', 'Service', 'Endpoints', 'ConfigMap', 'Pod'])
        for (const o of this.store.list(r, name)) this.delete(r, name, o.metadata.name, { gracePeriodSeconds: 0 });
    }
    return this.store.delete(info.kind, ns, name);
  }

  private orphanDependents(owner: KObject): void {
    for (const { kind, key } of this.store.dependentsOf(owner.metadata.uid)) {
      const d = this.store.getByKey(kind, key);
      if (!d) continue;
      const refs = (d.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid);
      const metadata: Json = { ...d.metadata, ownerReferences: refs.length ? refs : undefined };
      if (!refs.length) delete metadata.ownerReferences;
      this.store.update({ ...d, metadata });
    }
  }

  exists(kind: string, namespace: string | undefined, name: string): boolean {
    return this.store.get(kind, namespace, name) !== undefined;
  }

  static key(namespace: string | undefined, name: string): string {
    return objectKey(namespace, name);
  }
}
