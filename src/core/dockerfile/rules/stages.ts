import type { Flag } from '../parser';
import type { DockerfileContext, Inst } from '../context';

/** `COPY --from=…` flags with their instruction. */
export function copyFromFlags(context: DockerfileContext): Array<{ inst: Inst; flag: Flag; value: string }> {
  const out: Array<{ inst: Inst; flag: Flag; value: string }> = [];
  for (const inst of context.effective) {
    if (inst.keyword !== 'COPY') continue;
    for (const flag of inst.node.getFlags()) {
      const value = flag.getValue();
      if (flag.getName() === 'from' && value) out.push({ inst, flag, value });
    }
  }
  return out;
}

/** Index of the stage named `name` (case-insensitive, as BuildKit), or -1. */
export function stageIndex(context: DockerfileContext, name: string): number {
  const n = name.toLowerCase();
  return context.stages.findIndex((s) => s.name?.toLowerCase() === n);
}
