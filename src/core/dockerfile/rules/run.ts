import type { Flag } from '../parser';
import type { Fix, Range } from '../../diagnostic';
import type { DockerfileContext, Inst } from '../context';
import type { RunShell } from '../runShell';
import { commandName, type ShellCommand } from '../shell/parse';

export interface RunCommand {
  readonly inst: Inst;
  readonly shell: RunShell;
  readonly command: ShellCommand;
  /** `apt-get` for `/usr/bin/apt-get`. */
  readonly name: string;
}

/** Every simple command of every `RUN` (ONBUILD RUN included), in order. */
export function runCommands(context: DockerfileContext): RunCommand[] {
  return context.memo('runCommands', () => collectRunCommands(context));
}

function collectRunCommands(context: DockerfileContext): RunCommand[] {
  const out: RunCommand[] = [];
  for (const inst of context.effective) {
    const shell = context.shell(inst);
    if (!shell) continue;
    for (const command of shell.commands) out.push({ inst, shell, command, name: commandName(command) });
  }
  return out;
}

/** Range of the command word, or of the whole command when `whole`. */
export function commandRange(run: RunCommand, whole = false): Range {
  const first = run.shell.rangeOf(run.command.name);
  if (!whole || run.command.args.length === 0) return first;
  return { start: first.start, end: run.shell.rangeOf(run.command.args[run.command.args.length - 1]!).end };
}

/** The first argument equal to one of `subcommands` (`install` in `apt-get -q install x`). */
export function subcommand(command: ShellCommand, subcommands: readonly string[]): number {
  return command.args.findIndex((a) => subcommands.includes(a.value));
}

/** Inserts ` text` after the subcommand word (for "add -y" style fixes). */
export function insertAfterSubcommand(run: RunCommand, index: number, text: string, title: string, preferred = true): Fix {
  const word = index >= 0 ? run.command.args[index]! : run.command.name;
  const at = run.shell.rangeOf(word).end;
  return { title, preferred, edits: [{ range: { start: at, end: at }, newText: ` ${text}` }] };
}

/** `RUN --mount=type=cache,target=…` targets of a RUN. */
export function cacheMountTargets(inst: Inst): string[] {
  const flags: Flag[] = inst.node.getFlags();
  const out: string[] = [];
  for (const f of flags) {
    const v = f.getValue();
    if (f.getName() !== 'mount' || !v || !/(?:^|,)type=cache(?:,|$)/.test(v)) continue;
    const t = /(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(v)?.[1];
    if (t) out.push(t);
  }
  return out;
}

export function hasCacheMount(inst: Inst, dir: string): boolean {
  return cacheMountTargets(inst).some((t) => t.startsWith(dir));
}
