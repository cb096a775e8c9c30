/**
 * kube-scheduler: pops unscheduled pods in FIFO order, runs the Filter plugins over the nodes
 * (NodeUnschedulable, NodeName, NodeAffinity/nodeSelector, TaintToleration, NodeResourcesFit),
 * scores the feasible ones (NodeResourcesFit LeastAllocated + NodeResourcesBalancedAllocation,
 * with the non-zero defaults 100m CPU / 200Mi for pods without requests) and binds.
 * Like pkg/scheduler/schedule_one.go it stops filtering after numFeasibleNodesToFind nodes,
 * starts each pod where the previous search stopped, and picks uniformly among the nodes with the
 * top score (selectHost). On large clusters of plain nodes a score tree (`scoreTree.ts`) gives
 * the same answer without visiting the nodes one by one. Failure: `FailedScheduling` with the
 * Diagnosis message shape `0/3 nodes are available: 3 Insufficient cpu. preemption: …`.
 */
import { Controller, type ControllerContext } from '../controller';
import { parseCpu, parseMemory, podRequests } from '../podutil';
import type { StoredHandle } from '../store';
import { type Json, type KObject, controllerOf, withFields } from '../types';
import { ScoreTree } from './scoreTree';

interface NodeInfo {
  name: string;
  node: KObject;
  cpu: number;
  memory: number;
  pods: number;
  reqCpu: number;
  reqMemory: number;
  /**
   * `memory - reqMemory`, kept with it: byte counts pass 2^31, and the sum in the filter's
   * comparison cost a heap number per node visited; a difference read from the node does not.
   */
  freeMemory: number;
  /** with the non-zero defaults, for scoring */
  scoreCpu: number;
  scoreMemory: number;
  podCount: number;
  labels: Readonly<Record<string, string>>;
  /** Column of this node in the per-owner pod counts (stable for the node's life). */
  slot: number;
  /** Index in the node list (the search order), set when the list is built. */
  pos: number;
  taints: Json[];
  unschedulable: boolean;
  /** unschedulable or tainted: the full Filter chain must run for this node. */
  guarded: boolean;
  /**
   * LeastAllocated + BalancedAllocation for a pod requesting (`cachedCpu`, `cachedMemory`): pods
   * of one template ask the same, and the value only changes when the node's pods do.
   */
  cachedCpu: number;
  cachedMemory: number;
  cachedScore: number;
  /** The template spec last bound to this node, and its bound copy (see `boundSpec`): no lookup by node name. */
  boundFrom: object | undefined;
  bound: Json;
}

const DEFAULT_CPU = 100;
const DEFAULT_MEMORY = 200 * 2 ** 20;

const nonZeroCache = new WeakMap<object, { cpu: number; memory: number }>();

/** Cached per `containers` array, as `podRequests` is. */
function nonZero(spec: Json): { cpu: number; memory: number } {
  const containers = spec?.containers;
  const hit = containers && typeof containers === 'object' ? nonZeroCache.get(containers) : undefined;
  if (hit) return hit;
  const r = computeNonZero(spec);
  if (containers && typeof containers === 'object') nonZeroCache.set(containers, r);
  return r;
}

function computeNonZero(spec: Json): { cpu: number; memory: number } {
  let cpu = 0;
  let memory = 0;
  for (const c of spec?.containers ?? []) {
    const r = c.resources?.requests ?? c.resources?.limits ?? {};
    cpu += r.cpu !== undefined ? parseCpu(r.cpu) : DEFAULT_CPU;
    memory += r.memory !== undefined ? parseMemory(r.memory) : DEFAULT_MEMORY;
  }
  return { cpu, memory };
}

function tolerates(tolerations: Json[], taint: Json): boolean {
  return tolerations.some(
    (t) =>
      (!t.effect || t.effect === taint.effect) &&
      (t.operator === 'Exists' ? !t.key || t.key === taint.key : t.key === taint.key && (t.value ?? '') === (taint.value ?? '')),
  );
}

/** Below this many nodes the full pass is as quick as the tree. */
const TREE_MIN_NODES = 128;

/** numFeasibleNodesToFind with the default adaptive percentage. */
export function feasibleNodesToFind(total: number): number {
  if (total < 100) return total;
  const pct = Math.max(5, 50 - Math.floor(total / 125));
  return Math.max(100, Math.floor((total * pct) / 100));
}

/** A pod that holds its node's resources: bound and not finished. */
function occupies(pod: KObject): boolean {
  const phase = pod.status?.phase;
  return !!pod.spec?.nodeName && phase !== 'Succeeded' && phase !== 'Failed';
}

export class Scheduler extends Controller {
  private readonly nodes = new Map<string, NodeInfo>();
  /** The nodes in registration order, rebuilt on the next decision after a Node change (not once per node while 5,000 register). */
  private nodeList: NodeInfo[] | undefined = [];
  private nextStart = 0;
  /** pods that failed to schedule, retried when the cluster changes (the unschedulable queue). */
  private readonly unschedulable = new Set<string>();
  /**
   * Pods per controller uid per node (`counts[node.slot]`), for the default topology spreading
   * score. One array per owner, read once per decision instead of one map lookup per node.
   */
  private readonly ownerCounts = new Map<string, number[]>();
  private slots = 0;
  /** The feasible nodes sharing the best score so far, in search order (reused across decisions). */
  private readonly tied: NodeInfo[] = [];
  /** Tainted or unschedulable nodes in the node list (any: every decision takes the full pass). */
  private guardedNodes = 0;
  /**
   * Scores of the node list for the pods of one controller asking the same resources (the
   * signature below), kept up to date as pods are placed; rebuilt when another kind of pod comes.
   */
  private readonly tree = new ScoreTree();
  private treeList: NodeInfo[] | undefined;
  private treeOwner: string | undefined;
  private treeReq = { cpu: -1, memory: -1 };
  private treeScore = { cpu: -1, memory: -1 };

  constructor(ctx: ControllerContext) {
    super('default-scheduler', ctx, 'Pod');
    ctx.store.watch('Node', (e) => {
      if (e.type === 'DELETED') this.nodes.delete(e.object.metadata.name);
      else this.upsertNode(e.object);
      this.nodeList = undefined;
      this.retryUnschedulable();
    });
    ctx.store.watch('Pod', (e) => {
      const pod = e.object;
      const key = e.key;
      // The scheduler cache: a pod counts on its node from the write that binds it (ours or a
      // restored one) until it ends or is deleted. Writes are synchronous, so binding needs no
      // separate "assumed" state: the bind's own event accounts the pod before the next decision.
      if (e.type === 'DELETED') {
        if (occupies(pod)) this.unassign(pod);
        this.unschedulable.delete(key);
        if (pod.spec?.nodeName) this.retryUnschedulable();
        return;
      }
      const was = e.old !== undefined && occupies(e.old);
      if (occupies(pod)) {
        if (!was) this.assign(pod, pod.spec.nodeName);
      } else if (was) {
        this.unassign(e.old!);
        this.retryUnschedulable();
      } else if (!pod.spec?.nodeName && e.type === 'ADDED' && (pod.spec?.schedulerName ?? 'default-scheduler') === 'default-scheduler') {
        this.queue.add(key, e.cell);
      }
    });
  }

  /** Set by tests: every decision takes the full pass (to compare it with the score tree). */
  linearOnly = false;

  private buildNodeList(): NodeInfo[] {
    const list = [...this.nodes.values()];
    let guarded = 0;
    list.forEach((n, i) => {
      n.pos = i;
      if (n.guarded) guarded++;
    });
    this.guardedNodes = guarded;
    return list;
  }

  /** Where the next search starts in the node list (saved with the cluster, for the same placements after a restore). */
  get searchStart(): number {
    return this.nextStart;
  }

  set searchStart(value: number) {
    this.nextStart = Number.isInteger(value) && value >= 0 ? value : 0;
  }

  private upsertNode(node: KObject): void {
    const name = node.metadata.name;
    const prev = this.nodes.get(name);
    const alloc = node.status?.allocatable ?? {};
    const info: NodeInfo = {
      name,
      node,
      cpu: parseCpu(alloc.cpu ?? '0'),
      memory: parseMemory(alloc.memory ?? '0'),
      pods: Number(alloc.pods ?? 110),
      reqCpu: prev?.reqCpu ?? 0,
      reqMemory: prev?.reqMemory ?? 0,
      freeMemory: 0,
      scoreCpu: prev?.scoreCpu ?? 0,
      scoreMemory: prev?.scoreMemory ?? 0,
      podCount: prev?.podCount ?? 0,
      labels: node.metadata.labels ?? {},
      slot: prev?.slot ?? this.slots++,
      pos: -1,
      taints: (node.spec?.taints ?? []).filter((t: Json) => t.effect === 'NoSchedule' || t.effect === 'NoExecute'),
      unschedulable: !!node.spec?.unschedulable,
      guarded: false,
      cachedCpu: -1,
      cachedMemory: -1,
      cachedScore: 0,
      // A node updated keeps its bound specs (their nodeName is the same).
      boundFrom: prev?.boundFrom,
      bound: prev?.bound,
    };
    info.guarded = info.unschedulable || info.taints.length > 0;
    info.freeMemory = info.memory - info.reqMemory;
    this.nodes.set(name, info);
  }

  private assign(pod: KObject, nodeName: string): void {
    const n = this.nodes.get(nodeName);
    if (!n) return;
    const r = podRequests(pod.spec);
    const s = nonZero(pod.spec);
    n.reqCpu += r.cpu;
    n.reqMemory += r.memory;
    n.freeMemory = n.memory - n.reqMemory;
    n.scoreCpu += s.cpu;
    n.scoreMemory += s.memory;
    n.podCount++;
    n.cachedCpu = -1;
    const owner = controllerOf(pod)?.uid;
    if (owner) {
      let counts = this.ownerCounts.get(owner);
      if (!counts) this.ownerCounts.set(owner, (counts = []));
      // Packed, zero-filled up to the slot: the scoring loop reads it without holes.
      while (counts.length <= n.slot) counts.push(0);
      counts[n.slot]!++;
    }
    this.rescore(n);
  }

  private unassign(pod: KObject): void {
    const n = this.nodes.get(pod.spec.nodeName);
    if (!n) return;
    const r = podRequests(pod.spec);
    const s = nonZero(pod.spec);
    n.reqCpu -= r.cpu;
    n.reqMemory -= r.memory;
    n.freeMemory = n.memory - n.reqMemory;
    n.scoreCpu -= s.cpu;
    n.scoreMemory -= s.memory;
    n.podCount--;
    n.cachedCpu = -1;
    const owner = controllerOf(pod)?.uid;
    const counts = owner ? this.ownerCounts.get(owner) : undefined;
    if (counts && n.slot < counts.length) counts[n.slot]!--;
    this.rescore(n);
  }

  /** After a node's pods changed: its leaf in the score tree, when the tree is current. */
  private rescore(n: NodeInfo): void {
    if (this.treeList && this.treeList === this.nodeList && this.treeList[n.pos] === n) this.tree.set(n.pos, this.leafScore(n));
  }

  /** The tree's score of a node: what the full pass computes for a pod of the tree's signature. */
  private leafScore(n: NodeInfo): number {
    const req = this.treeReq;
    const s = this.treeScore;
    if (n.podCount + 1 > n.pods || (req.cpu > 0 && n.reqCpu + req.cpu > n.cpu) || (req.memory > 0 && req.memory > n.freeMemory)) return -Infinity;
    if (n.cachedCpu !== s.cpu || n.cachedMemory !== s.memory) Scheduler.refreshScore(n, s);
    const counts = this.treeOwner ? this.ownerCounts.get(this.treeOwner) : undefined;
    return counts && n.slot < counts.length ? n.cachedScore - counts[n.slot]! * 100 : n.cachedScore;
  }

  /**
   * The decision of the full pass, from the score tree: the nodes the search from `nextStart`
   * visits until it has `want` that fit, the best score among them, one of its ties drawn
   * uniformly in search order. Undefined when no node fits (the pass then names the reasons).
   */
  private pickFromTree(list: NodeInfo[], want: number, owner: string | undefined, req: { cpu: number; memory: number }, s: { cpu: number; memory: number }): { node: NodeInfo; visited: number } | undefined {
    const tree = this.tree;
    const total = list.length;
    if (this.treeList !== list || this.treeOwner !== owner || this.treeReq.cpu !== req.cpu || this.treeReq.memory !== req.memory || this.treeScore.cpu !== s.cpu || this.treeScore.memory !== s.memory) {
      this.treeList = list;
      this.treeOwner = owner;
      this.treeReq = { cpu: req.cpu, memory: req.memory };
      this.treeScore = { cpu: s.cpu, memory: s.memory };
      tree.build(total, (i) => this.leafScore(list[i]!));
    }
    const fitting = tree.fitting;
    if (fitting === 0) return undefined;
    const start = this.nextStart % total;
    const visited = fitting < want ? total : tree.span(start, want);
    const end = start + visited;
    let score: number;
    let ties: number;
    let firstTies = 0;
    if (end <= total) {
      tree.top(start, end);
      score = tree.topScore;
      ties = tree.topCount;
    } else {
      tree.top(start, total);
      const s1 = tree.topScore;
      const c1 = tree.topCount;
      tree.top(0, end - total);
      score = Math.max(s1, tree.topScore);
      firstTies = s1 === score ? c1 : 0;
      ties = firstTies + (tree.topScore === score ? tree.topCount : 0);
    }
    const j = ties > 1 ? this.ctx.random.int(ties) : 0;
    const at = end <= total ? tree.nth(start, end, score, j) : j < firstTies ? tree.nth(start, total, score, j) : tree.nth(0, end - total, score, j - firstTies);
    return { node: list[at]!, visited };
  }

  private retryUnschedulable(): void {
    for (const key of this.unschedulable) this.queue.add(key);
    this.unschedulable.clear();
  }

  /** Reason a node is filtered out (the plugin's status message), or undefined when it fits. */
  private filter(n: NodeInfo, pod: KObject, req: { cpu: number; memory: number }): string | undefined {
    const spec = pod.spec;
    if (n.unschedulable && !tolerates(spec.tolerations ?? [], { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }))
      return 'node(s) were unschedulable';
    for (const t of n.taints)
      if (!tolerates(spec.tolerations ?? [], t)) return `node(s) had untolerated taint {${t.key}: ${t.value ?? ''}}`;
    const sel = spec.nodeSelector;
    if (sel) for (const k in sel) if (n.labels[k] !== sel[k]) return "node(s) didn't match Pod's node affinity/selector";
    if (n.podCount + 1 > n.pods) return 'Too many pods';
    if (req.cpu > 0 && n.reqCpu + req.cpu > n.cpu) return 'Insufficient cpu';
    if (req.memory > 0 && n.reqMemory + req.memory > n.memory) return 'Insufficient memory';
    return undefined;
  }

  /**
   * LeastAllocated + BalancedAllocation + the default PodTopologySpread constraint on
   * `kubernetes.io/hostname` (ScheduleAnyway): fewer pods of the same controller score higher.
   * `sameOwner` is the number of pods of the incoming pod's controller already on the node.
   */
  private static refreshScore(n: NodeInfo, s: { cpu: number; memory: number }): void {
    const cpuFrac = n.cpu ? (n.scoreCpu + s.cpu) / n.cpu : 1;
    const memFrac = n.memory ? (n.scoreMemory + s.memory) / n.memory : 1;
    const least = ((Math.max(0, 1 - cpuFrac) + Math.max(0, 1 - memFrac)) / 2) * 100;
    const balanced = (1 - Math.abs(cpuFrac - memFrac) / 2) * 100;
    n.cachedCpu = s.cpu;
    n.cachedMemory = s.memory;
    n.cachedScore = least + balanced;
  }

  protected sync(key: string): void {
    const cell = this.ctx.store.handle('Pod', key);
    const pod = cell?.object;
    if (!pod || pod.spec?.nodeName || pod.metadata.deletionTimestamp) return;
    const req = podRequests(pod.spec);
    const s = nonZero(pod.spec);
    const owner = controllerOf(pod)?.uid;
    const counts = owner ? this.ownerCounts.get(owner) : undefined;
    const random = this.ctx.random;
    const list = (this.nodeList ??= this.buildNodeList());
    const total = list.length;
    const want = feasibleNodesToFind(total);
    const hasSelector = !!pod.spec.nodeSelector && Object.keys(pod.spec.nodeSelector).length > 0;
    // Large clusters of plain nodes: the score tree gives the pass's answer without the pass.
    if (total >= TREE_MIN_NODES && !hasSelector && this.guardedNodes === 0 && !this.linearOnly) {
      const pick = this.pickFromTree(list, want, owner, req, s);
      if (pick) {
        this.nextStart = (this.nextStart + pick.visited) % total;
        this.bind(cell!, pod, pick.node);
        return;
      }
    }
    let reasons: Map<string, number> | undefined;
    let best: NodeInfo | undefined;
    let bestScore = -Infinity;
    let ties = 0;
    let found = 0;
    let i = 0;
    const reqCpu = req.cpu;
    const reqMemory = req.memory;
    const sCpu = s.cpu;
    const sMemory = s.memory;
    const ownerCounts = counts ?? [];
    const countsLength = ownerCounts.length;
    let idx = total ? this.nextStart % total : 0;
    const tied = this.tied;
    // Hot loop (feasibleNodesToFind nodes per pod): no calls on the common path, so the score
    // stays an unboxed double; the spread term is the pods of this controller on the node.
    for (; i < total && found < want; i++, idx = idx + 1 === total ? 0 : idx + 1) {
      const n = list[idx]!;
      // Fast path: the full Filter chain only runs when something could filter this node out.
      if (
        n.guarded ||
        hasSelector ||
        n.podCount + 1 > n.pods ||
        (reqCpu > 0 && n.reqCpu + reqCpu > n.cpu) ||
        (reqMemory > 0 && reqMemory > n.freeMemory)
      ) {
        const why = this.filter(n, pod, req);
        if (why) {
          reasons ??= new Map();
          reasons.set(why, (reasons.get(why) ?? 0) + 1);
          continue;
        }
      }
      found++;
      if (n.cachedCpu !== sCpu || n.cachedMemory !== sMemory) Scheduler.refreshScore(n, s);
      const slot = n.slot;
      const sc = slot < countsLength ? n.cachedScore - ownerCounts[slot]! * 100 : n.cachedScore;
      if (sc > bestScore) {
        bestScore = sc;
        tied[0] = n;
        ties = 1;
      } else if (sc === bestScore) tied[ties++] = n;
    }
    // selectHost: one of the nodes with the top score, uniformly (kube-scheduler's reservoir
    // sampling over the ties of the maximum, drawn here in one step).
    if (ties) best = tied[ties > 1 ? random.int(ties) : 0];
    if (total) this.nextStart = (this.nextStart + i) % total;
    if (!best) {
      this.unschedulable.add(key);
      reasons ??= new Map<string, number>();
      const parts = [...reasons.entries()].map(([why, n]) => `${n} ${why}`).sort();
      const preemption = [...reasons.entries()].every(([why]) => why.startsWith('Insufficient') || why === 'Too many pods')
        ? `preemption: 0/${total} nodes are available: ${total} No preemption victims found for incoming pod.`
        : `preemption: 0/${total} nodes are available: ${total} Preemption is not helpful for scheduling.`;
      const message = total === 0 ? 'no nodes available to schedule pods' : `0/${total} nodes are available: ${parts.join(', ')}. ${preemption}`;
      this.ctx.events.record(pod, 'Warning', 'FailedScheduling', message, 'default-scheduler');
      const conditions = [{ type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: this.ctx.api.now(), reason: 'Unschedulable', message }];
      if (JSON.stringify(pod.status?.conditions) !== JSON.stringify(conditions))
        this.ctx.api.updateStatus(pod, withFields(pod.status ?? {}, { conditions }));
      return;
    }
    this.bind(cell!, pod, best);
  }

  /**
   * `[PodScheduled=True]` as of `now`: pods bound in the same second share one (immutable) array,
   * so the kubelet's later status writes can share their conditions too.
   */
  private scheduledConditions(now: string): Json[] {
    if (this.scheduled?.[0].lastTransitionTime !== now) this.scheduled = [{ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: now }];
    return this.scheduled;
  }

  private scheduled: [Json] | undefined;

  /**
   * Bound specs of controller-made pods, by template spec and node: the pods of one template on
   * one node share one (immutable) spec, as they shared the template's before binding. 10,000
   * pods on 1,000 nodes keep 1,000 bound specs, not 10,000.
   */
  private readonly boundSpecs = new WeakMap<object, Map<string, Json>>();

  private boundSpec(pod: KObject, n: NodeInfo): Json {
    const spec = pod.spec;
    const nodeName = n.name;
    if (!controllerOf(pod)) return withFields(spec, { nodeName });
    // The node's last template first: a scale-up binds one template everywhere.
    if (n.boundFrom === spec) return n.bound;
    let byNode = this.boundSpecs.get(spec);
    if (!byNode) this.boundSpecs.set(spec, (byNode = new Map()));
    let bound = byNode.get(nodeName);
    if (!bound) byNode.set(nodeName, (bound = withFields(spec, { nodeName })));
    n.boundFrom = spec;
    n.bound = bound;
    return bound;
  }

  /** The pods/binding subresource: nodeName and the PodScheduled condition. */
  private bind(cell: StoredHandle, pod: KObject, best: NodeInfo): void {
    const bound = { ...pod, spec: this.boundSpec(pod, best), status: withFields(pod.status ?? {}, { conditions: this.scheduledConditions(this.ctx.api.now()) }) };
    this.ctx.api.write(bound, true, cell);
    // Joined, not a template literal: one flat string is kept per pod, not a chain of three concatenations.
    this.ctx.events.record(pod, 'Normal', 'Scheduled', ['Successfully assigned ', cell.key, ' to ', best.name].join(''), 'default-scheduler', undefined, cell);
  }
}
