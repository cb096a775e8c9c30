/**
 * `kubectl exec POD [-c C] [-it] -- COMMAND…`: nothing is executed; a few commands are simulated
 * inside the pod's network namespace (curl and BusyBox wget to pod IPs, ClusterIPs and service names via the
 * cluster DNS, hostname, env, echo, cat /etc/hostname). Anything else gets the runtime's
 * `executable file not found` answer.
 */
import type { KObject } from '../../../cluster/types';
import { type Invocation, type KubectlCommand, KubectlError, fail } from '../context';
import { containerOf, podFor } from './logs';

function resolveHost(inv: Invocation, pod: KObject, host: string): string {
  // Cluster DNS: NAME, NAME.NS, NAME.NS.svc, NAME.NS.svc.cluster.local
  const parts = host.split('.');
  const ns = parts[1] && parts[1] !== 'svc' ? parts[1] : pod.metadata.namespace;
  if (parts.length <= 5) {
    const svc = inv.cluster.api.tryGet('Service', ns, parts[0]!);
    if (svc && (parts.length === 1 || parts[1] === ns || parts[1] === 'svc')) return svc.spec.clusterIP;
  }
  return host;
}

function curl(inv: Invocation, pod: KObject, args: string[]): number {
  const url = args.find((a) => !a.startsWith('-'));
  if (!url) {
    inv.ctx.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const m = /^(?:https?:\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(url);
  if (!m) {
    inv.ctx.err(`curl: (3) URL using bad/illegal format or missing URL\n`);
    return 3;
  }
  const host = resolveHost(inv, pod, m[1]!);
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(host) && host !== 'localhost') {
    inv.ctx.err(`curl: (6) Could not resolve host: ${m[1]}\n`);
    return 6;
  }
  const target = host === 'localhost' ? pod.status?.podIP : host;
  const r = inv.cluster.requestFromPod({ host: target, port: m[2] ? Number(m[2]) : 80, path: m[3] ?? '/', method: 'GET' });
  if (!r.ok) {
    inv.ctx.err(r.error.replace(target, m[1]!) + '\n');
    return r.exitCode;
  }
  inv.ctx.out(r.body);
  return 0;
}

/**
 * BusyBox `wget [-q] [-O FILE] URL` (the sidecar pattern: `wget -qO- localhost:8080`): `-O -` prints
 * the body; otherwise BusyBox reports saving `index.html` (nothing is written anywhere).
 */
function wget(inv: Invocation, pod: KObject, args: string[]): number {
  let quiet = false;
  let output: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-') && a.length > 1 && !a.startsWith('--')) {
      const letters = a.slice(1);
      for (let j = 0; j < letters.length; j++) {
        const l = letters[j]!;
        if (l === 'q') quiet = true;
        else if (l === 'O') {
          output = letters.slice(j + 1) || args[++i];
          break;
        }
      }
    } else if (!a.startsWith('-')) url = a;
  }
  if (!url) {
    inv.ctx.err('BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[--no-check-certificate] [-P DIR] [-U AGENT] [-T SEC] URL...\n\nRetrieve files via HTTP or FTP\ncommand terminated with exit code 1\n');
    return 1;
  }
  const m = /^(?:http:\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(url);
  if (!m) {
    inv.ctx.err(`wget: bad address '${url}'\ncommand terminated with exit code 1\n`);
    return 1;
  }
  const port = m[2] ? Number(m[2]) : 80;
  const host = resolveHost(inv, pod, m[1]!);
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(host) && host !== 'localhost') {
    inv.ctx.err(`wget: bad address '${m[1]!}:${port}'\ncommand terminated with exit code 1\n`);
    return 1;
  }
  const target = host === 'localhost' ? pod.status?.podIP : host;
  const shown = host === 'localhost' ? '127.0.0.1' : host;
  const r = inv.cluster.requestFromPod({ host: target, port, path: m[3] ?? '/', method: 'GET' });
  if (!quiet) inv.ctx.err(`Connecting to ${m[1]!}:${port} (${shown}:${port})\n`);
  if (!r.ok) {
    inv.ctx.err(`wget: can't connect to remote host (${shown}): Connection refused\ncommand terminated with exit code 1\n`);
    return 1;
  }
  if (output === '-') inv.ctx.out(r.body);
  else {
    const file = output ?? 'index.html';
    if (!quiet) inv.ctx.err(`saving to '${file}'\n${file.padEnd(20)} 100% |********************************| ${String(r.body.length).padStart(5)}  0:00:00 ETA\n'${file}' saved\n`);
  }
  return 0;
}

export const exec: KubectlCommand = {
  name: 'exec',
  flags: [
    { name: 'container', short: 'c', type: 'string' },
    { name: 'stdin', short: 'i', type: 'bool' },
    { name: 'tty', short: 't', type: 'bool' },
  ],
  run(inv) {
    const { flags, ctx } = inv;
    const name = flags.args[0];
    if (!name) fail('pod, type/name or --filename must be specified');
    if (!flags.dash) fail('exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
    if (!flags.rest.length) fail('you must specify at least one command for the container');
    const pod = podFor(inv, name);
    const c = containerOf(inv, pod, flags.string('container'));
    const st = (pod.status?.containerStatuses ?? []).find((s: { name: string }) => s.name === c.name);
    if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') fail(`cannot exec into a container in a completed pod; current phase is ${pod.status.phase}`);
    if (!st?.state?.running) fail(`unable to upgrade connection: container not found ("${c.name}")`);
    const [cmd, ...args] = flags.rest;
    const env: Record<string, string> = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: pod.metadata.name, KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443' };
    for (const e of c.env ?? []) env[e.name] = e.value ?? '';
    switch (cmd) {
      case 'curl':
        return curl(inv, pod, args);
      case 'wget':
        return wget(inv, pod, args);
      case 'hostname':
        ctx.out(`${pod.metadata.name}\n`);
        return 0;
      case 'env':
      case 'printenv':
        ctx.out(Object.entries(env).map(([k, v]) => `${k}=${v}\n`).join(''));
        return 0;
      case 'echo':
        ctx.out(args.join(' ') + '\n');
        return 0;
      case 'cat':
        if (args[0] === '/etc/hostname') {
          ctx.out(`${pod.metadata.name}\n`);
          return 0;
        }
        ctx.err(`cat: can't open '${args[0] ?? ''}': No such file or directory\ncommand terminated with exit code 1\n`);
        return 1;
      default:
        throw new KubectlError(
          `error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${'0'.repeat(8)}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd}": executable file not found in $PATH: unknown`,
          true,
        );
    }
  },
};
