/**
 * Facts from what can be read without the simulator: the lesson folder's files (with the
 * linters' findings) and a recorded transcript of the learner's terminal.
 */
import { fileKind } from '../files';
import { lintText } from '../lint';
import { splitCommandLine } from './argv';
import type { CommandFact, DiagnosticFact, Facts } from './facts';

/** Files and their diagnostics (Dockerfiles and YAML through `lintText`). */
export function workspaceFacts(files: Readonly<Record<string, string>>): Pick<Facts, 'files' | 'diagnostics'> {
  const diagnostics: Record<string, DiagnosticFact[]> = {};
  for (const [path, text] of Object.entries(files)) {
    const kind = fileKind(path);
    if (kind) diagnostics[path] = lintText(kind, text).map((d) => ({ code: d.code, severity: d.severity }));
  }
  return { files, diagnostics };
}

export interface TranscriptProblem {
  readonly line: number;
  readonly message: string;
}

/**
 * A terminal transcript: `$ command` lines are commands; an `[exit N]` line after a command
 * records its exit status (0 when absent); everything else is output and ignored.
 */
export function parseTranscript(text: string): { commands: CommandFact[]; problems: TranscriptProblem[] } {
  const commands: CommandFact[] = [];
  const problems: TranscriptProblem[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const exit = /^\[exit (\d+)\]\s*$/.exec(line);
    if (exit) {
      const last = commands.pop();
      if (last) commands.push({ argv: last.argv, exitCode: Number(exit[1]) });
      else problems.push({ line: i + 1, message: '[exit N] before any command' });
      continue;
    }
    if (!line.startsWith('$ ')) continue;
    const split = splitCommandLine(line.slice(2));
    if ('error' in split) problems.push({ line: i + 1, message: split.error });
    else if (split.argv.length) commands.push({ argv: split.argv, exitCode: 0 });
  }
  return { commands, problems };
}
