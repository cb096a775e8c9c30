/** `kubectl cordon|uncordon NODE` (pkg/cmd/drain): marks the node (un)schedulable. */
import { type Invocation, type KubectlCommand, fail } from '../context';

function mark(inv: Invocation, unschedulable: boolean, verb: string): number {
  const name = inv.flags.args[0];
  if (!name) fail('USAGE: cordon NODE [flags]');
  const node = inv.cluster.api.get('Node', undefined, name.replace(/^(node|no|nodes)\//, ''));
  if (!!node.spec?.unschedulable === unschedulable) {
    inv.ctx.out(`node/${node.metadata.name} already ${verb}\n`);
    return 0;
  }
  const spec = { ...node.spec, unschedulable: unschedulable || undefined };
  if (!unschedulable) delete spec.unschedulable;
  inv.cluster.api.write({ ...node, spec });
  inv.ctx.out(`node/${node.metadata.name} ${verb}\n`);
  return 0;
}

export const cordon: KubectlCommand = { name: 'cordon', flags: [], run: (inv) => mark(inv, true, 'cordoned') };
export const uncordon: KubectlCommand = { name: 'uncordon', flags: [], run: (inv) => mark(inv, false, 'uncordoned') };
