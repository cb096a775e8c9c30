import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseHadolintConfig, type DockerfileLintOptions } from '../../../src/core/dockerfile';
import type { BuildContextSnapshot } from '../../../src/core/dockerfile/buildContext';

/** Every file below `dir`, as POSIX paths relative to it. */
export function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(path.join(dir, e.name), rel) : [rel];
  });
}

/** A build-context snapshot of a fixture folder (its `.dockerignore` included). */
export function snapshotOf(dir: string): BuildContextSnapshot {
  const files = listFiles(dir);
  const ignore = path.join(dir, '.dockerignore');
  return {
    files,
    ...(fs.existsSync(ignore) ? { dockerignore: fs.readFileSync(ignore, 'utf8') } : {}),
    readFile: (p) => {
      const full = path.join(dir, p);
      return fs.existsSync(full) && fs.statSync(full).isFile() ? fs.readFileSync(full, 'utf8') : undefined;
    },
  };
}

/**
 * Options of a fixture case: `<case>.hadolint.yaml` (a .hadolint.yaml) and
 * `<case>.context/` (the build context) next to `<case>.Dockerfile`.
 */
export function fixtureOptions(dir: string, caseName: string): DockerfileLintOptions {
  const yaml = path.join(dir, `${caseName}.hadolint.yaml`);
  const context = path.join(dir, `${caseName}.context`);
  return {
    ...(fs.existsSync(yaml) ? { hadolint: parseHadolintConfig(fs.readFileSync(yaml, 'utf8')).config } : {}),
    ...(fs.existsSync(context) ? { buildContext: snapshotOf(context) } : {}),
  };
}
