/** `kubectl describe TYPE [NAME_PREFIX] | TYPE/NAME [-l] [-A]` (pkg/cmd/describe): name prefixes match, like the real command. */
import { ApiError } from '../../../cluster/errors';
import { type KubectlCommand, printError } from '../context';
import { describe as render } from '../describe';
import { targets } from '../resources';
import { selectorFlag } from './get';

export const describe: KubectlCommand = {
  name: 'describe',
  flags: [{ name: 'selector', short: 'l', type: 'string' }, { name: 'all-namespaces', short: 'A', type: 'bool' }, { name: 'show-events', type: 'bool' }],
  run(inv) {
    const { flags, ctx, cluster } = inv;
    const { targets: ts } = targets(flags.args);
    const selector = selectorFlag(inv);
    const ns = flags.bool('all-namespaces') ? undefined : inv.namespace;
    const docs: string[] = [];
    let status = 0;
    for (const t of ts) {
      const all = cluster.api.list(t.info.kind, t.info.namespaced ? ns : undefined, selector);
      let matched = all;
      if (t.name !== undefined) {
        const exact = all.find((o) => o.metadata.name === t.name);
        matched = exact ? [exact] : all.filter((o) => o.metadata.name.startsWith(t.name!));
        if (!matched.length) {
          status = printError(ctx, ApiError.notFound(t.info.kind, t.name));
          continue;
        }
      }
      for (const o of matched) docs.push(render(cluster, o));
    }
    if (!docs.length && status === 0) ctx.err(`No resources found in ${inv.namespace} namespace.\n`);
    ctx.out(docs.join('\n\n'));
    return status;
  },
};
