/**
 * `COPY`/`ADD` of the classic builder: sources from the build context (after
 * .dockerignore) or from another stage (`--from`), destination rules of moby's
 * `copier.go` (a trailing `/` or an existing directory means "into"), Docker's wording
 * when a source is missing. The digest of the copied content is the step's cache input.
 */
import type { Instruction } from '../dockerfile/parser';
import type { BuildContext } from './context';
import { hexDigest } from './digest';
import type { DockerEngine } from './engine';
import { normalizePath, type FsChanges, type FsEntry } from './fs';
import { jsonForm } from './instructions';
import type { Image } from './model';

export function copyFiles(
  engine: DockerEngine,
  instr: Instruction,
  context: BuildContext,
  built: Map<string, Image>,
  stageImages: Image[],
  x: (t: string) => string,
  workdir: string,
  current: Image,
): { changes: FsChanges; digest: string } | { error: string } {
  const keyword = instr.getKeyword();
  const flags = instr.getFlags();
  const from = flags.find((f) => f.getName() === 'from')?.getValue() ?? undefined;
  const json = jsonForm(instr);
  const words = (json ?? instr.getArguments().map((a) => a.getValue()).filter((w) => !w.startsWith('--'))).map(x);
  if (words.length < 2) return { error: `dockerfile parse error line ${instr.getRange().start.line + 1}: ${keyword} requires at least two arguments, but only one was provided. Destination could not be determined.` };
  const sources = words.slice(0, -1);
  const destRaw = words[words.length - 1]!;
  const dest = normalizePath(destRaw, workdir);
  const destIsDir = destRaw.endsWith('/') || sources.length > 1 || destRaw === '.' || engine.imageFs(current).get(dest)?.type === 'dir';
  if (sources.length > 1 && !destRaw.endsWith('/')) return { error: `When using ${keyword} with more than one source file, the destination must be a directory and end with a /` };
  const changes: FsChanges = {};
  const hashes: string[] = [];

  if (from !== undefined) {
    const fromImage = built.get(from.toLowerCase()) ?? stageImages[Number(from)] ?? engine.findImage(from);
    if (!fromImage) return { error: `invalid from flag value ${from}: pull access denied for ${from}, repository does not exist or may require 'docker login'` };
    const srcFs = engine.imageFs(fromImage);
    for (const src of sources) {
      const abs = normalizePath(src, '/');
      const entries = srcFs.walk(abs);
      if (!entries.length) return { error: `COPY failed: stat ${abs}: file does not exist` };
      for (const [p, e] of entries) {
        const rel = p.slice(abs.length);
        const target = entries.length === 1 && e.type === 'file' ? (destIsDir ? `${dest}/${abs.split('/').pop()}` : dest) : normalizePath(`${dest}/${rel}`);
        changes[target] = e;
        hashes.push(`${p}:${e.size}:${e.content ?? ''}`);
      }
    }
    return { changes, digest: hexDigest(hashes.join('\n')) };
  }

  for (const src of sources) {
    if (/^https?:\/\//.test(src)) {
      if (keyword === 'COPY') return { error: `COPY failed: source can't be a URL for COPY` };
      const name = src.split('/').pop() || 'download';
      changes[destIsDir ? `${dest}/${name}` : dest] = { type: 'file', size: 1_000_000 };
      hashes.push(src);
      continue;
    }
    const rel = normalizePath(src, '/').slice(1);
    const matches = matchContext(context, rel);
    if (!matches.length) {
      return { error: `${keyword} failed: file not found in build context or excluded by .dockerignore: stat ${rel}: file does not exist` };
    }
    for (const m of matches) {
      const isDirMatch = m !== rel || context.dirs.has(rel) || rel === '';
      const content = context.read(m);
      const size = context.files.get(m)!.size;
      let target: string;
      if (isDirMatch && !/[*?[]/.test(rel)) target = normalizePath(`${dest}/${rel ? m.slice(rel.length + 1) : m}`);
      else target = destIsDir || matches.length > 1 ? `${dest}/${m.split('/').pop()}` : dest;
      const entry: FsEntry = { type: 'file', size, ...(content !== undefined && size < 1_000_000 ? { content } : {}) };
      changes[target] = entry;
      hashes.push(`${m}:${size}:${hexDigest(content ?? '')}`);
    }
  }
  return { changes, digest: hexDigest(hashes.join('\n')) };
}

/** Context files matched by a COPY source: a file, a directory (recursively) or a simple glob. */
function matchContext(context: BuildContext, rel: string): string[] {
  if (rel === '' || rel === '.') return [...context.files.keys()];
  if (context.files.has(rel)) return [rel];
  if (context.dirs.has(rel)) return [...context.files.keys()].filter((f) => f.startsWith(`${rel}/`));
  if (/[*?[]/.test(rel)) {
    const re = new RegExp(`^${rel.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
    return [...context.files.keys()].filter((f) => re.test(f));
  }
  return [];
}
