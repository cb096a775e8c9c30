/** Status text and colour family for each object, as `kubectl get` / `docker ps` show it. */
import type { ContainerStatusView, ControllerView, DockerContainerView, NodeView, PodView } from './clusterView';
import type { Tone } from './graph';

/** kubectl's STATUS column: the reason when there is one, else the phase (printPod). */
export function podStatus(pod: PodView): string {
  return pod.reason || pod.phase;
}

const ERROR_REASONS = new Set(['CrashLoopBackOff', 'ErrImagePull', 'ImagePullBackOff', 'Error', 'OOMKilled', 'InvalidImageName', 'CreateContainerConfigError', 'RunContainerError']);
const PROGRESS_REASONS = new Set(['ContainerCreating', 'PodInitializing', 'Pending']);

export function podTone(pod: PodView): Tone {
  const status = podStatus(pod);
  if (status === 'Terminating') return 'terminating';
  if (ERROR_REASONS.has(status) || pod.phase === 'Failed') return 'error';
  if (PROGRESS_REASONS.has(status) || pod.phase === 'Pending') return 'progress';
  if (pod.phase === 'Succeeded' || status === 'Completed') return 'neutral';
  if (pod.phase === 'Running') return pod.ready ? 'ok' : 'warning';
  return 'neutral';
}

export function nodeReady(node: NodeView): string {
  const ready = node.conditions.find((c) => c.type === 'Ready');
  return ready?.status === 'True' ? 'Ready' : 'NotReady';
}

export function controllerStatus(c: ControllerView): string {
  return `${c.readyReplicas}/${c.replicas}`;
}

export function controllerTone(c: ControllerView): Tone {
  if (c.readyReplicas >= c.replicas) return 'ok';
  return 'progress';
}

export function containerTone(state: DockerContainerView['state'] | ContainerStatusView['state']): Tone {
  switch (state) {
    case 'running':
      return 'ok';
    case 'created':
    case 'waiting':
    case 'restarting':
      return 'progress';
    case 'dead':
      return 'error';
    default:
      return 'neutral';
  }
}
