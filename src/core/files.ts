/** Which linter judges a file, from its name alone (no content sniffing). */
export type FileKind = 'dockerfile' | 'yaml';

export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

/**
 * `Dockerfile`, `Containerfile`, `*.Dockerfile`, `*-Dockerfile` (the seeds' `3-Dockerfile`),
 * `Dockerfile.*` → dockerfile; `*.yaml`, `*.yml` → yaml.
 */
export function fileKind(path: string): FileKind | undefined {
  const name = baseName(path);
  if (/^(Dockerfile|Containerfile)(\..+)?$/i.test(name) || /[.-]Dockerfile$/i.test(name)) return 'dockerfile';
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  return undefined;
}
