import type { Argument } from '../parser';
import type { DockerfileContext, Inst } from '../context';

/** One `EXPOSE` argument, split the way Docker's `nat.ParsePortSpec` reads it. */
export interface ExposedPort {
  readonly inst: Inst;
  readonly arg: Argument;
  /** The value after variable expansion. */
  readonly value: string;
  /** True when written literally (ranges inside `arg` are exact). */
  readonly literal: boolean;
  /** `ip:hostPort:` prefix, if any (ExposeInvalidFormat). */
  readonly mapping: string | undefined;
  readonly port: string;
  readonly protocol: string | undefined;
}

export function exposedPorts(context: DockerfileContext): ExposedPort[] {
  return context.memo('exposedPorts', () => collectExposedPorts(context));
}

function collectExposedPorts(context: DockerfileContext): ExposedPort[] {
  const out: ExposedPort[] = [];
  for (const inst of context.effective) {
    if (inst.keyword !== 'EXPOSE') continue;
    for (const arg of inst.node.getArguments()) {
      const raw = arg.getValue();
      if (raw.startsWith('#')) break;
      const value = context.expand(inst, raw);
      if (value === undefined) continue;
      for (const part of value.split(/\s+/).filter(Boolean)) {
        const slash = part.indexOf('/');
        const portPart = slash >= 0 ? part.slice(0, slash) : part;
        const protocol = slash >= 0 ? part.slice(slash + 1) : undefined;
        const colon = portPart.lastIndexOf(':');
        out.push({
          inst,
          arg,
          value: part,
          literal: part === raw,
          mapping: colon >= 0 ? portPart.slice(0, colon + 1) : undefined,
          port: colon >= 0 ? portPart.slice(colon + 1) : portPart,
          protocol,
        });
      }
    }
  }
  return out;
}

/** `[start, end]` of a port or port range, or `undefined` when it is not numeric. */
export function portRange(port: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(port);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? m[1])];
}
