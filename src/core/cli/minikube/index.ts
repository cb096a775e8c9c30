/**
 * `minikube start|stop|delete|status|ip|service --url|kubectl -- …` over the shared ClusterHost. The
 * messages are minikube's own (English, with its emoji), as `minikube` v1.35 prints them.
 * `start --nodes=3` (or `-p three-node`) picks the three-node profile.
 */
import type { ClusterHost } from '../../cluster/host';
import { KUBERNETES_VERSION, type ProfileName } from '../../cluster/profiles';
import type { CommandContext, CommandProvider } from '../../shell/types';
import { KubectlProvider } from '../kubectl';
import { FlagError, Flags, parseFlags } from '../kubectl/flags';

export class MinikubeProvider implements CommandProvider {
  readonly names = ['minikube'];
  readonly summary = 'minikube — start, stop and delete the embedded cluster';

  constructor(private readonly host: ClusterHost) {}

  run(argv: readonly string[], ctx: CommandContext): number {
    // `minikube kubectl -- get po -A`: minikube runs a kubectl of the cluster's version with
    // the words after `--` (the seeds use it when no kubectl is installed).
    if (argv[1] === 'kubectl') {
      const rest = argv.slice(2);
      return new KubectlProvider(this.host).run(['kubectl', ...(rest[0] === '--' ? rest.slice(1) : rest)], ctx);
    }
    let flags: Flags;
    try {
      flags = new Flags(
        parseFlags(argv.slice(1), [
          { name: 'nodes', short: 'n', type: 'int' },
          { name: 'profile', short: 'p', type: 'string' },
          { name: 'driver', type: 'string' },
          { name: 'url', type: 'bool' },
          { name: 'namespace', type: 'string' },
          { name: 'all', type: 'bool' },
        ]),
      );
    } catch (e) {
      if (!(e instanceof FlagError)) throw e;
      ctx.err(`Error: ${e.message}\nSee 'minikube ${argv[1] ?? ''} --help' for usage.\n`);
      return 1;
    }
    const [sub, arg] = flags.args;
    const host = this.host;
    const nodeName = host.profile.nodes[0]!.name;
    switch (sub) {
      case 'start': {
        const profile: ProfileName = flags.int('nodes', 1) > 1 || flags.string('profile') === 'three-node' ? 'three-node' : 'minikube';
        const wasStopped = host.state === 'Stopped';
        ctx.out(`😄  minikube v1.35.0 on Ubuntu 22.04 (kube-tutor simulator)\n`);
        ctx.out(`✨  Using the docker driver based on ${wasStopped ? 'existing profile' : 'user configuration'}\n`);
        ctx.out(`👍  Starting "minikube" primary control-plane node in "minikube" cluster\n`);
        if (wasStopped) ctx.out(`🔄  Restarting existing docker container for "minikube" ...\n`);
        else ctx.out(`🔥  Creating docker container (CPUs=2, Memory=3900MB) ...\n`);
        const cluster = host.start(profile);
        ctx.out(`🐳  Preparing Kubernetes ${KUBERNETES_VERSION} on Docker 27.4.1 ...\n`);
        if (cluster.profile.nodes.length > 1) ctx.out(`🔗  Configuring CNI (Container Networking Interface) ...\n`);
        ctx.out(`🔎  Verifying Kubernetes components...\n🌟  Enabled addons: storage-provisioner, default-storageclass\n`);
        ctx.out(`🏄  Done! kubectl is now configured to use "minikube" cluster and "default" namespace by default\n`);
        return 0;
      }
      case 'stop':
        if (host.state === 'Absent') {
          ctx.out(`🤷  Profile "minikube" not found. Run "minikube profile list" to view all profiles.\n👉  To start a cluster, run: "minikube start"\n`);
          return 85;
        }
        if (host.state === 'Running') {
          ctx.out(`✋  Stopping node "${nodeName}"  ...\n🛑  Powering off "${nodeName}" via SSH ...\n`);
          host.stop();
        }
        ctx.out(`🛑  1 node stopped.\n`);
        return 0;
      case 'delete':
        if (host.delete()) {
          ctx.out(`🔥  Deleting "minikube" in docker ...\n🔥  Deleting container "minikube" ...\n🔥  Removing ~/.minikube/machines/minikube ...\n💀  Removed all traces of the "minikube" cluster.\n`);
        } else ctx.out(`🙄  "minikube" profile does not exist, trying anyways.\n💀  Removed all traces of the "minikube" cluster.\n`);
        return 0;
      case 'status': {
        if (host.state === 'Absent') {
          ctx.out(`🤷  Profile "minikube" not found. Run "minikube profile list" to view all profiles.\n👉  To start a cluster, run: "minikube start"\n`);
          return 85;
        }
        const s = host.state === 'Running' ? 'Running' : 'Stopped';
        ctx.out(`minikube\ntype: Control Plane\nhost: ${s}\nkubelet: ${s}\napiserver: ${s}\nkubeconfig: ${host.state === 'Running' ? 'Configured' : 'Stopped'}\n\n`);
        return host.state === 'Running' ? 0 : 7;
      }
      case 'ip':
        if (host.state !== 'Running') return this.notRunning(ctx);
        ctx.out(`${host.profile.nodes[0]!.ip}\n`);
        return 0;
      case 'service': {
        const cluster = host.cluster;
        if (!cluster) return this.notRunning(ctx);
        const svc = arg ? cluster.api.tryGet('Service', flags.string('namespace', 'default'), arg) : undefined;
        if (!svc) {
          ctx.err(`\n❌  Exiting due to SVC_NOT_FOUND: Service '${arg ?? ''}' was not found in '${flags.string('namespace', 'default')}' namespace.\nYou may select another namespace by using 'minikube service ${arg ?? ''} -n <namespace>'. Or list out all the services using 'minikube service list'\n\n`);
          return 1;
        }
        const ports = (svc.spec.ports ?? []).filter((p: { nodePort?: number }) => p.nodePort);
        if (!ports.length) {
          ctx.err(`😿  service ${svc.metadata.namespace}/${svc.metadata.name} has no node port\n`);
          return 1;
        }
        for (const p of ports) ctx.out(`http://${host.profile.nodes[0]!.ip}:${p.nodePort}\n`);
        return 0;
      }
      default:
        ctx.err(sub ? `Error: unknown command "${sub}" for "minikube"\nRun 'minikube --help' for usage.\n` : 'minikube provisions and manages local Kubernetes clusters optimized for development workflows.\n\nBasic Commands:\n  start     Starts a local Kubernetes cluster\n  status    Gets the status of a local Kubernetes cluster\n  stop      Stops a running local Kubernetes cluster\n  delete    Deletes a local Kubernetes cluster\n  kubectl   Run a kubectl binary matching the cluster version\n  ip        Retrieves the IP address of the specified node\n  service   Returns a URL to connect to a service\n');
        return sub ? 1 : 0;
    }
  }

  private notRunning(ctx: CommandContext): number {
    ctx.err(`\n❌  Exiting due to GUEST_STATUS: state: unknown state "minikube": docker container inspect minikube --format={{.State.Status}}: exit status 1\n\n`);
    return 80;
  }
}
