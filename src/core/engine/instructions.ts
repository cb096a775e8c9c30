/** Small helpers over parsed instructions shared by the build steps. */
import type { Instruction } from '../dockerfile/parser';

/** The arguments as written (the parser keeps it once computed). */
export function rawArgs(instr: Instruction): string {
  return instr.getRawArgumentsContent() ?? '';
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

