/** Resolving `TYPE NAME`, `TYPE/NAME` and `TYPE1,TYPE2` arguments as kubectl's resource builder does. */
import { resolveResource, type ResourceInfo } from '../../cluster/kinds';
import { fail } from './context';

export interface Target {
  readonly info: ResourceInfo;
  readonly name?: string;
}

export function resource(type: string): ResourceInfo {
  const info = resolveResource(type);
  if (!info) fail(`the server doesn't have a resource type "${type}"`);
  return info;
}

/** `kubectl get all` expands to these (categories "all"). */
export const ALL = ['pods', 'replicationcontrollers', 'services', 'deployments', 'replicasets'];

export function targets(args: readonly string[]): { targets: Target[]; multiKind: boolean } {
  if (!args.length) fail('Required resource not specified.');
  const out: Target[] = [];
  if (args.some((a) => a.includes('/'))) {
    for (const a of args) {
      const i = a.indexOf('/');
      if (i < 0) fail(`there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`);
      out.push({ info: resource(a.slice(0, i)), name: a.slice(i + 1) });
    }
    return { targets: out, multiKind: true };
  }
  const [types, ...names] = args;
  const kinds = types!.split(',').flatMap((t) => (t === 'all' ? ALL : [t])).map(resource);
  if (names.length && kinds.length > 1) for (const k of kinds) for (const n of names) out.push({ info: k, name: n });
  else if (names.length) for (const n of names) out.push({ info: kinds[0]!, name: n });
  else for (const k of kinds) out.push({ info: k });
  return { targets: out, multiKind: kinds.length > 1 || types === 'all' };
}
