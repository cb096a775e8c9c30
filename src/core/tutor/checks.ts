/**
 * The check vocabulary: small named predicates over `Facts`. Lessons reference checks by
 * these constructors only (data, no logic), so a teacher can read a lesson file and know
 * what is verified. `evaluateCheck` explains every failure in the learner's language.
 */
import * as l10n from '@vscode/l10n';
import type { Facts, PodFact, WorkloadFact } from './facts';

export type WorkloadKind = 'rc' | 'rs' | 'deployment';
export type ResourceKind = WorkloadKind | 'pod' | 'service';
export type ProbeKind = 'readiness' | 'liveness';

export type Check =
  | { readonly kind: 'fileExists'; readonly path: string }
  | { readonly kind: 'fileContains'; readonly path: string; readonly text: string }
  | { readonly kind: 'fileLacks'; readonly path: string; readonly text: string }
  | { readonly kind: 'fileMatches'; readonly path: string; readonly pattern: string }
  | { readonly kind: 'fileLacksMatch'; readonly path: string; readonly pattern: string }
  | { readonly kind: 'fileHasNoErrors'; readonly path: string }
  | { readonly kind: 'commandRan'; readonly argv: readonly string[] }
  | { readonly kind: 'commandFailed'; readonly argv: readonly string[] }
  | { readonly kind: 'imageExists'; readonly repository: string; readonly tag?: string }
  | { readonly kind: 'containerRunning'; readonly name: string }
  | { readonly kind: 'containerExited'; readonly name: string }
  | { readonly kind: 'containerAbsent'; readonly name: string }
  | { readonly kind: 'composeContainersRunning'; readonly count: number }
  | { readonly kind: 'registryLoggedIn' }
  | { readonly kind: 'registryHas'; readonly repository: string; readonly tag?: string }
  | { readonly kind: 'clusterRunning' }
  | { readonly kind: 'nodesReady'; readonly count: number }
  | { readonly kind: 'podRunning'; readonly name: string }
  | { readonly kind: 'podsReady'; readonly selector: string; readonly count: number }
  | { readonly kind: 'replicasReady'; readonly workload: WorkloadKind; readonly name: string; readonly count: number }
  | { readonly kind: 'resourceAbsent'; readonly resource: ResourceKind; readonly name: string }
  | { readonly kind: 'serviceExists'; readonly name: string; readonly type: string }
  | { readonly kind: 'serviceHasExternalIp'; readonly name: string }
  | { readonly kind: 'serviceCalled'; readonly name: string }
  | { readonly kind: 'deploymentRevision'; readonly name: string; readonly revision: number }
  | { readonly kind: 'podContainers'; readonly name: string; readonly count: number }
  | { readonly kind: 'podHasProbe'; readonly name: string; readonly container: string; readonly probe: ProbeKind }
  | { readonly kind: 'all'; readonly checks: readonly Check[] }
  | { readonly kind: 'any'; readonly checks: readonly Check[] };

export type CheckKind = Check['kind'];

// Constructors: the names lessons use.
export const fileExists = (path: string): Check => ({ kind: 'fileExists', path });
export const fileContains = (path: string, text: string): Check => ({ kind: 'fileContains', path, text });
export const fileLacks = (path: string, text: string): Check => ({ kind: 'fileLacks', path, text });
/** Some line matches the regular expression `pattern` (JavaScript syntax, multiline). */
export const fileMatches = (path: string, pattern: string): Check => ({ kind: 'fileMatches', path, pattern });
/** No line matches `pattern`. */
export const fileLacksMatch = (path: string, pattern: string): Check => ({ kind: 'fileLacksMatch', path, pattern });
export const fileHasNoErrors = (path: string): Check => ({ kind: 'fileHasNoErrors', path });
/** The learner ran `tool` with these words in this order (gaps allowed), and it succeeded. */
export const commandRan = (...argv: string[]): Check => ({ kind: 'commandRan', argv });
/** The learner ran it and it failed (to read the error: the seed's removed `--generator`). */
export const commandFailed = (...argv: string[]): Check => ({ kind: 'commandFailed', argv });
export const imageExists = (repository: string, tag?: string): Check =>
  tag === undefined ? { kind: 'imageExists', repository } : { kind: 'imageExists', repository, tag };
export const containerRunning = (name: string): Check => ({ kind: 'containerRunning', name });
export const containerExited = (name: string): Check => ({ kind: 'containerExited', name });
export const containerAbsent = (name: string): Check => ({ kind: 'containerAbsent', name });
export const composeContainersRunning = (count: number): Check => ({ kind: 'composeContainersRunning', count });
export const registryLoggedIn = (): Check => ({ kind: 'registryLoggedIn' });
/** A pushed repository; a leading "*" + "/" (e.g. "*"+"/kubia") matches any user namespace (the learner's Docker Hub id). */
export const registryHas = (repository: string, tag?: string): Check =>
  tag === undefined ? { kind: 'registryHas', repository } : { kind: 'registryHas', repository, tag };
export const clusterRunning = (): Check => ({ kind: 'clusterRunning' });
export const nodesReady = (count: number): Check => ({ kind: 'nodesReady', count });
export const podRunning = (name: string): Check => ({ kind: 'podRunning', name });
export const podsReady = (selector: string, count: number): Check => ({ kind: 'podsReady', selector, count });
export const replicasReady = (workload: WorkloadKind, name: string, count: number): Check => ({
  kind: 'replicasReady',
  workload,
  name,
  count,
});
export const resourceAbsent = (resource: ResourceKind, name: string): Check => ({ kind: 'resourceAbsent', resource, name });
export const serviceExists = (name: string, type: string): Check => ({ kind: 'serviceExists', name, type });
export const serviceHasExternalIp = (name: string): Check => ({ kind: 'serviceHasExternalIp', name });
/** A successful `curl`/`wget` whose URL names the service's external IP, cluster IP or name. */
export const serviceCalled = (name: string): Check => ({ kind: 'serviceCalled', name });
export const deploymentRevision = (name: string, revision: number): Check => ({ kind: 'deploymentRevision', name, revision });
export const podContainers = (name: string, count: number): Check => ({ kind: 'podContainers', name, count });
export const podHasProbe = (name: string, container: string, probe: ProbeKind): Check => ({
  kind: 'podHasProbe',
  name,
  container,
  probe,
});
export const all = (...checks: Check[]): Check => ({ kind: 'all', checks });
export const any = (...checks: Check[]): Check => ({ kind: 'any', checks });

export const CHECK_KINDS: readonly CheckKind[] = [
  'fileExists', 'fileContains', 'fileLacks', 'fileMatches', 'fileLacksMatch', 'fileHasNoErrors', 'commandRan', 'commandFailed',
  'imageExists', 'containerRunning', 'containerExited', 'containerAbsent', 'composeContainersRunning',
  'registryLoggedIn', 'registryHas', 'clusterRunning', 'nodesReady', 'podRunning', 'podsReady',
  'replicasReady', 'resourceAbsent', 'serviceExists', 'serviceHasExternalIp', 'serviceCalled', 'deploymentRevision',
  'podContainers', 'podHasProbe', 'all', 'any',
];

export interface CheckResult {
  readonly ok: boolean;
  /** Why it is not done yet (empty when ok), localized. */
  readonly reason: string;
}

const OK: CheckResult = { ok: true, reason: '' };
const fail = (reason: string): CheckResult => ({ ok: false, reason });

/** kubectl resource aliases (`kubectl api-resources` SHORTNAMES), singular canonical form. */
const RESOURCE_ALIASES: Record<string, string> = {
  pod: 'pod', po: 'pod', pods: 'pod', service: 'service', deployment: 'deployment', node: 'node', svc: 'service', services: 'service', rc: 'rc', replicationcontroller: 'rc',
  replicationcontrollers: 'rc', rs: 'rs', replicaset: 'rs', replicasets: 'rs', deploy: 'deployment',
  deployments: 'deployment', no: 'node', nodes: 'node',
};

/**
 * One spelling for equivalent command lines: `k`/`minikube kubectl --` → `kubectl`,
 * `sudo` and `NAME=value` prefixes dropped (seed 002, `DOCKER_BUILDKIT=1`), `docker-compose` → `docker compose`, `--flag=value` → two words,
 * kubectl resource short names → canonical names.
 */
export function normalizeArgv(argv: readonly string[]): string[] {
  let words = [...argv];
  // `DOCKER_BUILDKIT=1 docker build …`, `sudo VAR=x docker …`: the environment prefix is not the command.
  const skipEnv = (): void => {
    while (words.length > 1 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!)) words = words.slice(1);
  };
  skipEnv();
  if (words[0] === 'sudo') words = words.slice(1);
  skipEnv();
  if (words[0] === 'k') words[0] = 'kubectl';
  if (words[0] === 'minikube' && words[1] === 'kubectl') words = ['kubectl', ...words.slice(words[2] === '--' ? 3 : 2)];
  if (words[0] === 'docker-compose') words = ['docker', 'compose', ...words.slice(1)];
  const out: string[] = [];
  for (const w of words) {
    const eq = w.startsWith('--') ? w.indexOf('=') : -1;
    if (eq > 0) out.push(w.slice(0, eq), w.slice(eq + 1));
    else out.push(words[0] === 'kubectl' ? (RESOURCE_ALIASES[w] ?? w) : w);
  }
  // `kubectl get deployment/kubia` style: split TYPE/NAME.
  return words[0] === 'kubectl'
    ? out.flatMap((w) => {
        const m = /^([a-z]+)\/(.+)$/.exec(w);
        return m && RESOURCE_ALIASES[m[1]!] !== undefined ? [RESOURCE_ALIASES[m[1]!]!, m[2]!] : [w];
      })
    : out;
}

/** `pattern` words appear in `argv`, in order, after the same program name. */
export function argvMatches(argv: readonly string[], pattern: readonly string[]): boolean {
  const a = normalizeArgv(argv);
  const p = normalizeArgv(pattern);
  if (a[0] !== p[0]) return false;
  let i = 1;
  for (const word of p.slice(1)) {
    while (i < a.length && a[i] !== word) i++;
    if (i >= a.length) return false;
    i++;
  }
  return true;
}

function matchesSelector(labels: Readonly<Record<string, string>>, selector: string): boolean {
  return selector
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .every((term) => {
      const [k, v] = term.split('=');
      return labels[k!] === v;
    });
}

function workloads(facts: Facts, kind: WorkloadKind): readonly WorkloadFact[] {
  return kind === 'rc' ? facts.replicationControllers : kind === 'rs' ? facts.replicaSets : facts.deployments;
}

function findPod(facts: Facts, name: string): PodFact | undefined {
  return facts.pods.find((p) => p.name === name && !p.terminating);
}

function repoName(reference: string): string {
  return reference.replace(/^docker\.io\//, '').replace(/^library\//, '');
}

/** `kubia` matches `kubia`; a leading "*" + "/" matches any user namespace (the learner's Docker Hub id). */
function repoMatches(actual: string, wanted: string): boolean {
  const a = repoName(actual);
  const w = repoName(wanted);
  return w.startsWith('*/') ? a.includes('/') && a.endsWith(w.slice(1)) : a === w;
}

/** Host of `http://10.0.0.1:8080/x`, `10.0.0.1:8080`, `kubia-http`. */
function urlHost(word: string): string {
  return word.replace(/^[a-z]+:\/\//i, '').replace(/[/:?].*$/, '');
}

export function evaluateCheck(check: Check, facts: Facts): CheckResult {
  switch (check.kind) {
    case 'fileExists':
      return facts.files[check.path] !== undefined ? OK : fail(l10n.t('The file {0} does not exist yet.', check.path));
    case 'fileContains': {
      const text = facts.files[check.path];
      if (text === undefined) return fail(l10n.t('The file {0} does not exist yet.', check.path));
      return text.includes(check.text) ? OK : fail(l10n.t('{0} does not contain `{1}` yet.', check.path, check.text));
    }
    case 'fileLacks': {
      const text = facts.files[check.path];
      if (text === undefined) return fail(l10n.t('The file {0} does not exist yet.', check.path));
      return text.includes(check.text) ? fail(l10n.t('{0} still contains `{1}`.', check.path, check.text)) : OK;
    }
    case 'fileMatches':
    case 'fileLacksMatch': {
      const text = facts.files[check.path];
      if (text === undefined) return fail(l10n.t('The file {0} does not exist yet.', check.path));
      const re = new RegExp(check.pattern, 'm');
      const lines = text.split(/\r?\n/);
      const hit = lines.findIndex((l) => re.test(l));
      if (check.kind === 'fileMatches') return hit >= 0 ? OK : fail(l10n.t('{0} has no line matching `{1}` yet.', check.path, check.pattern));
      return hit < 0 ? OK : fail(l10n.t('{0} line {1} still needs a change: {2}', check.path, hit + 1, lines[hit]!.trim()));
    }
    case 'fileHasNoErrors': {
      if (facts.files[check.path] === undefined) return fail(l10n.t('The file {0} does not exist yet.', check.path));
      const errors = (facts.diagnostics[check.path] ?? []).filter((d) => d.severity === 'error');
      return errors.length === 0
        ? OK
        : fail(l10n.t('{0} has {1} error(s): {2}. Open the Problems panel for the explanation.', check.path, errors.length, errors.map((d) => d.code).join(', ')));
    }
    case 'commandRan':
    case 'commandFailed': {
      const wantOk = check.kind === 'commandRan';
      const line = check.argv.join(' ');
      const ran = facts.commands.filter((c) => argvMatches(c.argv, check.argv));
      if (ran.some((c) => (c.exitCode === 0) === wantOk)) return OK;
      if (ran.length === 0) return fail(l10n.t('Run `{0}` in the terminal.', line));
      return wantOk
        ? fail(l10n.t('`{0}` ran but failed (exit code {1}). Read its error and try again.', line, ran[ran.length - 1]!.exitCode))
        : fail(l10n.t('`{0}` succeeded; this step is about the error it prints in the seed.', line));
    }
    case 'imageExists': {
      const found = facts.images.some((i) => repoMatches(i.repository, check.repository) && (check.tag === undefined || i.tag === check.tag));
      const ref = check.tag ? `${check.repository}:${check.tag}` : check.repository;
      return found ? OK : fail(l10n.t('There is no image {0} yet (check with `docker images`).', ref));
    }
    case 'containerRunning': {
      const c = facts.containers.find((x) => x.name === check.name);
      if (!c) return fail(l10n.t('There is no container named {0} (check with `docker ps -a`).', check.name));
      if (c.state === 'running') return OK;
      return c.exitCode !== undefined
        ? fail(l10n.t('Container {0} is {1} (exit code {2}); `docker logs {0}` shows why.', check.name, c.state, c.exitCode))
        : fail(l10n.t('Container {0} is {1}, not running.', check.name, c.state));
    }
    case 'containerExited': {
      const c = facts.containers.find((x) => x.name === check.name);
      if (!c) return fail(l10n.t('There is no container named {0} (check with `docker ps -a`).', check.name));
      return c.state === 'exited' ? OK : fail(l10n.t('Container {0} is {1}, not stopped yet.', check.name, c.state));
    }
    case 'containerAbsent':
      return facts.containers.some((x) => x.name === check.name)
        ? fail(l10n.t('Container {0} still exists (see `docker ps -a`).', check.name))
        : OK;
    case 'composeContainersRunning': {
      const n = facts.containers.filter((c) => c.labels?.['com.docker.compose.service'] !== undefined && c.state === 'running').length;
      return n === check.count ? OK : fail(l10n.t('{0} Compose container(s) are running; this step expects {1}.', n, check.count));
    }
    case 'registryLoggedIn':
      return facts.registry.loggedInAs ? OK : fail(l10n.t('You are not logged in to the registry yet (`docker login`).'));
    case 'registryHas': {
      const found = facts.registry.repositories.some((r) => repoMatches(r.name, check.repository) && (check.tag === undefined || r.tags.includes(check.tag)));
      return found ? OK : fail(l10n.t('The registry has no {0} image yet: tag it with your user name and `docker push` it.', check.repository));
    }
    case 'clusterRunning':
      return facts.cluster.running ? OK : fail(l10n.t('The cluster is not running (`minikube start`).'));
    case 'nodesReady': {
      const n = facts.cluster.nodes.filter((x) => x.ready).length;
      return facts.cluster.running && n >= check.count
        ? OK
        : fail(l10n.t('{0} node(s) are Ready; this step expects {1}.', n, check.count));
    }
    case 'podRunning': {
      const p = findPod(facts, check.name);
      if (!p) return fail(l10n.t('There is no pod named {0} (check with `kubectl get pods`).', check.name));
      if (p.phase === 'Running' && p.ready) return OK;
      const waiting = p.containers.find((c) => c.waitingReason)?.waitingReason;
      return fail(l10n.t('Pod {0} is {1}, not Running and ready.', check.name, waiting ?? p.phase));
    }
    case 'podsReady': {
      const n = facts.pods.filter((p) => !p.terminating && p.phase === 'Running' && p.ready && matchesSelector(p.labels, check.selector)).length;
      return n >= check.count ? OK : fail(l10n.t('{0} pod(s) with {1} are ready; this step expects {2}.', n, check.selector, check.count));
    }
    case 'replicasReady': {
      const w = workloads(facts, check.workload).find((x) => x.name === check.name);
      if (!w) return fail(l10n.t('There is no {0} named {1} (check with `kubectl get {0}`).', check.workload, check.name));
      return w.replicas === check.count && w.readyReplicas >= check.count
        ? OK
        : fail(l10n.t('{0} {1} has {2} of {3} replicas ready; this step expects {4}.', check.workload, check.name, w.readyReplicas, w.replicas, check.count));
    }
    case 'resourceAbsent': {
      const exists =
        check.resource === 'pod'
          ? findPod(facts, check.name) !== undefined
          : check.resource === 'service'
            ? facts.services.some((s) => s.name === check.name)
            : workloads(facts, check.resource).some((w) => w.name === check.name);
      return exists ? fail(l10n.t('{0} {1} still exists (`kubectl delete {0} {1}`).', check.resource, check.name)) : OK;
    }
    case 'serviceExists': {
      const s = facts.services.find((x) => x.name === check.name);
      if (!s) return fail(l10n.t('There is no service named {0} (check with `kubectl get services`).', check.name));
      return s.type === check.type ? OK : fail(l10n.t('Service {0} is of type {1}, not {2}.', check.name, s.type, check.type));
    }
    case 'serviceHasExternalIp': {
      const s = facts.services.find((x) => x.name === check.name);
      if (!s) return fail(l10n.t('There is no service named {0} (check with `kubectl get services`).', check.name));
      return s.externalIP ? OK : fail(l10n.t('The EXTERNAL-IP of {0} is still <pending>; wait and run `kubectl get services` again.', check.name));
    }
    case 'serviceCalled': {
      const s = facts.services.find((x) => x.name === check.name);
      if (!s) return fail(l10n.t('There is no service named {0} (check with `kubectl get services`).', check.name));
      const hosts = [s.externalIP, s.clusterIP, s.name].filter((h): h is string => !!h);
      const called = facts.commands.some((c) => {
        const a = normalizeArgv(c.argv);
        return c.exitCode === 0 && (a[0] === 'curl' || a[0] === 'wget') && a.slice(1).some((w) => hosts.some((h) => urlHost(w) === h));
      });
      return called ? OK : fail(l10n.t('Call the service with `curl {0}:{1}`.', s.externalIP ?? '<EXTERNAL-IP>', s.ports[0]?.port ?? 8080));
    }
    case 'deploymentRevision': {
      const d = facts.deployments.find((x) => x.name === check.name);
      if (!d) return fail(l10n.t('There is no {0} named {1} (check with `kubectl get {0}`).', 'deployment', check.name));
      return (d.revision ?? 1) >= check.revision
        ? OK
        : fail(l10n.t('Deployment {0} is at revision {1}; roll out a new image to reach revision {2}.', check.name, d.revision ?? 1, check.revision));
    }
    case 'podContainers': {
      const p = findPod(facts, check.name);
      if (!p) return fail(l10n.t('There is no pod named {0} (check with `kubectl get pods`).', check.name));
      return p.containers.length === check.count
        ? OK
        : fail(l10n.t('Pod {0} has {1} container(s); this step expects {2}.', check.name, p.containers.length, check.count));
    }
    case 'podHasProbe': {
      const p = findPod(facts, check.name);
      if (!p) return fail(l10n.t('There is no pod named {0} (check with `kubectl get pods`).', check.name));
      const c = p.containers.find((x) => x.name === check.container);
      const has = check.probe === 'readiness' ? c?.readinessProbe : c?.livenessProbe;
      return has ? OK : fail(l10n.t('Container {0} of pod {1} has no {2} probe.', check.container, check.name, check.probe));
    }
    case 'all': {
      for (const c of check.checks) {
        const r = evaluateCheck(c, facts);
        if (!r.ok) return r;
      }
      return OK;
    }
    case 'any': {
      const results = check.checks.map((c) => evaluateCheck(c, facts));
      return results.find((r) => r.ok) ?? fail(results.map((r) => r.reason).join(' / '));
    }
  }
}
