/**
 * Teacher mode: `kube-tutor sim --lesson N --check DIR` grades a student's lesson folder on a
 * simulator of its own: the folder's files are the workspace (linted like `kube-tutor lint`), and
 * the student's commands — the terminal transcript `kube-tutor-transcript.txt`, else the script
 * `kube-tutor-script.sh` — are replayed through the same shell the Kube Tutor terminal uses.
 * Steps are checked after every command and stay complete once passed, as in the editor.
 * Exit status: the number of failed steps (0 = everything passes); 64 for a usage error, 66
 * when DIR cannot be read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { splitCommandLine } from '../core/tutor/argv';
import { emptyProgress, evaluateLesson, recordProgress, type LessonStatus } from '../core/tutor/engine';
import type { Lesson } from '../core/tutor/lesson';
import { LESSONS, lessonByNumber } from '../core/tutor/lessons';
import { localeOf, pick, type Locale } from '../core/tutor/text';
import { LessonWorld } from '../core/tutor/world';

export const STATE_FILE = 'kube-tutor-state.json';
export const TRANSCRIPT_FILE = 'kube-tutor-transcript.txt';
export const SCRIPT_FILE = 'kube-tutor-script.sh';
/** Virtual seconds between two replayed commands (the student reads the output), and at the end. */
export const SECONDS_BETWEEN_COMMANDS = 30;
export const SECONDS_AT_END = 60;
export const EXIT_USAGE = 64;
export const EXIT_NOINPUT = 66;

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test']);
const MAX_FILE_BYTES = 256 * 1024;

export interface TeacherIo {
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const TEACHER_USAGE = `Usage:
  kube-tutor sim --lesson N --check DIR [--format text|json | --json] [--lang en|ko]

Grades the lesson folder DIR on a fresh simulator: its files are the workspace (Dockerfiles
and manifests are linted), and the student's commands are replayed in the Kube Tutor shell:
${TRANSCRIPT_FILE} ("$ command" lines; output lines are ignored) or else
${SCRIPT_FILE} (one command per line, # comments). ${SECONDS_BETWEEN_COMMANDS} s of simulated time pass after each command.
Exit status: number of failed steps; ${EXIT_USAGE} usage error; ${EXIT_NOINPUT} DIR unreadable.
`;

interface Options {
  lesson: number;
  dir: string;
  format: 'text' | 'json';
  locale: Locale;
}

function parse(args: readonly string[], io: TeacherIo): Options | string {
  let lesson: string | undefined;
  let dir: string | undefined;
  let format = 'text';
  let lang: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const [flag, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (flag === '--lesson') lesson = value();
    else if (flag === '--check') dir = value();
    else if (flag === '--format') format = value() ?? '';
    else if (arg === '--json') format = 'json';
    else if (flag === '--lang') lang = value();
    else return `unknown flag: ${arg}`;
  }
  if (lesson === undefined) return 'required flag "--lesson" not set';
  if (dir === undefined) return 'required flag "--check" not set';
  const n = Number(lesson);
  if (!Number.isInteger(n) || !lessonByNumber(n)) return `invalid argument "${lesson}" for "--lesson" flag: must be 1 to ${LESSONS.length}`;
  if (format !== 'text' && format !== 'json') return `invalid argument "${format}" for "--format" flag: must be one of text, json`;
  if (lang !== undefined && lang !== 'en' && lang !== 'ko') return `invalid argument "${lang}" for "--lang" flag: must be one of en, ko`;
  const env = io.env ?? {};
  const locale = (lang as Locale | undefined) ?? localeOf(env.KUBE_TUTOR_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG);
  return { lesson: n, dir, format, locale };
}

/** Text files under `root`, relative paths with `/`, skipping VCS and dependency folders. */
function readFolder(root: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) Object.assign(out, readFolder(root, child));
    } else if (e.isFile() && child !== STATE_FILE && child !== TRANSCRIPT_FILE && child !== SCRIPT_FILE) {
      const abs = path.join(root, child);
      if (fs.statSync(abs).size <= MAX_FILE_BYTES) out[child] = fs.readFileSync(abs, 'utf8');
    }
  }
  return out;
}

/** A command to replay, where it came from, and the exit status the transcript recorded. */
export interface RecordedCommand {
  readonly line: string;
  /** 1-based line in the source file. */
  readonly at: number;
  readonly recordedExitCode?: number;
}

/**
 * `$ command` lines of a terminal transcript (an `[exit N]` line after one records its status;
 * other lines are output), or every non-comment line of a script. Lines the shell could not
 * split are returned as problems and not replayed.
 */
export function recordedCommands(text: string, kind: 'transcript' | 'script'): { commands: RecordedCommand[]; problems: string[] } {
  const commands: RecordedCommand[] = [];
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const exit = kind === 'transcript' ? /^\[exit (\d+)\]\s*$/.exec(raw) : null;
    if (exit) {
      const last = commands.pop();
      if (last) commands.push({ ...last, recordedExitCode: Number(exit[1]) });
      else problems.push(`${i + 1}: [exit N] before any command`);
      continue;
    }
    let line: string;
    if (kind === 'transcript') {
      if (!raw.startsWith('$ ')) continue;
      line = raw.slice(2).trim();
    } else {
      line = raw.trim().replace(/^\$ /, '');
      if (!line || line.startsWith('#')) continue;
    }
    const split = splitCommandLine(line);
    if ('error' in split) problems.push(`${i + 1}: ${split.error}`);
    else if (split.argv.length) commands.push({ line, at: i + 1 });
  }
  return { commands, problems };
}

export interface ReplayedCommand extends RecordedCommand {
  readonly exitCode: number;
  /** First line of what it printed when it failed. */
  readonly error?: string;
}

export interface Grade {
  readonly status: LessonStatus;
  /** The file whose commands were replayed, if any. */
  readonly source?: string;
  readonly replayed: readonly ReplayedCommand[];
  readonly problems: readonly string[];
}

/**
 * Grades a student folder: builds a simulator over its files, replays its recorded commands, and
 * keeps each step complete once it passed. Problems (unreadable lines, an ignored state file) are
 * returned, not thrown.
 */
export async function gradeFolder(lesson: Lesson, dir: string): Promise<Grade> {
  const problems: string[] = [];
  if (fs.existsSync(path.join(dir, STATE_FILE))) problems.push(`${STATE_FILE}: ignored; the state is replayed from the student's commands`);
  const source = [TRANSCRIPT_FILE, SCRIPT_FILE].find((f) => fs.existsSync(path.join(dir, f)));
  const recorded = source ? recordedCommands(fs.readFileSync(path.join(dir, source), 'utf8'), source === SCRIPT_FILE ? 'script' : 'transcript') : { commands: [], problems: [] };
  for (const p of recorded.problems) problems.push(`${source}:${p}`);
  const world = new LessonWorld(readFolder(dir));
  let progress = emptyProgress();
  const check = (): void => {
    progress = recordProgress(progress, evaluateLesson(lesson, world.facts(), progress));
  };
  check();
  const replayed: ReplayedCommand[] = [];
  for (const command of recorded.commands) {
    await world.leaveSession();
    const r = await world.run(command.line);
    const error = r.exitCode === 0 ? undefined : r.output.split('\n').find((l) => l.trim());
    replayed.push({ ...command, exitCode: r.exitCode, ...(error ? { error } : {}) });
    world.wait(SECONDS_BETWEEN_COMMANDS);
    check();
  }
  world.wait(SECONDS_AT_END);
  const status = evaluateLesson(lesson, world.facts(), progress);
  return { status, ...(source ? { source } : {}), replayed, problems };
}

/** `--lang` overrides the environment's language for the reasons (core messages) too. */
function useLocale(locale: Locale): void {
  if (locale === 'en') {
    l10n.config({ contents: {} });
    return;
  }
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const bundle = path.join(dir, 'l10n', 'bundle.l10n.ko.json');
    if (fs.existsSync(bundle)) {
      l10n.config({ fsPath: bundle });
      return;
    }
    if (path.dirname(dir) === dir) return;
  }
}

/** `kube-tutor sim` is teacher mode when it names a lesson or a folder to check. */
export function isTeacherMode(args: readonly string[]): boolean {
  return args.some((a) => a === '--lesson' || a === '--check' || a.startsWith('--lesson=') || a.startsWith('--check='));
}

export async function teacherCommand(args: readonly string[], io: TeacherIo): Promise<number> {
  const options = parse(args, io);
  if (typeof options === 'string') {
    io.stderr(`Error: ${options}\n\n${TEACHER_USAGE}`);
    return EXIT_USAGE;
  }
  if (args.some((a) => a === '--lang' || a.startsWith('--lang='))) useLocale(options.locale);
  const dir = path.resolve(io.cwd, options.dir);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    io.stderr(`kube-tutor sim: ${options.dir}: no such directory\n`);
    return EXIT_NOINPUT;
  }
  const lesson = lessonByNumber(options.lesson)!;
  const { status, source, replayed, problems } = await gradeFolder(lesson, dir);
  for (const p of problems) io.stderr(`kube-tutor sim: ${p}\n`);
  const failed = status.total - status.completed;
  const failedCommands = replayed.filter((c) => c.exitCode !== 0);
  if (options.format === 'json') {
    io.stdout(
      `${JSON.stringify(
        {
          lesson: lesson.number,
          dir: options.dir,
          passed: status.completed,
          failed,
          replay: {
            source: source ?? null,
            commands: replayed.length,
            failed: failedCommands.length,
            failures: failedCommands.map((c) => ({ line: c.at, command: c.line, exitCode: c.exitCode, ...(c.error ? { error: c.error } : {}) })),
          },
          steps: lesson.steps.map((s, i) => ({
            step: `${lesson.number}.${i + 1}`,
            id: s.id,
            title: pick(s.title, options.locale),
            passed: status.steps[i]!.complete,
            ...(status.steps[i]!.complete ? {} : { reason: status.steps[i]!.reason }),
          })),
        },
        null,
        2,
      )}\n`,
    );
    return failed;
  }
  io.stdout(
    `${l10n.t('Lesson {0}: {1} — {2} of {3} steps pass ({4})', lesson.number, pick(lesson.title, options.locale), status.completed, status.total, options.dir)}\n`,
  );
  io.stdout(
    `  ${
      source
        ? l10n.t('{0} commands from {1} replayed on the simulator, {2} failed', replayed.length, source, failedCommands.length)
        : l10n.t('No {0} or {1}: only the files were checked', TRANSCRIPT_FILE, SCRIPT_FILE)
    }\n`,
  );
  lesson.steps.forEach((s, i) => {
    const st = status.steps[i]!;
    const head = `  ${st.complete ? '✓' : '✗'} ${lesson.number}.${i + 1} ${pick(s.title, options.locale)}`;
    io.stdout(st.complete ? `${head}\n` : `${head}\n      ${st.reason}\n`);
  });
  if (failedCommands.length) {
    io.stdout(`${l10n.t('Commands that failed in the simulator:')}\n`);
    for (const c of failedCommands) io.stdout(`  ${source}:${c.at}: $ ${c.line}\n      [exit ${c.exitCode}] ${c.error ?? ''}\n`);
  }
  return failed;
}
