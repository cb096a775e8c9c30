/**
 * `docker container prune`, `docker image prune [-a]`, `docker system prune [-a]`
 * (docker/cli cli/command/{container,image,system}/prune.go): a y/N confirmation unless -f, then the list of
 * what was deleted and "Total reclaimed space".
 */
import { humanSize } from '../../engine/format';
import { removeImage } from '../../engine/imageOps';
import type { CommandContext } from '../../shell/types';
import type { Parsed } from './flags';
import { bool, type DockerIo, type Handler } from './io';

const CONTAINER_WARNING = 'WARNING! This will remove all stopped containers.';
const IMAGE_WARNING = 'WARNING! This will remove all dangling images.';
const IMAGE_ALL_WARNING = 'WARNING! This will remove all images without at least one container associated to them.';
const SYSTEM_WARNING = (all: boolean): string =>
  ['WARNING! This will remove:', '  - all stopped containers', '  - all networks not used by at least one container', all ? '  - all images without at least one container associated to them' : '  - all dangling images', '  - unused build cache', ''].join('\n');

function confirm(p: Parsed, io: DockerIo, warning: string, action: (out: (t: string) => void) => void): number {
  if (bool(p, 'force')) {
    action((t) => io.out(t));
    return 0;
  }
  io.out(`${warning}\nAre you sure you want to continue? [y/N] `);
  if (!io.ctx.enterSession) {
    io.out('\n');
    return 0;
  }
  io.ctx.enterSession({
    prompt: () => '',
    line(text: string, ctx: CommandContext): boolean {
      if (/^y(es)?$/i.test(text.trim())) action((t) => ctx.out(t));
      return true;
    },
  });
  return 0;
}

function pruneContainers(io: DockerIo, out: (t: string) => void): number {
  const stopped = [...io.engine.containers.values()].filter((c) => c.state !== 'running');
  let size = 0;
  if (stopped.length) out('Deleted Containers:\n');
  for (const c of stopped) {
    size += Object.values(c.rw).reduce((n, e) => n + (e?.size ?? 0), 0);
    io.engine.remove(c);
    out(`${c.id}\n`);
  }
  if (stopped.length) out('\n');
  return size;
}

function pruneImages(io: DockerIo, out: (t: string) => void, all: boolean): number {
  const store = io.engine.store;
  const used = new Set([...io.engine.containers.values()].map((c) => c.imageId));
  const candidates = [...store.images.values()].filter((i) => !i.intermediate && !used.has(i.id) && (all || !store.tagsOf(i.id).length) && !store.children(i.id).some((c) => !c.intermediate));
  const before = [...store.layers.values()].reduce((n, l) => n + l.size, 0);
  const lines: string[] = [];
  for (const image of candidates) {
    if (!store.images.has(image.id)) continue;
    const refs = store.tagsOf(image.id);
    for (const ref of refs.length ? refs : [image.id]) {
      try {
        for (const line of removeImage(io.engine, ref, true)) lines.push(line.replace(/^Untagged/, 'untagged').replace(/^Deleted/, 'deleted'));
      } catch {
        // still referenced: keep it, as the daemon does
      }
    }
  }
  if (lines.length) out(`Deleted Images:\n${lines.join('\n')}\n\n`);
  return before - [...store.layers.values()].reduce((n, l) => n + l.size, 0);
}

export const containerPrune: Handler = (p, io) =>
  confirm(p, io, CONTAINER_WARNING, (out) => {
    const size = pruneContainers(io, out);
    out(`Total reclaimed space: ${humanSize(size, 4)}\n`);
  });

export const imagePrune: Handler = (p, io) =>
  confirm(p, io, bool(p, 'all') ? IMAGE_ALL_WARNING : IMAGE_WARNING, (out) => {
    const size = pruneImages(io, out, bool(p, 'all'));
    out(`Total reclaimed space: ${humanSize(size, 4)}\n`);
  });

export const systemPrune: Handler = (p, io) =>
  confirm(p, io, SYSTEM_WARNING(bool(p, 'all')), (out) => {
    let size = pruneContainers(io, out);
    size += pruneImages(io, out, bool(p, 'all'));
    out(`Total reclaimed space: ${humanSize(size, 4)}\n`);
  });
