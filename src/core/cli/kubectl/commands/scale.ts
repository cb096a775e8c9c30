/** `kubectl scale (TYPE NAME | TYPE/NAME) --replicas=N [--current-replicas=N]` (pkg/cmd/scale). */
import { type KubectlCommand, DRY_RUN_FLAG, dryRun, fail, printError } from '../context';
import { qualifiedName } from '../output';
import { targets } from '../resources';

const SCALABLE = ['Deployment', 'ReplicaSet', 'ReplicationController'];

export const scale: KubectlCommand = {
  name: 'scale',
  flags: [{ name: 'replicas', type: 'int' }, { name: 'current-replicas', type: 'int' }, { name: 'all', type: 'bool' }, DRY_RUN_FLAG],
  run(inv) {
    const { flags, ctx, cluster } = inv;
    if (!flags.has('replicas')) fail('required flag(s) "replicas" not set');
    const replicas = flags.int('replicas', 0);
    if (replicas < 0) fail('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
    const { targets: ts } = targets(flags.args);
    const mode = dryRun(flags);
    let status = 0;
    for (const t of ts) {
      try {
        if (!SCALABLE.includes(t.info.kind)) fail(`no objects passed to scale ${t.info.plural} "${t.name ?? ''}" is not scalable`);
        if (t.name === undefined) fail('resource(s) were provided, but no name was specified');
        const o = cluster.api.get(t.info.kind, inv.namespace, t.name);
        if (flags.has('current-replicas') && o.spec?.replicas !== flags.int('current-replicas', -1))
          fail(`Expected replicas to be ${flags.int('current-replicas', -1)}, was ${o.spec?.replicas}`);
        if (mode === 'none') cluster.api.write({ ...o, metadata: { ...o.metadata, generation: (o.metadata.generation ?? 1) + (o.spec?.replicas === replicas ? 0 : 1) }, spec: { ...o.spec, replicas } });
        ctx.out(`${qualifiedName(o.kind, o.metadata.name)} scaled${mode === 'none' ? '' : ` (${mode} dry run)`}\n`);
      } catch (e) {
        status = printError(ctx, e);
      }
    }
    return status;
  },
};
