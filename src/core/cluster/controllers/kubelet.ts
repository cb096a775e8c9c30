/**
 * The kubelets of all nodes (one dispatcher, per-node state), after pkg/kubelet: a pod bound to
 * a node gets a sandbox (pod IP from the node's podCIDR), its images pulled through the engine's
 * registry (`ImageSource`; never pushed → ErrImagePull → ImagePullBackOff), its containers
 * created and started, probes run against what the image's app does, and failed containers
 * restarted with the CrashLoopBackOff back-off (10 s doubling to 5 min). A deleted pod's
 * containers are killed and the pod removed. Statuses and events use the kubelet's wording.
 */
import type { AppBehaviour, ImageInfo, ImageSource } from '../../sim/images';
import type { HttpListener, HttpResult, Network } from '../../sim/network';
import { Controller, type ControllerContext } from '../controller';
import type { StoredHandle } from '../store';
import { type Json, type KObject, splitKey } from '../types';

const BACKOFF_START = 10_000;
const BACKOFF_MAX = 300_000;
const CREATE_MS = 300;
const TERMINATION_MS = 1_000;
/** The kubelet tries again to set up a pod sandbox that found no free address. */
const SANDBOX_RETRY_MS = 10_000;
/** `lastState: {}` of a container that never ended: one shared (frozen) object, not one per status write. */
const NO_STATE: Json = Object.freeze({});
/** `conditions` of a pod without any yet. */
const NO_CONDITIONS: readonly Json[] = Object.freeze([]);
/** The log of a container that printed nothing yet. */
const NO_LOGS: readonly string[] = Object.freeze([]);

interface ContainerRuntime {
  readonly spec: Json;
  state: 'waiting' | 'running' | 'terminated';
  reason?: string;
  message?: string;
  exitCode?: number;
  startedAt?: string;
  finishedAt?: string;
  ready: boolean;
  started: boolean;
  restartCount: number;
  lastState?: Json;
  /** CrashLoopBackOff delay for the next restart. */
  backoff: number;
  /** ImagePullBackOff delay for the next pull. */
  pullBackoff: number;
  image?: ImageInfo;
  /** The image a pull in progress fetches, as resolved when it started (undefined: no such image). */
  pulling?: ImageInfo;
  /** `imageID` of `image`, computed once per pull (every status write reports it). */
  imageId?: string;
  containerId?: string;
  /** Shared with the image's startup log until the container writes more (copy on write). */
  logs: readonly string[];
  previousLogs?: readonly string[];
  /** The port a server container listens on (0: none); on the node's address (host network), its listener too. */
  listener?: HttpListener;
  listenPort: number;
  everStarted: boolean;
}

interface PodRuntime {
  readonly uid: string;
  /** The pod's store cell (its current version without a lookup; see `current`). */
  readonly cell: StoredHandle;
  readonly node: NodeState;
  readonly ip: string;
  readonly startTime: string;
  readonly containers: ContainerRuntime[];
  alive: boolean;
  killing: boolean;
}

/** A container of the saved kubelet state: the runtime minus what is re-derived (spec, image, listener). */
export type ContainerState = Omit<ContainerRuntime, 'spec' | 'image' | 'pulling' | 'listener' | 'listenPort'>;

export interface KubeletState {
  readonly nodes: { name: string; ip: string; podCidrBase: string; nextIp: number; usedIps: number[]; images: string[] }[];
  readonly pods: { uid: string; key: string; node: string; ip: string; startTime: string; killing: boolean; containers: ContainerState[] }[];
}

export interface NodeState {
  readonly name: string;
  readonly ip: string;
  readonly podCidrBase: string;
  nextIp: number;
  /**
   * Pods on the pod network by the last byte of their IP, 2–254 (the addresses in use; `Network.resolve`
   * finds a pod here): an array, indexed without hashing.
   */
  readonly pods: (PodRuntime | undefined)[];
  readonly images: Set<string>;
  /** `status.hostIPs` of the node's pods: one array for all of them (stored objects are never changed). */
  hostIPs?: Json[];
}

/** `luksa/kubia` → `luksa/kubia:latest`, as the container runtime reports `image`. */
export function imageWithTag(image: string): string {
  if (image === lastImage) return lastTagged;
  const slash = image.lastIndexOf('/');
  lastTagged = image.includes('@') || image.indexOf(':', slash + 1) >= 0 ? image : `${image}:latest`;
  lastImage = image;
  return lastTagged;
}

/** The last answer of `imageWithTag`: every status write asks it, mostly for one image (one string, not one per pod). */
let lastImage: string | undefined;
let lastTagged = '';

/**
 * A pod's `command`/`args` override what the image would run. The few shell commands lessons
 * use are recognised (never executed): `echo …` prints and exits, `sleep N` idles then exits,
 * `sleep infinity` / `tail -f /dev/null` and `sh -c "while true; do …; done"` idle forever.
 */
export type RunBehaviour = AppBehaviour | { readonly kind: 'sleep'; readonly ms: number };

export function commandBehaviour(spec: Json): RunBehaviour | undefined {
  if (!spec.command && !spec.args) return undefined;
  const argv: string[] = [...(spec.command ?? []), ...(spec.args ?? [])];
  if (!argv.length) return undefined;
  let line = argv.join(' ');
  const sh = /^(?:\/bin\/)?sh -c (.*)$/.exec(line);
  if (sh) line = sh[1]!;
  const echo = /^echo\s*(.*)$/.exec(line);
  if (echo) return { kind: 'exit', output: [echo[1]!.replace(/^(["'])(.*)\1$/, '$2')], exitCode: 0 };
  if (/^(sleep (infinity|inf)|tail -f \/dev\/null)$/.test(line)) return { kind: 'idle', startupLog: [] };
  // A shell loop that never ends (`while true; do wget -qO- localhost:8080; sleep 5; done`,
  // the sidecar pattern) keeps the container running.
  if (sh && /^(?:while (?:true|:)|until false)\s*;\s*do\b[\s\S]*\bdone\s*$/.test(line)) return { kind: 'idle', startupLog: [] };
  const sleep = /^sleep (\d+)$/.exec(line);
  if (sleep) return { kind: 'sleep', ms: Number(sleep[1]) * 1000 };
  return undefined;
}

function findCondition(conditions: Json[], type: string): Json | undefined {
  for (const c of conditions) if (c.type === type) return c;
  return undefined;
}

function humanSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 1000 ? 3 : 1).replace(/\.?0+$/, '')}s`;
}

// Event messages by subject (functions, not closures made per event).
const pullingText = (image: string) => `Pulling image "${image}"`;
const createdText = (name: string) => `Created container ${name}`;
const startedText = (name: string) => `Started container ${name}`;

/** A free last byte of an address in the node's /24 (2–254), from `nextIp` on; undefined when all are taken. */
function freeAddress(node: NodeState): number | undefined {
  let n = node.nextIp >= 2 && node.nextIp <= 254 ? node.nextIp : 2;
  for (let tries = 0; tries < 253; tries++, n = n >= 254 ? 2 : n + 1) if (node.pods[n] === undefined) return n;
  return undefined;
}

/** The last byte of an IPv4 address (-1 when it is not a number). */
function addressByte(ip: string): number {
  const n = Number(ip.slice(ip.lastIndexOf('.') + 1));
  return Number.isInteger(n) ? n : -1;
}

function usedAddresses(node: NodeState): number[] {
  const used: number[] = [];
  node.pods.forEach((rt, n) => {
    if (rt) used.push(n);
  });
  return used;
}

/** How long pulling takes: half a second plus the image at 80 MB/s (an image that is not found: 1.5 s). */
function pullMs(info: ImageInfo | undefined): number {
  return info ? 500 + Math.round((info.sizeBytes / 80e6) * 1000) : 1_500;
}

/** `docker-pullable://luksa/kubia@sha256:…`, as the container status reports `imageID`. */
function imageId(image: ImageInfo): string {
  return `docker-pullable://${image.reference.replace(/:[^/:]*$/, '')}@${image.id}`;
}

export class Kubelets extends Controller {
  private readonly nodeStates = new Map<string, NodeState>();
  /** Nodes by pod CIDR base (`10.244.3`): a pod IP's node. */
  private readonly byCidr = new Map<string, NodeState>();
  /**
   * Runtimes of pods deleted from the store while running (force deletion), until their sync
   * tears them down. A running pod's runtime is kept on its store slot (`runtime`).
   */
  private readonly orphans = new Map<string, PodRuntime>();
  /** Event messages that repeat across pods (`Pulling image "…"`, `Started container …`), one string each, by reason and subject. */
  private readonly texts = new Map<string, Map<string, string>>();
  /** Image reference → its digest and `imageID`, as last resolved. */
  private readonly imageIds = new Map<string, { id: string; value: string }>();
  /** The condition of each type written last, shared by the next pod whose condition reads the same. */
  private readonly conditions = new Map<string, Json>();
  /** `state.running` written last, shared the same way; and `state.waiting` without a message. */
  private lastRunning: Json | undefined;
  private lastWaiting: Json | undefined;
  /** The status of a container without a container id written last, shared the same way. */
  private lastNotStarted: Json | undefined;
  /** The `containerStatuses` array written last, shared when its statuses are the same objects. */
  private lastStatuses: Json[] | undefined;
  /** The conditions array written last, shared the same way. */
  private lastConditions: Json[] | undefined;
  /** The unready-containers message written last, and the names it lists. */
  private lastUnready: { names: string; text: string } | undefined;

  constructor(
    ctx: ControllerContext,
    private readonly images: ImageSource,
    private readonly podNetwork: Network,
  ) {
    super('kubelet', ctx, 'Pod');
    // Pod IPs answer through the node's pods (no listener entry per pod on the pod network).
    podNetwork.resolve((host, port) => this.endpoint(host, port));
    ctx.store.watch('Pod', (e) => {
      const pod = e.object;
      // The kubelet's own status writes keep spec and metadata: nothing for it to do.
      if (e.type === 'MODIFIED' && e.old && e.old.spec === pod.spec && e.old.metadata.deletionTimestamp === pod.metadata.deletionTimestamp) return;
      // Deleted while running (forced): the runtime waits here for its teardown.
      const orphaned = e.type === 'DELETED' && e.cell.runtime !== undefined;
      if (orphaned) this.orphans.set(e.key, e.cell.runtime as PodRuntime);
      if (orphaned || (pod.spec?.nodeName && this.nodeStates.has(pod.spec.nodeName))) this.queue.add(e.key, e.cell);
    });
  }

  addNode(name: string, ip: string, podCidrBase: string, preloaded: readonly string[] = []): void {
    this.setNode({ name, ip, podCidrBase, nextIp: 3, pods: [], images: new Set(preloaded) });
  }

  private setNode(node: NodeState): void {
    this.removeNode(node.name);
    this.nodeStates.set(node.name, node);
    this.byCidr.set(node.podCidrBase, node);
  }

  removeNode(name: string): void {
    const node = this.nodeStates.get(name);
    if (!node) return;
    this.nodeStates.delete(name);
    if (this.byCidr.get(node.podCidrBase) === node) this.byCidr.delete(node.podCidrBase);
  }

  /** The server container listening at a pod IP and port, as a pod-network listener. */
  private endpoint(host: string, port: number): HttpListener | undefined {
    const dot = host.lastIndexOf('.');
    const node = dot > 0 ? this.byCidr.get(host.slice(0, dot)) : undefined;
    const rt = node?.pods[addressByte(host)];
    if (!rt || rt.ip !== host) return undefined;
    const c = rt.containers.find((x) => x.listenPort === port);
    return c && new ContainerListener(this, rt, c);
  }

  nodeState(name: string): NodeState | undefined {
    return this.nodeStates.get(name);
  }

  /** `kubectl logs` (undefined: no such container or never started). */
  logs(namespace: string, pod: string, container: string | undefined, previous: boolean): { lines?: readonly string[]; error?: string } {
    const rt = this.runtimeAt(`${namespace}/${pod}`);
    if (!rt) return { error: 'not-started' };
    const c = container ? rt.containers.find((x) => x.spec.name === container) : rt.containers[0];
    if (!c) return { error: 'no-container' };
    if (previous) return c.previousLogs ? { lines: c.previousLogs } : { error: 'no-previous' };
    if (!c.everStarted) return { error: 'not-started' };
    return { lines: c.logs };
  }

  /** The hostname a container sees: the pod name (or spec.hostname). */
  runtimeOf(namespace: string, pod: string): { ip: string; running: boolean } | undefined {
    const rt = this.runtimeAt(`${namespace}/${pod}`);
    return rt && { ip: rt.ip, running: rt.containers.some((c) => c.state === 'running') };
  }

  /** The runtime of the pod under a key: the stored pod's, else one deleted while running. */
  private runtimeAt(key: string): PodRuntime | undefined {
    return (this.ctx.store.handle('Pod', key)?.runtime as PodRuntime | undefined) ?? this.orphans.get(key);
  }

  protected sync(key: string): void {
    const cell = this.ctx.store.handle('Pod', key);
    const pod = cell?.object;
    // A pod deleted while running (perhaps created again under its name since): its containers go.
    if (this.orphans.size) {
      const orphan = this.orphans.get(key);
      if (orphan) this.teardown(orphan);
    }
    let rt = cell?.runtime as PodRuntime | undefined;
    if (!pod) return;
    const node = this.nodeStates.get(pod.spec?.nodeName);
    if (!node) return;
    if (pod.metadata.deletionTimestamp) {
      if (!rt) {
        this.ctx.api.delete('Pod', pod.metadata.namespace, pod.metadata.name, { gracePeriodSeconds: 0 });
        return;
      }
      if (!rt.killing) this.kill(rt, pod);
      return;
    }
    if (rt || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return;
    const address = pod.spec?.hostNetwork ? 0 : freeAddress(node);
    if (address === undefined) {
      // Every address of the node's /24 is taken (pods bound by nodeName past the scheduler's limit): the sandbox waits.
      const range = `${node.podCidrBase}.1-${node.podCidrBase}.254`;
      this.ctx.events.record(pod, 'Warning', 'FailedCreatePodSandBox', `Failed to create pod sandbox: failed to set up sandbox network: failed to allocate for range 0: no IP addresses available in range set: ${range}`, 'kubelet', node.name, cell);
      this.queue.addAfter(key, SANDBOX_RETRY_MS);
      return;
    }
    rt = this.startPod(pod, cell!, node, address);
    cell!.runtime = rt;
    this.publish(rt);
    for (const c of rt.containers) this.pull(rt, c, pod);
  }

  /** A pod's runtime; `n`: the last byte of its address (0: the node's own, host network). */
  private startPod(pod: KObject, cell: StoredHandle, node: NodeState, n: number): PodRuntime {
    const host = n === 0;
    if (!host) node.nextIp = n >= 254 ? 2 : n + 1;
    const ip = host ? node.ip : `${node.podCidrBase}.${n}`;
    const rt: PodRuntime = {
      uid: pod.metadata.uid,
      cell,
      node,
      ip,
      startTime: this.ctx.api.now(),
      alive: true,
      killing: false,
      // Every field from the start: one compact object, not a chain of hidden classes as fields arrive.
      containers: (pod.spec.containers ?? []).map(
        (spec: Json): ContainerRuntime => ({
          spec,
          state: 'waiting',
          reason: 'ContainerCreating',
          message: undefined,
          exitCode: undefined,
          startedAt: undefined,
          finishedAt: undefined,
          ready: false,
          started: false,
          restartCount: 0,
          lastState: undefined,
          backoff: 0,
          pullBackoff: 0,
          image: undefined,
          pulling: undefined,
          imageId: undefined,
          containerId: undefined,
          logs: [],
          previousLogs: undefined,
          listener: undefined,
          listenPort: 0,
          everStarted: false,
        }),
      ),
    };
    if (!host) node.pods[n] = rt;
    return rt;
  }

  /** The pod's current version; undefined once it is gone (deleted, or re-created under its name: another uid). */
  private current(rt: PodRuntime): KObject | undefined {
    if (!rt.alive) return undefined;
    const pod = rt.cell.object;
    return pod.metadata.uid === rt.uid ? pod : undefined;
  }

  private pull(rt: PodRuntime, c: ContainerRuntime, pod: KObject): void {
    const image: string = c.spec.image;
    const policy: string = c.spec.imagePullPolicy ?? 'IfNotPresent';
    const present = rt.node.images.has(image);
    if (present && policy !== 'Always') {
      this.setImage(c, this.images.resolve(image));
      this.ctx.events.record(pod, 'Normal', 'Pulled', `Container image "${image}" already present on machine`, 'kubelet', rt.node.name);
      this.ctx.timers.after(CREATE_MS, this.createLater, rt, c);
      return;
    }
    if (policy === 'Never') {
      this.wait(rt, c, 'ErrImageNeverPull', `Container image "${image}" is not present with pull policy of Never`);
      this.ctx.events.record(pod, 'Warning', 'ErrImageNeverPull', `Container image "${image}" is not present with pull policy of Never`, 'kubelet', rt.node.name);
      this.publish(rt);
      return;
    }
    this.ctx.events.record(pod, 'Normal', 'Pulling', this.text('Pulling', image, pullingText), 'kubelet', rt.node.name, rt.cell);
    const info = this.images.resolve(image);
    c.pulling = info;
    this.ctx.timers.after(pullMs(info), this.pulled, rt, c);
  }

  /** A pull ends (`c.pulling`: the image it fetched, or undefined when there is none to pull). */
  private readonly pulled = (rt: PodRuntime, c: ContainerRuntime): void => {
    const p = this.current(rt);
    const info = c.pulling;
    c.pulling = undefined;
    if (!p || rt.killing) return;
    const image: string = c.spec.image;
    if (!info) {
      const repo = image.replace(/:[^/:]*$/, '');
      const msg = `Failed to pull image "${image}": Error response from daemon: pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;
      this.ctx.events.record(p, 'Warning', 'Failed', msg, 'kubelet', rt.node.name);
      this.ctx.events.record(p, 'Warning', 'Failed', 'Error: ErrImagePull', 'kubelet', rt.node.name);
      this.wait(rt, c, 'ErrImagePull', msg);
      this.publish(rt);
      c.pullBackoff = c.pullBackoff ? Math.min(c.pullBackoff * 2, BACKOFF_MAX) : BACKOFF_START;
      this.ctx.timers.after(1_000, () => {
        const p2 = this.current(rt);
        if (!p2 || rt.killing) return;
        this.ctx.events.record(p2, 'Normal', 'BackOff', `Back-off pulling image "${image}"`, 'kubelet', rt.node.name);
        this.ctx.events.record(p2, 'Warning', 'Failed', 'Error: ImagePullBackOff', 'kubelet', rt.node.name);
        this.wait(rt, c, 'ImagePullBackOff', `Back-off pulling image "${image}"`);
        this.publish(rt);
        this.ctx.timers.after(c.pullBackoff, () => {
          const p3 = this.current(rt);
          if (p3 && !rt.killing) this.pull(rt, c, p3);
        });
      });
      return;
    }
    this.setImage(c, info);
    c.pullBackoff = 0;
    rt.node.images.add(image);
    this.ctx.events.record(p, 'Normal', 'Pulled', this.pulledText(image, pullMs(info), info.sizeBytes), 'kubelet', rt.node.name, rt.cell);
    this.create(rt, c);
  };

  private readonly createLater = (rt: PodRuntime, c: ContainerRuntime): void => this.create(rt, c);

  /** The last `Pulled` message: a scale-up pulls one image of one size everywhere (no key string per pull). */
  private lastPulled: { image: string; ms: number; size: number; text: string } | undefined;

  private pulledText(image: string, ms: number, size: number): string {
    const last = this.lastPulled;
    if (last && last.image === image && last.ms === ms && last.size === size) return last.text;
    const text = `Successfully pulled image "${image}" in ${humanSeconds(ms)} (${humanSeconds(ms)} including waiting). Image size: ${size} bytes.`;
    this.lastPulled = { image, ms, size, text };
    return text;
  }

  private text(reason: string, subject: string, build: (subject: string) => string): string {
    let byReason = this.texts.get(reason);
    if (!byReason) this.texts.set(reason, (byReason = new Map()));
    let t = byReason.get(subject);
    if (t === undefined) {
      // Bounded: a few images and container names; a lesson never comes near.
      if (byReason.size >= 1024) byReason.clear();
      byReason.set(subject, (t = build(subject)));
    }
    return t;
  }

  private setImage(c: ContainerRuntime, image: ImageInfo | undefined): void {
    c.image = image;
    if (!image) {
      c.imageId = undefined;
      return;
    }
    // One `imageID` string per image, not one per pulled container.
    let known = this.imageIds.get(image.reference);
    if (known?.id !== image.id) this.imageIds.set(image.reference, (known = { id: image.id, value: imageId(image) }));
    c.imageId = known.value;
  }

  private wait(_rt: PodRuntime, c: ContainerRuntime, reason: string, message?: string): void {
    c.state = 'waiting';
    c.reason = reason;
    c.message = message;
    c.ready = false;
    c.started = false;
  }

  private create(rt: PodRuntime, c: ContainerRuntime): void {
    const pod = this.current(rt);
    if (!pod || rt.killing) return;
    const name: string = c.spec.name;
    this.ctx.events.record(pod, 'Normal', 'Created', this.text('Created', name, createdText), 'kubelet', rt.node.name, rt.cell);
    this.ctx.events.record(pod, 'Normal', 'Started', this.text('Started', name, startedText), 'kubelet', rt.node.name, rt.cell);
    c.state = 'running';
    c.reason = undefined;
    c.message = undefined;
    c.startedAt = this.ctx.api.now();
    c.started = true;
    c.everStarted = true;
    c.containerId = this.ctx.random.hexWords(8, 'docker://');
    const b: RunBehaviour | undefined = commandBehaviour(c.spec) ?? c.image?.behaviour;
    c.logs = b && (b.kind === 'server' || b.kind === 'idle') ? b.startupLog : NO_LOGS;
    c.ready = !c.spec.readinessProbe;
    if (b?.kind === 'exit') {
      c.logs = b.output;
      c.ready = false;
      this.ctx.timers.after(100, () => this.exited(rt, c, b.exitCode, b.exitCode === 0 ? 'Completed' : 'Error'));
    } else if (b?.kind === 'server') {
      this.listen(rt, c);
    } else if (b?.kind === 'sleep') {
      this.ctx.timers.after(b.ms, () => this.exited(rt, c, 0, 'Completed'));
    }
    this.publish(rt);
    if (c.spec.readinessProbe) this.probe(rt, c, 'Readiness', c.restartCount);
    if (c.spec.livenessProbe) this.probe(rt, c, 'Liveness', c.restartCount);
  }

  private unlisten(rt: PodRuntime, c: ContainerRuntime): void {
    if (c.listener) this.podNetwork.detach(rt.ip, c.listenPort, c.listener);
    c.listener = undefined;
    c.listenPort = 0;
  }

  /** A server container listens on its port unless the pod's address has that port taken already. */
  private listen(rt: PodRuntime, c: ContainerRuntime): void {
    const b = c.image!.behaviour;
    if (b.kind !== 'server') return;
    if (rt.ip === rt.node.ip) {
      // Host network: the node's address, shared with other such pods, on the pod network itself.
      const listener = new ContainerListener(this, rt, c);
      if (!this.podNetwork.attach(rt.ip, b.port, listener)) return;
      c.listener = listener;
    } else if (rt.containers.some((x) => x.listenPort === b.port)) return;
    c.listenPort = b.port;
  }

  /** A request to a server container's pod IP and port, answered as its app would. */
  serve(rt: PodRuntime, c: ContainerRuntime): HttpResult {
    const b = c.image?.behaviour;
    if (c.state !== 'running' || b?.kind !== 'server')
      return { ok: false, exitCode: 7, error: `curl: (7) Failed to connect to ${rt.ip} port ${c.listenPort} after 0 ms: Couldn't connect to server` };
    if (b.crashOnRequest) {
      c.logs = [...c.logs, ...b.crashOnRequest.log];
      const code = b.crashOnRequest.exitCode;
      this.ctx.timers.after(0, () => this.exited(rt, c, code, 'Error'));
      this.ctx.wake();
      return { ok: false, exitCode: 52, error: 'curl: (52) Empty reply from server' };
    }
    // The hostname a container sees: spec.hostname, else the pod name (both immutable).
    const pod = this.current(rt);
    const hostname: string = pod?.spec?.hostname ?? pod?.metadata.name ?? splitKey(rt.cell.key).name;
    return { ok: true, status: 200, body: b.respond ? b.respond(hostname) : '' };
  }

  /** Simulated probe: HTTP/TCP succeed when the app listens on that port; exec succeeds. */
  private probeResult(rt: PodRuntime, c: ContainerRuntime, probe: Json): string | undefined {
    const b = c.image?.behaviour;
    const portOf = (p: Json) => {
      if (typeof p === 'number') return p;
      const named = (c.spec.ports ?? []).find((x: Json) => x.name === p);
      return named?.containerPort ?? Number(p);
    };
    if (probe.httpGet) {
      const port = portOf(probe.httpGet.port);
      const url = `http://${rt.ip}:${port}${probe.httpGet.path ?? '/'}`;
      if (b?.kind !== 'server' || b.port !== port) return `Get "${url}": dial tcp ${rt.ip}:${port}: connect: connection refused`;
      if (b.crashOnRequest) return `Get "${url}": EOF`;
      return undefined;
    }
    if (probe.tcpSocket) {
      const port = portOf(probe.tcpSocket.port);
      if (b?.kind !== 'server' || b.port !== port) return `dial tcp ${rt.ip}:${port}: connect: connection refused`;
    }
    return undefined;
  }

  private probe(rt: PodRuntime, c: ContainerRuntime, kind: 'Readiness' | 'Liveness', generation: number): void {
    const probe = kind === 'Readiness' ? c.spec.readinessProbe : c.spec.livenessProbe;
    let failures = 0;
    const tick = () => {
      const pod = this.current(rt);
      if (!pod || rt.killing || c.state !== 'running' || c.restartCount !== generation) return;
      const failure = this.probeResult(rt, c, probe);
      if (failure) {
        failures++;
        this.ctx.events.record(pod, 'Warning', 'Unhealthy', `${kind} probe failed: ${failure}`, 'kubelet', rt.node.name);
        if (kind === 'Readiness' && c.ready) {
          c.ready = false;
          this.publish(rt);
        }
        if (kind === 'Liveness' && failures >= (probe.failureThreshold ?? 3)) {
          this.ctx.events.record(pod, 'Normal', 'Killing', `Container ${c.spec.name} failed liveness probe, will be restarted`, 'kubelet', rt.node.name);
          this.exited(rt, c, 137, 'Error');
          return;
        }
      } else {
        failures = 0;
        if (kind === 'Readiness' && !c.ready) {
          c.ready = true;
          this.publish(rt);
        }
      }
      this.ctx.timers.after((probe.periodSeconds ?? 10) * 1000, tick);
      this.ctx.wake();
    };
    this.ctx.timers.after((probe.initialDelaySeconds ?? 0) * 1000, tick);
  }

  /** A container ended: restart per restartPolicy with CrashLoopBackOff, or finish the pod. */
  private exited(rt: PodRuntime, c: ContainerRuntime, exitCode: number, reason: string): void {
    const pod = this.current(rt);
    if (!pod || rt.killing || c.state !== 'running') return;
    this.unlisten(rt, c);
    const terminated = { exitCode, reason, startedAt: c.startedAt, finishedAt: this.ctx.api.now(), containerID: c.containerId };
    c.state = 'terminated';
    c.exitCode = exitCode;
    c.reason = reason;
    c.finishedAt = terminated.finishedAt;
    c.ready = false;
    c.started = false;
    const policy: string = pod.spec.restartPolicy ?? 'Always';
    if (policy === 'Never' || (policy === 'OnFailure' && exitCode === 0)) {
      this.publish(rt);
      return;
    }
    c.lastState = { terminated };
    c.previousLogs = c.logs;
    const delay = c.backoff;
    c.backoff = c.backoff ? Math.min(c.backoff * 2, BACKOFF_MAX) : BACKOFF_START;
    const restart = () => this.restart(rt, c);
    if (delay === 0) {
      this.publish(rt);
      this.ctx.timers.after(1_000, restart);
      return;
    }
    const msg = `back-off ${humanSeconds(delay).replace(/s$/, '')}s restarting failed container=${c.spec.name} pod=${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`;
    this.wait(rt, c, 'CrashLoopBackOff', msg);
    this.ctx.events.record(pod, 'Warning', 'BackOff', `Back-off restarting failed container ${c.spec.name} in pod ${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`, 'kubelet', rt.node.name);
    this.publish(rt);
    this.ctx.timers.after(delay, restart);
  }

  private restart(rt: PodRuntime, c: ContainerRuntime): void {
    const p = this.current(rt);
    if (!p || rt.killing) return;
    c.restartCount++;
    // A restart goes through the pull policy again (Always pulls every time).
    this.pull(rt, c, p);
  }

  /** Every pod runtime: those of stored pods, in the store's order, then those of pods deleted while running. */
  private runtimes(): PodRuntime[] {
    const out: PodRuntime[] = [];
    for (const cell of this.ctx.store.handles('Pod')) if (cell.runtime) out.push(cell.runtime as PodRuntime);
    for (const rt of this.orphans.values()) out.push(rt);
    return out;
  }

  /** The kubelets' private state (sandboxes, containers, node image caches) as plain JSON. */
  save(): KubeletState {
    return {
      nodes: [...this.nodeStates.values()].map((n) => ({ name: n.name, ip: n.ip, podCidrBase: n.podCidrBase, nextIp: n.nextIp, usedIps: usedAddresses(n), images: [...n.images] })),
      pods: this.runtimes().map((rt) => ({
        uid: rt.uid,
        key: rt.cell.key,
        node: rt.node.name,
        ip: rt.ip,
        startTime: rt.startTime,
        killing: rt.killing,
        containers: rt.containers.map((c) => {
          const { spec: _spec, image: _image, listener: _listener, listenPort: _port, ...rest } = c;
          return { ...rest, logs: [...c.logs], previousLogs: c.previousLogs && [...c.previousLogs] };
        }),
      })),
    };
  }

  /** Node states, before the pods are restored (a restored pod's node must exist). */
  restoreNodes(state: KubeletState): void {
    // The addresses in use come back with their pods (`restorePods`).
    for (const n of state.nodes) this.setNode({ name: n.name, ip: n.ip, podCidrBase: n.podCidrBase, nextIp: n.nextIp, pods: [], images: new Set(n.images) });
  }

  /**
   * Pod runtimes, once the pods are back in the store. Running containers listen again and their
   * probes resume; a container between two steps (pulling, backing off, being killed) takes the
   * step again from the restore instant, as a restarted kubelet would.
   */
  restorePods(state: KubeletState): void {
    for (const saved of state.pods) {
      const node = this.nodeStates.get(saved.node);
      const cell = this.ctx.store.handle('Pod', saved.key);
      const pod = cell?.object;
      if (!node || !cell || !pod || pod.metadata.uid !== saved.uid) continue;
      const specs: Json[] = pod.spec?.containers ?? [];
      const rt: PodRuntime = {
        uid: saved.uid,
        cell,
        node,
        ip: saved.ip,
        startTime: saved.startTime,
        alive: true,
        killing: saved.killing,
        containers: saved.containers.map((c, i) => ({ ...c, spec: specs[i] ?? { name: `container-${i}`, image: '' }, logs: [...c.logs], listener: undefined, listenPort: 0 })),
      };
      for (const c of rt.containers) if (c.imageId) c.image = this.images.resolve(c.spec.image);
      cell.runtime = rt;
      const n = addressByte(rt.ip);
      if (rt.ip !== node.ip && n >= 2 && n <= 254) node.pods[n] = rt;
      if (rt.killing) {
        this.finishTermination(rt, pod);
        continue;
      }
      for (const c of rt.containers) this.resume(rt, c, pod);
    }
  }

  private resume(rt: PodRuntime, c: ContainerRuntime, pod: KObject): void {
    if (c.state === 'running') {
      const b: RunBehaviour | undefined = commandBehaviour(c.spec) ?? c.image?.behaviour;
      if (b?.kind === 'server') this.listen(rt, c);
      else if (b?.kind === 'exit') this.ctx.timers.after(100, () => this.exited(rt, c, b.exitCode, b.exitCode === 0 ? 'Completed' : 'Error'));
      else if (b?.kind === 'sleep') this.ctx.timers.after(b.ms, () => this.exited(rt, c, 0, 'Completed'));
      if (c.spec.readinessProbe) this.probe(rt, c, 'Readiness', c.restartCount);
      if (c.spec.livenessProbe) this.probe(rt, c, 'Liveness', c.restartCount);
      return;
    }
    if (c.state === 'terminated') {
      const policy: string = pod.spec?.restartPolicy ?? 'Always';
      if (policy === 'Always' || (policy === 'OnFailure' && c.exitCode !== 0)) this.ctx.timers.after(1_000, () => this.restart(rt, c));
      return;
    }
    switch (c.reason) {
      case 'CrashLoopBackOff':
        this.ctx.timers.after(c.backoff >= BACKOFF_MAX ? BACKOFF_MAX : c.backoff / 2, () => this.restart(rt, c));
        return;
      case 'ErrImagePull':
      case 'ImagePullBackOff':
        this.ctx.timers.after(c.pullBackoff || BACKOFF_START, () => {
          const p = this.current(rt);
          if (p && !rt.killing) this.pull(rt, c, p);
        });
        return;
      case 'ErrImageNeverPull':
        return;
      default:
        // ContainerCreating: the pull (or the create after it) starts over.
        this.pull(rt, c, pod);
    }
  }

  private kill(rt: PodRuntime, pod: KObject): void {
    rt.killing = true;
    for (const c of rt.containers) {
      if (c.state === 'running') this.ctx.events.record(pod, 'Normal', 'Killing', `Stopping container ${c.spec.name}`, 'kubelet', rt.node.name);
      this.unlisten(rt, c);
      c.ready = false;
    }
    this.publish(rt, true);
    this.finishTermination(rt, pod);
  }

  /** After the grace period (capped), the containers are gone and the pod object is removed. */
  private finishTermination(rt: PodRuntime, pod: KObject): void {
    const grace = Math.min(TERMINATION_MS, (pod.metadata.deletionGracePeriodSeconds ?? 30) * 1000);
    this.ctx.timers.after(grace, () => {
      const p = this.current(rt);
      this.teardown(rt);
      if (p) this.ctx.api.delete('Pod', p.metadata.namespace, p.metadata.name, { gracePeriodSeconds: 0 });
      this.ctx.wake();
    });
  }

  private teardown(rt: PodRuntime): void {
    rt.alive = false;
    if (rt.ip !== rt.node.ip) {
      const n = addressByte(rt.ip);
      if (rt.node.pods[n] === rt) rt.node.pods[n] = undefined;
    }
    for (const c of rt.containers) this.unlisten(rt, c);
    if (rt.cell.runtime === rt) rt.cell.runtime = undefined;
    if (this.orphans.get(rt.cell.key) === rt) this.orphans.delete(rt.cell.key);
  }

  private containerStatuses(cs: readonly ContainerRuntime[]): Json[] {
    // Built at its final length (an array grown by push keeps room for 16 more, in every pod).
    const statuses: Json[] = cs.length === 1 ? [this.containerStatus(cs[0]!)] : cs.map((c) => this.containerStatus(c));
    const last = this.lastStatuses;
    if (last?.length === statuses.length) {
      let same = true;
      for (let i = 0; i < statuses.length && same; i++) same = statuses[i] === last[i];
      if (same) return last;
    }
    return (this.lastStatuses = statuses);
  }

  private containerStatus(c: ContainerRuntime): Json {
    let state: Json;
    if (c.state === 'running') state = this.lastRunning?.running.startedAt === c.startedAt ? this.lastRunning : (this.lastRunning = { running: { startedAt: c.startedAt } });
    else if (c.state === 'terminated')
      state = { terminated: { exitCode: c.exitCode, reason: c.reason, startedAt: c.startedAt, finishedAt: c.finishedAt, containerID: c.containerId } };
    else if (c.message) state = { waiting: { reason: c.reason, message: c.message } };
    else state = this.lastWaiting?.waiting.reason === c.reason ? this.lastWaiting : (this.lastWaiting = { waiting: { reason: c.reason } });
    const lastState = c.lastState ?? NO_STATE;
    const image = imageWithTag(c.spec.image);
    const imageID = c.imageId ?? '';
    // Two literals rather than a field added later: each status is one compact object.
    if (c.containerId)
      return { name: c.spec.name, state, lastState, ready: c.ready, restartCount: c.restartCount, image, imageID, started: c.started, containerID: c.containerId };
    // A container that never started (ContainerCreating, ErrImagePull…) reads the same in every pod
    // of its template: the status written last is shared when it does.
    const last = this.lastNotStarted;
    if (last && last.name === c.spec.name && last.state === state && last.lastState === lastState && last.ready === c.ready && last.restartCount === c.restartCount && last.image === image && last.imageID === imageID && last.started === c.started)
      return last;
    return (this.lastNotStarted = { name: c.spec.name, state, lastState, ready: c.ready, restartCount: c.restartCount, image, imageID, started: c.started });
  }

  /**
   * A pod condition as the kubelet writes it: the previous object when nothing changed (stored
   * objects are immutable), else the last one written of this type when it reads the same (pods
   * that change in the same second share it), else a new one.
   */
  private condition(prev: Json[], now: string, type: string, ok: boolean, reason?: string, message?: string): Json {
    const p = findCondition(prev, type);
    const status = ok ? 'True' : 'False';
    const r = ok ? undefined : reason;
    const m = ok ? undefined : message;
    if (p && p.status === status && p.lastProbeTime === null && p.reason === r && p.message === m) return p;
    const since = p && p.status === status ? p.lastTransitionTime : now;
    const last = this.conditions.get(type);
    if (last && last.status === status && last.lastTransitionTime === since && last.reason === r && last.message === m) return last;
    const c: Json = ok || !reason ? { type, status, lastProbeTime: null, lastTransitionTime: since } : { type, status, lastProbeTime: null, lastTransitionTime: since, reason, message };
    this.conditions.set(type, c);
    return c;
  }

  /** `containers with unready status: [a b]`: the last one again when the names are the same strings (one container: no new string). */
  private unreadyMessage(cs: readonly ContainerRuntime[]): string {
    let names = '';
    for (const c of cs) if (!c.ready) names = names ? `${names} ${c.spec.name}` : c.spec.name;
    const last = this.lastUnready;
    if (last?.names === names) return last.text;
    const text = `containers with unready status: [${names}]`;
    this.lastUnready = { names, text };
    return text;
  }

  /** Writes the pod status computed from the runtime (generatePodStatus / getPhase). */
  private publish(rt: PodRuntime, terminating = false): void {
    const pod = this.current(rt);
    if (!pod) return;
    const cs = rt.containers;
    const policy = pod.spec.restartPolicy ?? 'Always';
    // Loops, not `every` with closures: this runs twice per pod start.
    let allStartedOnce = true;
    let allTerminated = true;
    let allSucceeded = true;
    let allReady = true;
    for (const c of cs) {
      if (!c.everStarted) allStartedOnce = false;
      if (c.state !== 'terminated') allTerminated = false;
      if (c.exitCode !== 0) allSucceeded = false;
      if (!c.ready) allReady = false;
    }
    let phase = 'Pending';
    if (allTerminated && (policy === 'Never' || (policy === 'OnFailure' && allSucceeded))) phase = allSucceeded ? 'Succeeded' : 'Failed';
    else if (allStartedOnce) phase = 'Running';
    const ready = !terminating && allReady && phase === 'Running';
    const now = this.ctx.api.now();
    const old: Json = pod.status;
    const prev: Json[] = old?.conditions ?? NO_CONDITIONS;
    const why = ready ? undefined : this.unreadyMessage(cs);
    const a = this.condition(prev, now, 'PodReadyToStartContainers', true);
    const b = this.condition(prev, now, 'Initialized', true);
    const c = this.condition(prev, now, 'Ready', ready, 'ContainersNotReady', why);
    const d = this.condition(prev, now, 'ContainersReady', ready, 'ContainersNotReady', why);
    const e = findCondition(prev, 'PodScheduled') ?? this.condition(prev, now, 'PodScheduled', true);
    // The same five condition objects as the last pod written: the same (immutable) array too.
    const last = this.lastConditions;
    const conditions = last && last[0] === a && last[1] === b && last[2] === c && last[3] === d && last[4] === e ? last : (this.lastConditions = [a, b, c, d, e]);
    const status: Json = {
      phase,
      conditions,
      hostIP: rt.node.ip,
      hostIPs: old?.hostIP === rt.node.ip && old.hostIPs ? old.hostIPs : (rt.node.hostIPs ??= [{ ip: rt.node.ip }]),
      podIP: rt.ip,
      podIPs: old?.podIP === rt.ip && old.podIPs ? old.podIPs : [{ ip: rt.ip }],
      startTime: rt.startTime,
      containerStatuses: this.containerStatuses(cs),
      qosClass: pod.status?.qosClass ?? 'BestEffort',
    };
    this.ctx.api.updateStatus(pod, status, rt.cell);
  }
}

/** The pod-network endpoint of a server container. */
class ContainerListener implements HttpListener {
  constructor(
    private readonly kubelets: Kubelets,
    private readonly rt: PodRuntime,
    private readonly c: ContainerRuntime,
  ) {}

  handle(): HttpResult {
    return this.kubelets.serve(this.rt, this.c);
  }
}
