import type { Fix } from '../../diagnostic';
import type { Finding } from '../../rule';
import type { DockerfileContext } from '../context';
import { argsNoFlags, type ShellCommand } from '../shell/parse';
import type { ShellWord } from '../shell/tokenize';
import { commandRange, hasCacheMount, insertAfterSubcommand, runCommands, subcommand, type RunCommand } from './run';

/** Templates shared by the hadolint package-manager rules (one template, many checks). */
type Report = (finding: Finding) => void;

export interface InstallSpec {
  /** Command names (`apt-get`), basenames. */
  readonly names: readonly string[];
  /** Subcommands that install (`install`, `add`). */
  readonly subcommands: readonly string[];
}

/** Install commands of every RUN, with the index of the subcommand word. */
export function installs(context: DockerfileContext, spec: InstallSpec): Array<RunCommand & { sub: number }> {
  const out: Array<RunCommand & { sub: number }> = [];
  for (const r of runCommands(context)) {
    if (!spec.names.includes(r.name)) continue;
    const sub = subcommand(r.command, spec.subcommands);
    // fields listed, not spread (an object spread per command showed in profiles)
    if (sub >= 0) out.push({ inst: r.inst, shell: r.shell, command: r.command, name: r.name, sub });
  }
  return out;
}

/** "Install without a flag" rules (DL3014, DL3015, DL3019, DL3030, DL3034, DL3038, DL3042). */
export function checkMissingFlag(
  context: DockerfileContext,
  report: Report,
  spec: InstallSpec & {
    /** Any of these flags satisfies the rule (short flags without dash, long without `--`). */
    readonly accepted: (command: ShellCommand) => boolean;
    readonly insert: string;
    readonly message: (run: RunCommand) => string;
    readonly title: string;
    readonly skip?: (run: RunCommand) => boolean;
  },
): void {
  for (const run of installs(context, spec)) {
    if (spec.accepted(run.command) || spec.skip?.(run)) continue;
    const fix: Fix = insertAfterSubcommand(run, run.sub, spec.insert, spec.title);
    report({ range: commandRange(run, true), message: spec.message(run), fix: [fix] });
  }
}

/** "Pin versions" rules (DL3008, DL3013, DL3016, DL3018, DL3028, DL3033, DL3037, DL3041). */
export function checkPinned(
  context: DockerfileContext,
  report: Report,
  spec: InstallSpec & {
    readonly flagsWithValue: readonly string[];
    readonly pinned: (pkg: string, command: ShellCommand) => boolean;
    readonly message: (pkg: string) => string;
    readonly skipCommand?: (command: ShellCommand) => boolean;
  },
): void {
  for (const run of installs(context, spec)) {
    if (spec.skipCommand?.(run.command)) continue;
    const packages: ShellWord[] = argsNoFlags({ ...run.command, args: run.command.args.slice(run.sub + 1) }, spec.flagsWithValue);
    for (const pkg of packages) {
      if (pkg.value.includes('$') || spec.pinned(pkg.value, run.command)) continue;
      report({ range: run.shell.rangeOf(pkg), message: spec.message(pkg.value) });
    }
  }
}

/** "Clean the cache in the same RUN" rules (DL3032, DL3036, DL3040). */
export function checkCleaned(
  context: DockerfileContext,
  report: Report,
  spec: InstallSpec & {
    readonly cleaned: (commands: readonly ShellCommand[]) => boolean;
    readonly cacheDirs: readonly string[];
    readonly message: (run: RunCommand) => string;
  },
): void {
  for (const run of installs(context, spec)) {
    if (spec.cleaned(run.shell.commands)) continue;
    if (spec.cacheDirs.some((d) => hasCacheMount(run.inst, d))) continue;
    report({ range: commandRange(run, true), message: spec.message(run) });
  }
}

/** Package has a version when it contains one of these separators after its first character. */
export function hasVersion(pkg: string, separators: readonly string[]): boolean {
  return separators.some((s) => pkg.indexOf(s, 1) > 0);
}
