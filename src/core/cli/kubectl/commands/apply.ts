/**
 * `kubectl apply -f FILE|DIR|URL-less` (k8s.io/kubectl/pkg/cmd/apply): files and directories
 * (`.yaml`, `.yml`, `.json`; `-R` recurses), multi-document YAML, `created` / `configured` /
 * `unchanged`, the `kubectl.kubernetes.io/last-applied-configuration` annotation, `--dry-run`.
 * The merge is simplified: the applied fields replace the live spec, labels and annotations;
 * server-set fields (ClusterIP, NodePorts, status) are kept.
 */
import { loadAll, YAMLException } from 'js-yaml';
import { resolveResource, resourceForKind } from '../../../cluster/kinds';
import type { Json } from '../../../cluster/types';
import { type Invocation, type KubectlCommand, DRY_RUN_FLAG, OUTPUT_FLAG, dryRun, fail, printError, withSource } from '../context';
import { qualifiedName, toJson, toYaml } from '../output';
import { canonicalJson } from '../../../cluster/json';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export interface Manifest {
  readonly source: string;
  readonly object: Json;
}

function join(cwd: string, p: string): string {
  if (p.startsWith('/')) return p;
  const parts = `${cwd}/${p}`.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part && part !== '.') out.push(part);
  }
  return (cwd.startsWith('/') ? '/' : '') + out.join('/');
}

function filesOf(inv: Invocation, path: string, recursive: boolean): string[] {
  const fs = inv.ctx.fs;
  const kind = fs.stat(path);
  if (!kind) fail(`the path "${path}" does not exist`);
  if (kind === 'file') return [path];
  const out: string[] = [];
  for (const name of (fs.readdir(path) ?? []).sort()) {
    const child = `${path.replace(/\/$/, '')}/${name}`;
    const k = fs.stat(child);
    if (k === 'dir' && recursive) out.push(...filesOf(inv, child, true));
    else if (k === 'file' && /\.(ya?ml|json)$/.test(name)) out.push(child);
  }
  return out;
}

/** The objects of one file's text (multi-document YAML or JSON, `List`s unwrapped), checked as kubectl does before sending. */
function parseManifestText(file: string, text: string): Manifest[] {
  const out: Manifest[] = [];
  let docs: Json[] = [];
  try {
    docs = loadAll(text).filter((d) => d !== null && d !== undefined);
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    fail(`error parsing ${file}: error converting YAML to JSON: yaml: line ${(e.mark?.line ?? 0) + 1}: ${e.reason}`);
  }
  for (const d of docs) {
    if (typeof d !== 'object' || Array.isArray(d)) fail(`error parsing ${file}: json: cannot unmarshal ${Array.isArray(d) ? 'array' : typeof d} into Go value of type map[string]interface {}`);
    const items: Json[] = d.kind === 'List' && Array.isArray(d.items) ? d.items : [d];
    for (const item of items) {
      if (!item.apiVersion) fail(`error validating "${file}": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false`);
      if (!item.kind) fail(`error validating "${file}": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false`);
      const info = resourceForKind(item.kind) ?? resolveResource(String(item.kind));
      if (!info || info.kind !== item.kind || info.apiVersion !== item.apiVersion)
        fail(
          `resource mapping not found for name: "${item.metadata?.name ?? ''}" namespace: "${item.metadata?.namespace ?? ''}" from "${file}": no matches for kind "${item.kind}" in version "${item.apiVersion}"\nensure CRDs are installed first`,
        );
      out.push({ source: file, object: item });
    }
  }
  return out;
}

export function readManifests(inv: Invocation, paths: string[], recursive: boolean): Manifest[] {
  if (!paths.length) fail('must specify one of -f and -k');
  const out: Manifest[] = [];
  for (const p of paths) {
    if (p === '-') {
      // Like kubectl, the documents piped in are named "STDIN" in messages. Only front ends that
      // pass text along (the palette's Apply, a CodeLens) have a stdin; a typed line has none.
      const stdin = inv.ctx.stdin;
      if (stdin === undefined) fail('reading from stdin is not supported in the Kube Tutor terminal; save the manifest to a file and use -f FILE');
      out.push(...parseManifestText('STDIN', stdin));
      continue;
    }
    for (const file of filesOf(inv, p, recursive)) {
      const text = inv.ctx.fs.readFile(file) ?? inv.ctx.fs.readFile(join(inv.ctx.cwd, file));
      if (text === undefined) fail(`the path "${file}" does not exist`);
      out.push(...parseManifestText(file, text));
    }
  }
  return out;
}

function comparable(o: Json): string {
  return canonicalJson({ spec: o.spec, data: o.data, labels: o.metadata?.labels ?? {}, annotations: o.metadata?.annotations ?? {} });
}

export const apply: KubectlCommand = {
  name: 'apply',
  flags: [{ name: 'filename', short: 'f', type: 'strings' }, { name: 'recursive', short: 'R', type: 'bool' }, { name: 'prune', type: 'bool' }, DRY_RUN_FLAG, OUTPUT_FLAG],
  run(inv) {
    const { flags, ctx, cluster } = inv;
    const mode = dryRun(flags);
    const docs = readManifests(inv, flags.strings('filename'), flags.bool('recursive'));
    const suffix = mode === 'none' ? '' : ` (${mode} dry run)`;
    let status = 0;
    for (const { object, source } of docs) {
      let creating = false;
      try {
        const info = resourceForKind(object.kind)!;
        const ns = info.namespaced ? object.metadata?.namespace ?? inv.namespace : undefined;
        const applied = JSON.parse(JSON.stringify(object));
        const annotations = { ...(object.metadata?.annotations ?? {}), [LAST_APPLIED]: JSON.stringify(applied) + '\n' };
        const input: Json = { ...object, metadata: { ...object.metadata, annotations } };
        const live = cluster.api.tryGet(info.kind, ns, object.metadata?.name);
        let verb: string;
        let result: Json;
        if (!live) {
          creating = true;
          result = mode === 'client' ? input : cluster.api.create(input, { namespace: ns, dryRun: mode === 'server' });
          verb = 'created';
        } else {
          // Three-way merge of labels and annotations: keep what others added (controllers'
          // revision annotations), drop what the previous apply set and this one no longer does.
          const previous = JSON.parse(live.metadata.annotations?.[LAST_APPLIED] ?? '{}');
          const mergeMap = (field: 'labels' | 'annotations', mine: Record<string, string> | undefined) => {
            const out: Record<string, string> = { ...(live.metadata[field] ?? {}) };
            for (const k of Object.keys(previous.metadata?.[field] ?? {})) delete out[k];
            Object.assign(out, mine ?? {});
            return Object.keys(out).length ? out : undefined;
          };
          const merged: Json = {
            ...input,
            metadata: { ...input.metadata, labels: mergeMap('labels', object.metadata?.labels), annotations: mergeMap('annotations', annotations), resourceVersion: undefined },
          };
          if (info.kind === 'Service') merged.spec = { ...merged.spec, clusterIP: live.spec?.clusterIP, clusterIPs: live.spec?.clusterIPs };
          const would = cluster.api.update(merged, { namespace: ns, dryRun: true });
          if (comparable(would) === comparable(live)) {
            verb = 'unchanged';
            result = live;
          } else {
            result = mode === 'none' ? cluster.api.update(merged, { namespace: ns }) : would;
            verb = 'configured';
          }
        }
        const out = flags.string('output');
        if (out === 'yaml' || out === 'json') ctx.out(out === 'yaml' ? toYaml(result) : toJson(result));
        else ctx.out(`${qualifiedName(info.kind, object.metadata.name)} ${verb}${suffix}\n`);
      } catch (e) {
        status = printError(ctx, creating ? withSource(e, 'creating', source) : e);
      }
    }
    return status;
  },
};
