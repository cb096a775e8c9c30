import type { From } from './parser';
import type { DockerfileContext } from './context';
import { expandVariables } from './variables';

/** The base image of a `FROM`, with variables from global `ARG`s resolved. */
export interface BaseImage {
  readonly from: From;
  /** Image name without tag or digest (`node`, `docker.io/library/node`). */
  readonly name: string;
  readonly tag: string | undefined;
  readonly digest: string | undefined;
  /** True when the reference came (partly) from a variable. */
  readonly fromVariable: boolean;
}

/** Splits an image reference into name, tag and digest (registry ports are not tags). */
export function parseImageReference(ref: string): { name: string; tag?: string; digest?: string } {
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), ...(digest ? { digest } : {}) };
  }
  return { name: rest, ...(digest ? { digest } : {}) };
}

/**
 * Resolves each `FROM` of the file. Returns `undefined` for a `FROM` whose image
 * cannot be known (missing, or a variable without a default value).
 */
export function baseImages(context: DockerfileContext): Array<BaseImage | undefined> {
  return context.memo('baseImages', () => computeBaseImages(context));
}

function computeBaseImages(context: DockerfileContext): Array<BaseImage | undefined> {
  const escape = context.dockerfile.getEscapeCharacter();
  return context.dockerfile.getFROMs().map((from) => {
    const raw = from.getImage();
    if (!raw) return undefined;
    const fromVariable = raw.includes('$');
    const ref = fromVariable ? expandVariables(raw, (n) => context.globalArgs.get(n), escape) : raw;
    if (ref === undefined || ref === '') return undefined;
    const parsed = parseImageReference(ref);
    return { from, name: parsed.name, tag: parsed.tag, digest: parsed.digest, fromVariable };
  });
}

/** Names of the stages declared before `index` (lower case, as BuildKit compares them). */
export function stageNamesBefore(context: DockerfileContext, index: number): Set<string> {
  const names = new Set<string>();
  // `context.stages` are the FROMs in order, with their `AS` names
  for (const stage of context.stages.slice(0, index)) if (stage.name) names.add(stage.name.toLowerCase());
  return names;
}
