/**
 * `kubectl delete (TYPE [NAME…] | TYPE/NAME | -f FILE) [-l] [--all] [--cascade] [--grace-period]
 * [--now] [--wait]` (pkg/cmd/delete): prints `pod "kubia" deleted` and, like the real client
 * (`--wait=true`), waits (virtual time) until the objects are gone.
 */
import type { Propagation } from '../../../cluster/apiserver';
import { resourceForKind } from '../../../cluster/kinds';
import type { KObject } from '../../../cluster/types';
import { type KubectlCommand, DRY_RUN_FLAG, dryRun, fail, printError } from '../context';
import { qualifiedKind } from '../output';
import { targets } from '../resources';
import { readManifests } from './apply';
import { selectorFlag } from './get';

export const del: KubectlCommand = {
  name: 'delete',
  flags: [
    { name: 'filename', short: 'f', type: 'strings' },
    { name: 'recursive', short: 'R', type: 'bool' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all', type: 'bool' },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'cascade', type: 'string', noOptDefault: 'background' },
    { name: 'grace-period', type: 'int' },
    { name: 'now', type: 'bool' },
    { name: 'force', type: 'bool' },
    { name: 'wait', type: 'bool' },
    { name: 'ignore-not-found', type: 'bool' },
    DRY_RUN_FLAG,
  ],
  run(inv) {
    const { flags, ctx, cluster } = inv;
    const cascade = flags.string('cascade', 'background');
    const propagation: Propagation | undefined = ({ background: 'Background', foreground: 'Foreground', orphan: 'Orphan', true: 'Background', false: 'Orphan' } as Record<string, Propagation>)[cascade];
    if (!propagation) fail(`invalid cascade value (${cascade}). Must be "background", "foreground", or "orphan".`);
    const grace = flags.bool('now') ? 1 : flags.bool('force') ? 0 : flags.has('grace-period') && flags.int('grace-period', -1) >= 0 ? flags.int('grace-period', 30) : undefined;
    const mode = dryRun(flags);
    const victims: KObject[] = [];
    let status = 0;
    const selector = selectorFlag(inv);
    if (flags.has('filename')) {
      for (const { source, object } of readManifests(inv, flags.strings('filename'), flags.bool('recursive'))) {
        const info = resourceForKind(object.kind)!;
        const o = cluster.api.tryGet(info.kind, info.namespaced ? object.metadata?.namespace ?? inv.namespace : undefined, object.metadata?.name);
        if (o) victims.push(o);
        else if (!flags.bool('ignore-not-found')) {
          ctx.err(`Error from server (NotFound): error when deleting "${source}": ${info.plural} "${object.metadata?.name}" not found\n`);
          status = 1;
        }
      }
    } else {
      if (!flags.args.length) fail('You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'\n   \'<resource> <name>\'\n   \'<resource>\'');
      const { targets: ts } = targets(flags.args);
      const ns = flags.bool('all-namespaces') ? undefined : inv.namespace;
      for (const t of ts) {
        if (t.name !== undefined) {
          const o = cluster.api.tryGet(t.info.kind, t.info.namespaced ? inv.namespace : undefined, t.name);
          if (o) victims.push(o);
          else if (!flags.bool('ignore-not-found')) {
            ctx.err(`Error from server (NotFound): ${t.info.plural} "${t.name}" not found\n`);
            status = 1;
          }
        } else if (flags.bool('all') || selector) victims.push(...cluster.api.list(t.info.kind, t.info.namespaced ? ns : undefined, selector));
        else fail(`resource(s) were provided, but no name was specified`);
      }
      if (!victims.length && status === 0 && !flags.bool('ignore-not-found')) ctx.out('No resources found\n');
    }
    if (grace === 0 && flags.bool('force')) ctx.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
    for (const o of victims) {
      try {
        cluster.api.delete(o.kind, o.metadata.namespace, o.metadata.name, { propagation, gracePeriodSeconds: grace, dryRun: mode !== 'none' });
        ctx.out(`${qualifiedKind(o.kind)} "${o.metadata.name}" ${flags.bool('force') ? 'force deleted' : 'deleted'}${mode === 'none' ? '' : ` (${mode} dry run)`}\n`);
      } catch (e) {
        status = printError(ctx, e);
      }
    }
    if (mode === 'none' && (!flags.has('wait') || flags.bool('wait'))) {
      cluster.settle();
      const gone = () => victims.every((o) => cluster.api.tryGet(o.kind, o.metadata.namespace, o.metadata.name)?.metadata.uid !== o.metadata.uid);
      cluster.advanceUntil(gone, 60_000);
    }
    return status;
  },
};
