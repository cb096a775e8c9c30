/** Small helpers over dockerfile-ast instructions shared by the build steps. */
import type { Instruction } from 'dockerfile-ast';

const rawCache = new WeakMap<Instruction, string>();
/** dockerfile-ast recomputes the raw text on every call; steps ask for it several times. */
export function rawArgs(instr: Instruction): string {
  let raw = rawCache.get(instr);
  if (raw === undefined) {
    raw = instr.getRawArgumentsContent() ?? '';
    rawCache.set(instr, raw);
  }
  return raw;
}

/** JSON (exec) form of CMD/ENTRYPOINT/RUN/SHELL, or undefined for the shell form. */
export function jsonForm(instr: Instruction): string[] | undefined {
  const raw = (rawArgs(instr)).trim();
  if (!raw.startsWith('[')) return undefined;
  try {
    const value = JSON.parse(raw) as unknown;
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
  } catch {
    return undefined;
  }
}

