/** `kubectl set image (TYPE NAME | TYPE/NAME) CONTAINER=IMAGE…` (pkg/cmd/set/set_image.go). */
import type { Json } from '../../../cluster/types';
import { type KubectlCommand, DRY_RUN_FLAG, dryRun, fail } from '../context';
import { qualifiedName } from '../output';
import { targets } from '../resources';

export const set: KubectlCommand = {
  name: 'set',
  flags: [DRY_RUN_FLAG, { name: 'all', type: 'bool' }],
  run(inv) {
    const { flags, ctx, cluster } = inv;
    const [sub, ...rest] = flags.args;
    if (sub !== 'image') fail(`unknown command "${sub ?? ''}" for "kubectl set"${sub ? '' : '\nAvailable Commands: image'}`);
    const pairs = rest.filter((a) => a.includes('='));
    const { targets: ts } = targets(rest.filter((a) => !a.includes('=')));
    if (!pairs.length) fail('at least one image update is required');
    for (const t of ts) {
      if (t.name === undefined) fail('resource(s) were provided, but no name was specified');
      const o = cluster.api.get(t.info.kind, inv.namespace, t.name);
      const podSpec: Json = o.kind === 'Pod' ? o.spec : o.spec?.template?.spec;
      if (!podSpec) fail(`cannot set image on a ${o.kind}`);
      const containers = podSpec.containers.map((c: Json) => ({ ...c }));
      for (const p of pairs) {
        const [name, image] = p.split('=') as [string, string];
        const targetsC = name === '*' ? containers : containers.filter((c: Json) => c.name === name);
        if (!targetsC.length) fail(`unable to find container named "${name}"`);
        for (const c of targetsC) c.image = image;
      }
      const spec = o.kind === 'Pod' ? { ...o.spec, containers } : { ...o.spec, template: { ...o.spec.template, spec: { ...podSpec, containers } } };
      if (dryRun(flags) === 'none') cluster.api.update({ ...o, spec });
      ctx.out(`${qualifiedName(o.kind, o.metadata.name)} image updated\n`);
    }
    return 0;
  },
};
