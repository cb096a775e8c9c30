/**
 * Teacher mode: `kube-tutor sim --lesson N --check DIR` grades a student's lesson folder.
 * Facts come from the folder's files (linted like `kube-tutor lint`), an optional recorded
 * state `kube-tutor-state.json` (a partial Facts document) and an optional terminal
 * transcript `kube-tutor-transcript.txt`. Exit status: the number of failed steps
 * (0 = everything passes); 64 for a usage error, 66 when DIR cannot be read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { evaluateLesson } from '../core/tutor/engine';
import { emptyFacts, parseFacts, type Facts } from '../core/tutor/facts';
import { LESSONS, lessonByNumber } from '../core/tutor/lessons';
import { localeOf, pick, type Locale } from '../core/tutor/text';
import { parseTranscript, workspaceFacts } from '../core/tutor/workspace';

export const STATE_FILE = 'kube-tutor-state.json';
export const TRANSCRIPT_FILE = 'kube-tutor-transcript.txt';
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
  kube-tutor sim --lesson N --check DIR [--format text|json] [--lang en|ko]

Grades the lesson folder DIR: its files (Dockerfiles and manifests are linted), plus
${STATE_FILE} (recorded simulator state) and ${TRANSCRIPT_FILE} ("$ command" lines,
optional "[exit N]" after a failed command) when present.
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
    } else if (e.isFile() && child !== STATE_FILE && child !== TRANSCRIPT_FILE) {
      const abs = path.join(root, child);
      if (fs.statSync(abs).size <= MAX_FILE_BYTES) out[child] = fs.readFileSync(abs, 'utf8');
    }
  }
  return out;
}

/** Facts for a student folder; problems (bad state file, transcript lines) are returned, not thrown. */
export function studentFacts(dir: string): { facts: Facts; problems: string[] } {
  const problems: string[] = [];
  let facts: Facts = emptyFacts();
  const statePath = path.join(dir, STATE_FILE);
  if (fs.existsSync(statePath)) {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(statePath, 'utf8'));
    } catch (error) {
      problems.push(`${STATE_FILE}: invalid JSON: ${(error as Error).message}`);
    }
    if (json !== undefined) {
      const parsed = parseFacts(json);
      if ('error' in parsed) problems.push(`${STATE_FILE}: ${parsed.error}`);
      else facts = parsed.facts;
    }
  }
  const transcriptPath = path.join(dir, TRANSCRIPT_FILE);
  if (fs.existsSync(transcriptPath)) {
    const t = parseTranscript(fs.readFileSync(transcriptPath, 'utf8'));
    for (const p of t.problems) problems.push(`${TRANSCRIPT_FILE}:${p.line}: ${p.message}`);
    facts = { ...facts, commands: [...facts.commands, ...t.commands] };
  }
  return { facts: { ...facts, ...workspaceFacts(readFolder(dir)) }, problems };
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

export function teacherCommand(args: readonly string[], io: TeacherIo): number {
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
  const { facts, problems } = studentFacts(dir);
  for (const p of problems) io.stderr(`kube-tutor sim: ${p}\n`);
  const status = evaluateLesson(lesson, facts);
  const failed = status.total - status.completed;
  if (options.format === 'json') {
    io.stdout(
      `${JSON.stringify(
        {
          lesson: lesson.number,
          dir: options.dir,
          passed: status.completed,
          failed,
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
  } else {
    io.stdout(
      `${l10n.t('Lesson {0}: {1} — {2} of {3} steps pass ({4})', lesson.number, pick(lesson.title, options.locale), status.completed, status.total, options.dir)}\n`,
    );
    lesson.steps.forEach((s, i) => {
      const st = status.steps[i]!;
      const head = `  ${st.complete ? '✓' : '✗'} ${lesson.number}.${i + 1} ${pick(s.title, options.locale)}`;
      io.stdout(st.complete ? `${head}\n` : `${head}\n      ${st.reason}\n`);
    });
  }
  return failed;
}
