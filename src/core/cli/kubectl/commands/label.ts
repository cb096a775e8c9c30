/** `kubectl label|annotate TYPE NAME key=value… key- [--overwrite] [-l] [--all]` (pkg/cmd/label, pkg/cmd/annotate). */
import type { Json, KObject } from '../../../cluster/types';
import { type Invocation, type KubectlCommand, DRY_RUN_FLAG, dryRun, fail, printError } from '../context';
import { qualifiedName } from '../output';
import { targets } from '../resources';
import { selectorFlag } from './get';

function edit(inv: Invocation, field: 'labels' | 'annotations', verb: string): number {
  const { flags, ctx, cluster } = inv;
  const pairs = flags.args.filter((a) => a.includes('=') || a.endsWith('-'));
  const resources = flags.args.filter((a) => !pairs.includes(a));
  if (!pairs.length) fail(`at least one ${field === 'labels' ? 'label' : 'annotation'} update is required`);
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const p of pairs) {
    if (p.endsWith('-') && !p.includes('=')) remove.push(p.slice(0, -1));
    else {
      const i = p.indexOf('=');
      set[p.slice(0, i)] = p.slice(i + 1);
    }
  }
  const { targets: ts } = targets(resources);
  const selector = selectorFlag(inv);
  const objects: KObject[] = [];
  for (const t of ts) {
    if (t.name !== undefined) objects.push(cluster.api.get(t.info.kind, t.info.namespaced ? inv.namespace : undefined, t.name));
    else if (flags.bool('all') || selector) objects.push(...cluster.api.list(t.info.kind, t.info.namespaced ? inv.namespace : undefined, selector));
    else fail('resource(s) were provided, but no name was specified');
  }
  const mode = dryRun(flags);
  let status = 0;
  for (const o of objects) {
    try {
      const current: Record<string, string> = { ...(o.metadata[field] ?? {}) };
      for (const [k, v] of Object.entries(set))
        if (k in current && current[k] !== v && !flags.bool('overwrite')) fail(`'${k}' already has a value (${current[k]}), and --overwrite is false`);
      const next = { ...current, ...set };
      for (const k of remove) delete next[k];
      const changed = JSON.stringify(next) !== JSON.stringify(current);
      if (changed && mode === 'none') {
        const metadata: Json = { ...o.metadata, [field]: next };
        if (!Object.keys(next).length) delete metadata[field];
        cluster.api.update({ ...o, metadata });
      }
      ctx.out(`${qualifiedName(o.kind, o.metadata.name)} ${changed ? verb : `not ${verb}`}${mode === 'none' ? '' : ` (${mode} dry run)`}\n`);
    } catch (e) {
      status = printError(ctx, e);
    }
  }
  return status;
}

const flagsFor = [{ name: 'overwrite', type: 'bool' as const }, { name: 'selector', short: 'l', type: 'string' as const }, { name: 'all', type: 'bool' as const }, DRY_RUN_FLAG];

export const label: KubectlCommand = { name: 'label', flags: flagsFor, run: (inv) => edit(inv, 'labels', 'labeled') };
export const annotate: KubectlCommand = { name: 'annotate', flags: flagsFor, run: (inv) => edit(inv, 'annotations', 'annotated') };
