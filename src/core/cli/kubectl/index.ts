/**
 * The `kubectl` command provider for the Kube Tutor terminal and `kube-tutor sim`: parses the
 * command line like kubectl (cobra + pflag), runs the command against the embedded cluster,
 * then lets the control plane settle at the current instant (pods may still be
 * ContainerCreating, exactly as after a real `kubectl run`).
 */
import type { ClusterHost } from '../../cluster/host';
import type { CommandContext, CommandProvider } from '../../shell/types';
import { type KubectlCommand, type Invocation, printError } from './context';
import { FlagError, Flags, GLOBAL_FLAGS, parseFlags } from './flags';
import { apply } from './commands/apply';
import { cordon, uncordon } from './commands/cordon';
import { create } from './commands/create';
import { del } from './commands/delete';
import { describe } from './commands/describe';
import { edit } from './commands/edit';
import { exec } from './commands/exec';
import { expose } from './commands/expose';
import { get } from './commands/get';
import { annotate, label } from './commands/label';
import { logs } from './commands/logs';
import { apiResources, clusterInfo, explain, version, wait } from './commands/misc';
import { rollout } from './commands/rollout';
import { generatorHint, run } from './commands/run';
import { scale } from './commands/scale';
import { set } from './commands/set';

export const COMMANDS: readonly KubectlCommand[] = [create, expose, run, set, get, explain, edit, del, rollout, scale, describe, logs, exec, label, annotate, apply, wait, clusterInfo, cordon, uncordon, apiResources, version];

const HELP = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands (Beginner):
  create          Create a resource from a file or from stdin
  expose          Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service
  run             Run a particular image on the cluster

Basic Commands (Intermediate):
  explain         Get documentation for a resource
  get             Display one or many resources
  edit            Edit a resource on the server
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector
  set             Set specific features on objects

Deploy Commands:
  rollout         Manage the rollout of a resource
  scale           Set a new size for a deployment, replica set, or replication controller

Cluster Management Commands:
  cluster-info    Display cluster information
  cordon          Mark node as unschedulable
  uncordon        Mark node as schedulable

Troubleshooting and Debugging Commands:
  describe        Show details of a specific resource or group of resources
  logs            Print the logs for a container in a pod
  exec            Execute a command in a container

Advanced Commands:
  apply           Apply a configuration to a resource by file name or stdin
  wait            Experimental: Wait for a specific condition on one or many resources

Settings Commands:
  label           Update the labels on a resource
  annotate        Update the annotations on a resource

Other Commands:
  api-resources   Print the supported API resources on the server
  version         Print the client and server version information

Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

/** Splits `kubectl -n ns get pods` into global flags before the command, the command, and the rest. */
function splitCommand(args: readonly string[]): { command: string | undefined; rest: string[] } {
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('-')) return { command: a, rest: [...rest, ...args.slice(i + 1)] };
    rest.push(a);
    const spec = GLOBAL_FLAGS.find((f) => a === `--${f.name}` || a === `-${f.short}`);
    if (spec && spec.type !== 'bool' && i + 1 < args.length) rest.push(args[++i]!);
  }
  return { command: undefined, rest };
}

export class KubectlProvider implements CommandProvider {
  readonly names = ['kubectl', 'k'];
  readonly summary = 'kubectl — talk to the embedded Kubernetes cluster';

  constructor(private readonly host: ClusterHost) {}

  run(argv: readonly string[], ctx: CommandContext): number {
    const { command, rest } = splitCommand(argv.slice(1));
    if (!command || command === 'help' || rest.includes('--help') || rest.includes('-h')) {
      ctx.out(HELP);
      return 0;
    }
    const cmd = COMMANDS.find((c) => c.name === command || c.aliases?.includes(command));
    if (!cmd) {
      ctx.err(`error: unknown command "${command}" for "kubectl"\n`);
      return 1;
    }
    let flags: Flags;
    try {
      flags = new Flags(parseFlags(rest, [...GLOBAL_FLAGS, ...cmd.flags]));
    } catch (e) {
      if (!(e instanceof FlagError)) throw e;
      ctx.err(`Error: ${e.message}\nSee 'kubectl ${cmd.name} --help' for usage.\n`);
      if (cmd.name === 'run' && e.message.startsWith('unknown flag: --generator')) ctx.err(generatorHint(argv.slice(1)));
      return 1;
    }
    const cluster = this.host.cluster;
    if (!cluster && !cmd.offline) {
      ctx.err(this.host.connectionError() + '\n');
      return 1;
    }
    const inv: Invocation = {
      cluster: cluster!,
      host: this.host,
      flags,
      ctx,
      namespace: flags.string('namespace', 'default'),
      command: cmd.name,
    };
    try {
      if (cluster && flags.has('namespace') && !['create', 'apply', 'version', 'explain', 'api-resources'].includes(cmd.name)) {
        const ns = inv.namespace;
        if (!cluster.api.tryGet('Namespace', undefined, ns) && cmd.name !== 'get' && cmd.name !== 'describe') {
          ctx.err(`Error from server (NotFound): namespaces "${ns}" not found\n`);
          return 1;
        }
      }
      return cmd.run(inv);
    } catch (e) {
      return printError(ctx, e);
    } finally {
      cluster?.settle();
    }
  }
}
