/**
 * Docker image references, after github.com/distribution/reference (`ParseNormalizedNamed`,
 * `FamiliarString`): `kubia` → `docker.io/library/kubia:latest`, shown as `kubia:latest`.
 */
export interface ImageRef {
  /** Registry host, `docker.io` for Docker Hub. */
  readonly domain: string;
  /** Repository path on the registry, `library/kubia`, `mucha0619/kubia`. */
  readonly path: string;
  readonly tag?: string;
  readonly digest?: string;
}

export class ReferenceError extends Error {}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

export function parseReference(input: string): ImageRef {
  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new ReferenceError('invalid reference format');
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw new ReferenceError('invalid reference format');
  }
  if (!rest) throw new ReferenceError('invalid reference format');
  let domain = 'docker.io';
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      domain = first;
      path = rest.slice(slash + 1);
    }
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  if (path !== path.toLowerCase()) {
    throw new ReferenceError(`invalid reference format: repository name (${path}) must be lowercase`);
  }
  if (!path.split('/').every((c) => COMPONENT.test(c))) throw new ReferenceError('invalid reference format');
  return { domain, path, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

/** `kubia`, `mucha0619/kubia`, `localhost:5000/kubia` (no tag). */
export function familiarName(ref: ImageRef): string {
  if (ref.domain === 'docker.io') return ref.path.startsWith('library/') ? ref.path.slice('library/'.length) : ref.path;
  return `${ref.domain}/${ref.path}`;
}

/** `kubia:latest`: the key of the local tag table. */
export function familiarTagged(ref: ImageRef): string {
  return `${familiarName(ref)}:${ref.tag ?? 'latest'}`;
}

/** `docker.io/library/kubia:latest`. */
export function fullTagged(ref: ImageRef): string {
  return `${ref.domain}/${ref.path}:${ref.tag ?? 'latest'}`;
}

/** Why `input` is not an image reference (the parser's message), or undefined when it is one. */
export function referenceError(input: string): string | undefined {
  try {
    parseReference(input.trim());
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
