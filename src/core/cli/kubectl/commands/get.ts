/**
 * `kubectl get` (k8s.io/kubectl/pkg/cmd/get): tables with the server's columns, `-o wide`,
 * `-o yaml|json|name`, `-l`, `-A`, `--show-labels`, `-L`, several types or `all`
 * (names prefixed `pod/…`, tables separated by a blank line), and `-w`, which here advances the
 * virtual clock and prints a row whenever a watched object's row changes.
 */
import type { Cluster } from '../../../cluster/cluster';
import { parseSelector, formatLabels, SelectorParseError, type Selector } from '../../../cluster/labels';
import type { ResourceInfo } from '../../../cluster/kinds';
import type { KObject } from '../../../cluster/types';
import { ApiError } from '../../../cluster/errors';
import { type Invocation, type KubectlCommand, fail, OUTPUT_FLAG, printError } from '../context';
import { COLUMNS, eventRow } from '../printers';
import { asList, qualifiedKind, toJson, toYaml } from '../output';
import { table } from '../tabwriter';
import { targets, type Target } from '../resources';
import { jsonpath } from '../jsonpath';

export function selectorFlag(inv: Invocation): Selector | undefined {
  const s = inv.flags.string('selector');
  if (!inv.flags.has('selector')) return undefined;
  try {
    return parseSelector(s);
  } catch (e) {
    if (e instanceof SelectorParseError) fail(e.message);
    throw e;
  }
}

function list(cluster: Cluster, info: ResourceInfo, namespace: string | undefined, selector: Selector | undefined): KObject[] {
  if (info.kind === 'Event') {
    const events = cluster.events.list(namespace).sort((a, b) => a.lastTimestamp - b.lastTimestamp || a.id - b.id);
    return events.map((e) => cluster.events.toObject(e));
  }
  return cluster.api.list(info.kind, info.namespaced ? namespace : undefined, selector);
}

interface Printer {
  header(info: ResourceInfo, withNamespace: boolean, prefix: boolean): string[];
  row(o: KObject, info: ResourceInfo, withNamespace: boolean, prefix: boolean): string[];
}

function printer(inv: Invocation): Printer {
  const wide = inv.flags.string('output') === 'wide';
  const showLabels = inv.flags.bool('show-labels');
  const labelCols = inv.flags.strings('label-columns');
  const now = inv.cluster.clock.now();
  return {
    header(info, ns) {
      const cols = COLUMNS[info.kind];
      const h = info.kind === 'Event' ? ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'] : [...(cols?.header ?? ['NAME', 'AGE']), ...(wide ? cols?.wide ?? [] : [])];
      return [...(ns ? ['NAMESPACE'] : []), ...h, ...labelCols.map((l) => l.toUpperCase().split('/').pop()!), ...(showLabels ? ['LABELS'] : [])];
    },
    row(o, info, ns, prefix) {
      let cells: string[];
      if (info.kind === 'Event') {
        const rec = inv.cluster.events.list().find((e) => `event-${e.id}` === o.metadata.uid)!;
        cells = eventRow(rec, now);
      } else {
        const cols = COLUMNS[info.kind];
        cells = cols ? [...cols.row(o, now), ...(wide ? cols.wideRow(o, now) : [])] : [o.metadata.name, ''];
        if (prefix) cells[0] = `${qualifiedKind(info.kind)}/${cells[0]}`;
      }
      const labels = o.metadata.labels ?? {};
      return [...(ns ? [o.metadata.namespace ?? ''] : []), ...cells, ...labelCols.map((l) => labels[l] ?? ''), ...(showLabels ? [formatLabels(o.metadata.labels)] : [])];
    },
  };
}

function fetch(inv: Invocation, t: Target, namespace: string | undefined, selector: Selector | undefined): KObject[] {
  if (t.name === undefined) return list(inv.cluster, t.info, namespace, selector);
  const o = inv.cluster.api.tryGet(t.info.kind, t.info.namespaced ? namespace ?? inv.namespace : undefined, t.name);
  if (!o) throw ApiError.notFound(t.info.kind, t.name);
  return [o];
}

export const get: KubectlCommand = {
  name: 'get',
  flags: [
    OUTPUT_FLAG,
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'show-labels', type: 'bool' },
    { name: 'label-columns', short: 'L', type: 'strings' },
    { name: 'watch', short: 'w', type: 'bool' },
    { name: 'watch-only', type: 'bool' },
    { name: 'no-headers', type: 'bool' },
    { name: 'show-kind', type: 'bool' },
  ],
  run(inv) {
    const { ctx, flags } = inv;
    if (!flags.args.length) {
      ctx.out('You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n');
      fail('Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples');
    }
    const output = flags.string('output');
    if (output && !['wide', 'yaml', 'json', 'name'].includes(output) && !output.startsWith('jsonpath='))
      fail(`unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`);
    const all = flags.bool('all-namespaces');
    const namespace = all ? undefined : inv.namespace;
    const selector = selectorFlag(inv);
    const { targets: ts, multiKind } = targets(flags.args);
    const p = printer(inv);
    const named = ts.some((t) => t.name !== undefined);
    const found: { info: ResourceInfo; items: KObject[] }[] = [];
    let status = 0;
    for (const t of ts) {
      try {
        const items = fetch(inv, t, namespace, selector);
        const last = found[found.length - 1];
        if (last && last.info === t.info) last.items.push(...items);
        else found.push({ info: t.info, items });
      } catch (e) {
        status = printError(ctx, e);
      }
    }
    const items = found.flatMap((f) => f.items);
    if (output === 'yaml' || output === 'json') {
      const doc = items.length === 1 && named && ts.length === 1 ? items[0] : asList(items);
      if (items.length || !named) ctx.out(output === 'yaml' ? toYaml(doc) : toJson(doc));
      return status;
    }
    if (output.startsWith('jsonpath=')) {
      const doc = items.length === 1 && named && ts.length === 1 ? items[0] : asList(items);
      ctx.out(jsonpath(output.slice('jsonpath='.length), doc));
      return status;
    }
    if (output === 'name') {
      for (const f of found) for (const o of f.items) ctx.out(`${qualifiedKind(f.info.kind)}/${o.metadata.name}\n`);
      return status;
    }
    const withNs = all;
    const blocks: string[] = [];
    for (const f of found) {
      if (!f.items.length) continue;
      const prefix = multiKind || flags.bool('show-kind');
      const rows = f.items.map((o) => p.row(o, f.info, withNs, prefix));
      blocks.push(table(flags.bool('no-headers') ? undefined : p.header(f.info, withNs, prefix), rows));
    }
    if (!flags.bool('watch-only')) ctx.out(blocks.join('\n'));
    if (!items.length && !named && !flags.bool('watch')) {
      const info = ts[0]!.info;
      ctx.err(all || !info.namespaced ? 'No resources found\n' : `No resources found in ${inv.namespace} namespace.\n`);
    }
    if (flags.bool('watch') || flags.bool('watch-only')) watch(inv, ts, namespace, selector, p, withNs, multiKind);
    return status;
  },
};

/** `-w`: advance virtual time, printing changed rows, until 30 s pass without a change (max 10 min). */
function watch(inv: Invocation, ts: Target[], namespace: string | undefined, selector: Selector | undefined, p: Printer, withNs: boolean, prefix: boolean): void {
  const { cluster, ctx } = inv;
  const kinds = new Map(ts.map((t) => [t.info.kind, t]));
  const last = new Map<string, string>();
  let lastChange = cluster.clock.now();
  const print = (o: KObject) => {
    const t = kinds.get(o.kind);
    if (!t || (t.info.namespaced && namespace && o.metadata.namespace !== namespace)) return;
    if (t.name !== undefined && o.metadata.name !== t.name) return;
    if (selector && !selector.matches(o.metadata.labels)) return;
    const row = table(undefined, [p.row(o, t.info, withNs, prefix)]);
    const key = `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`;
    if (last.get(key) === row) return;
    last.set(key, row);
    lastChange = cluster.clock.now();
    ctx.out(row);
  };
  const now0 = cluster.clock.now();
  for (const t of ts) for (const o of fetch(inv, t, namespace, selector)) last.set(`${o.kind}/${o.metadata.namespace}/${o.metadata.name}`, table(undefined, [p.row(o, t.info, withNs, prefix)]));
  const off = cluster.store.watchAll((e) => print(e.object));
  try {
    cluster.advanceUntil(() => cluster.clock.now() - lastChange >= 30_000 || cluster.clock.now() - now0 >= 600_000, 600_000);
  } finally {
    off();
  }
}
