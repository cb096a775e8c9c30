/**
 * The command lines the palette, the Cluster tree and the manifest CodeLens type into the Kube
 * Tutor terminal on the learner's behalf, and the checks of what they ask for. Pure, so the exact
 * words the learner sees (`kubectl scale rc kubia --replicas=3`) are unit-tested.
 */
import * as l10n from '@vscode/l10n';
import { shellQuote } from '../../shell/words';

/** The object a palette command acts on. */
export interface ObjectRef {
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
}

/** The simulator keeps up with thousands of pods, but the views are for learning: a sane ceiling. */
export const MAX_REPLICAS = 1000;

/** The resource word people type for a kind (`kubectl scale rc kubia`, `kubectl describe pod x`). */
export function resourceWord(kind: string): string {
  switch (kind) {
    case 'ReplicationController':
      return 'rc';
    case 'ReplicaSet':
      return 'rs';
    case 'Deployment':
      return 'deployment';
    case 'Service':
      return 'service';
    case 'Pod':
      return 'pod';
    case 'Node':
      return 'node';
    default:
      return kind.toLowerCase();
  }
}

/** `kubectl VERB... RESOURCE NAME [-n NS] EXTRA...` (`-n` only outside `default`). */
export function kubectlLine(verb: string, ref: ObjectRef, ...extra: string[]): string {
  const words = ['kubectl', verb, resourceWord(ref.kind), shellQuote(ref.name)];
  if (ref.namespace && ref.namespace !== 'default') words.push('-n', shellQuote(ref.namespace));
  return [...words, ...extra].join(' ');
}

/**
 * How the terminal shows text piped into a line: a here-document, which is what a learner would
 * paste into bash to do the same (`kubectl apply -f - <<'EOF'` … `EOF`).
 */
export function hereDocument(line: string, text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  let delimiter = 'EOF';
  for (let i = 2; lines.includes(delimiter); i++) delimiter = `EOF${i}`;
  return `${line} <<'${delimiter}'\n${lines.join('\n')}\n${delimiter}`;
}

/** Why a replica count is not acceptable, or undefined when it is. */
export function replicasError(value: string): string | undefined {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return l10n.t('Enter a whole number of replicas: 0 or more.');
  if (Number(text) > MAX_REPLICAS) return l10n.t('At most {0} replicas in the simulator.', String(MAX_REPLICAS));
  return undefined;
}

/** Why a port is not acceptable (kubectl: 1–65535), or undefined when it is. */
export function portError(value: string): string | undefined {
  const text = value.trim();
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 65535) return l10n.t('A port is a number from 1 to 65535.');
  return undefined;
}

/** A name kubectl accepts for a new object (RFC 1123 label: lowercase, digits, '-'). */
export function objectNameError(value: string): string | undefined {
  const text = value.trim();
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(text) || text.length > 63)
    return l10n.t('Use lowercase letters, digits and "-", starting and ending with a letter or digit (at most 63 characters).');
  return undefined;
}
