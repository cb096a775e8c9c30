import type { ManifestObject } from './context';
import { asMap, get, items, pair, str, type YamlMap, type YamlNode } from './yaml/ast';

/**
 * Traversal helpers written once (kube-linter pkg/objectkinds, per_container_check.go):
 * a rule asks for the pod spec of any workload and sees one container at a time.
 */
export interface PodSite {
  readonly object: ManifestObject;
  /** The PodSpec mapping. */
  readonly spec: YamlMap;
  /** `spec` for a Pod, `spec.template.spec` for controllers. */
  readonly path: string;
  /** Labels pods get: `metadata.labels` of the Pod or of the template. */
  readonly labels: YamlMap | undefined;
  /** Pods meant to keep running (not Jobs/CronJobs): probes make sense. */
  readonly longRunning: boolean;
}

const TEMPLATE_KINDS = new Set(['ReplicationController', 'ReplicaSet', 'Deployment', 'DaemonSet', 'StatefulSet', 'Job', 'PodTemplate']);

const siteCache = new WeakMap<ManifestObject, PodSite | null>();
const containerCache = new WeakMap<PodSite, readonly ContainerSite[]>();

/** The pod spec of a workload, computed once per object (every rule asks for it). */
export function podSite(object: ManifestObject): PodSite | undefined {
  // The rules of one object ask one after the other: the last answer is kept at hand.
  if (object === lastObject) return lastSite ?? undefined;
  let site = siteCache.get(object);
  if (site === undefined) {
    site = findPodSite(object) ?? null;
    siteCache.set(object, site);
  }
  lastObject = object;
  lastSite = site;
  return site ?? undefined;
}

let lastObject: ManifestObject | undefined;
let lastSite: PodSite | null = null;

function findPodSite(object: ManifestObject): PodSite | undefined {
  const { root, kind } = object;
  if (kind === 'Pod') {
    const spec = asMap(get(root, 'spec'));
    return spec && { object, spec, path: 'spec', labels: asMap(get(root, 'metadata', 'labels')), longRunning: true };
  }
  if (kind === 'CronJob') {
    const template = get(root, 'spec', 'jobTemplate', 'spec', 'template');
    const spec = asMap(get(template, 'spec'));
    return spec && { object, spec, path: 'spec.jobTemplate.spec.template.spec', labels: asMap(get(template, 'metadata', 'labels')), longRunning: false };
  }
  if (kind && TEMPLATE_KINDS.has(kind)) {
    const template = kind === 'PodTemplate' ? get(root, 'template') : get(root, 'spec', 'template');
    const spec = asMap(get(template, 'spec'));
    const path = kind === 'PodTemplate' ? 'template.spec' : 'spec.template.spec';
    return spec && { object, spec, path, labels: asMap(get(template, 'metadata', 'labels')), longRunning: kind !== 'Job' };
  }
  return undefined;
}

export interface ContainerSite {
  readonly node: YamlMap;
  /** The sequence item (for ranges of the whole container). */
  readonly item: YamlNode;
  readonly name: string | undefined;
  readonly path: string;
  readonly init: boolean;
}

/** A container of a pod site; its path (only ever part of a message) is built when asked for. */
class Container implements ContainerSite {
  constructor(
    readonly node: YamlMap,
    readonly item: YamlNode,
    readonly name: string | undefined,
    readonly init: boolean,
    private readonly site: PodSite,
    private readonly index: number,
  ) {}

  get path(): string {
    return `${this.site.path}.${this.init ? 'initContainers' : 'containers'}[${this.index}]`;
  }
}

const NO_CONTAINERS: readonly ContainerSite[] = [];

let lastContainersOf: PodSite | undefined;
let lastContainers: readonly ContainerSite[] = [];

export function containers(site: PodSite): readonly ContainerSite[] {
  if (site === lastContainersOf) return lastContainers;
  const result = containersOf(site);
  lastContainersOf = site;
  lastContainers = result;
  return result;
}

function containersOf(site: PodSite): readonly ContainerSite[] {
  const cached = containerCache.get(site);
  if (cached) return cached;
  let out: ContainerSite[] | undefined;
  for (let f = 0; f < 2; f++) {
    const init = f === 0;
    const list = items(get(site.spec, init ? 'initContainers' : 'containers'));
    for (let i = 0; i < list.length; i++) {
      const item = list[i]!;
      const node = asMap(item);
      if (node) (out ??= []).push(new Container(node, item, str(get(node, 'name')), init, site, i));
    }
  }
  const result = out ?? NO_CONTAINERS;
  containerCache.set(site, result);
  return result;
}

/** Where a container-level finding goes: its `name` value, else its first key. */
export function containerAnchor(c: ContainerSite): { start: number; end: number } {
  const name = pair(c.node, 'name');
  const n = name?.value ?? c.node.pairs[0]?.key ?? c.item;
  return { start: n.start, end: n.end };
}

/** Label map as a plain record of strings (non-string values as written). */
export function labelRecord(map: YamlMap | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of map?.pairs ?? []) {
    const v = get(map, p.name);
    const s = v?.type === 'scalar' ? v.value : undefined;
    if (s !== undefined && s !== null && typeof s !== 'object') out[p.name] = String(s);
  }
  return out;
}

export interface SelectorRequirement {
  readonly key: string;
  readonly operator: string;
  readonly values: readonly string[];
}

/** metav1.LabelSelectorAsSelector semantics: matchLabels AND every matchExpression. */
export function selectorMatches(matchLabels: Record<string, string>, expressions: readonly SelectorRequirement[], labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(matchLabels)) if (labels[k] !== v) return false;
  for (const e of expressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case 'In':
        if (!has || !e.values.includes(labels[e.key]!)) return false;
        break;
      case 'NotIn':
        if (has && e.values.includes(labels[e.key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

export function expressionsOf(selector: YamlNode | undefined): SelectorRequirement[] {
  return items(get(selector, 'matchExpressions')).map((e) => ({
    key: str(get(e, 'key')) ?? '',
    operator: str(get(e, 'operator')) ?? '',
    values: items(get(e, 'values')).map((v) => {
      const s = asMap(v) ? undefined : get(v);
      return s?.type === 'scalar' ? String(s.value) : '';
    }),
  }));
}
