#!/usr/bin/env node
/**
 * `kube-tutor` command line: the same checks as the editor, for terminals and CI.
 *   kube-tutor lint [--format text|json|sarif] PATH...
 *   kube-tutor rules [--format text|json]
 *   kube-tutor sim [-C DIR] [-c "CMD"]... [--script FILE] [--state FILE]
 *   kube-tutor sim --lesson N --check DIR   (teacher mode, src/cli/teacher.ts; own exit codes)
 * Exit codes: 0 no errors, 1 errors found, 2 usage or I/O error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { fileKind } from './core/files';
import { allRules, lintFolder, lintText, type LintOptions } from './core/lint';
import { compareDiagnostics } from './core/diagnostic';
import { parseHadolintConfig } from './core/dockerfile';
import { findHadolintConfig, snapshotFolder } from './cli/nodeContext';
import { simCommand, SimUsageError } from './cli/sim';
import { clusterFor, clusterProviders } from './core/sim/cluster';
import { teacherCommand, isTeacherMode } from './cli/teacher';
import { WorkspaceRuleSettings } from './cli/workspaceSettings';
import {
  formatJson,
  formatRulesJson,
  formatRulesText,
  formatSarif,
  formatText,
  OUTPUT_FORMATS,
  type FileReport,
  type OutputFormat,
} from './core/report';

declare const KUBE_TUTOR_VERSION: string | undefined;
const VERSION = typeof KUBE_TUTOR_VERSION === 'string' ? KUBE_TUTOR_VERSION : '0.0.0-dev';

export interface CliIo {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test']);

class UsageError extends Error {}

const USAGE = `Usage:
  kube-tutor lint [--format text|json|sarif] [PATH...]   Lint Dockerfiles, manifests and Compose files
  kube-tutor rules [--format text|json]                  List every rule
  kube-tutor sim [-C DIR] [-c CMD]... [--script FILE] [--state FILE]
                                                         Run docker/curl commands against the simulator
  kube-tutor sim --lesson N --check DIR [--json]         Grade a student's lesson folder on the simulator (exit = failed steps)
  kube-tutor --version | --help

Directories are walked for Dockerfile, *.Dockerfile, *-Dockerfile, Dockerfile.*, *.yaml, *.yml.
Exit status: 0 no errors, 1 errors found, 2 usage or I/O error; sim: the status of the last command.
`;

interface ParsedArgs {
  format: string;
  paths: string[];
}

function parseArgs(args: string[], allowed: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { format: 'text', paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      out.paths.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--format' || arg === '-f' || arg === '-o') {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`flag needs an argument: ${arg}`);
      out.format = value;
    } else if (arg.startsWith('--format=')) {
      out.format = arg.slice('--format='.length);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown flag: ${arg}`);
    } else {
      out.paths.push(arg);
    }
  }
  if (!allowed.includes(out.format)) {
    throw new UsageError(`invalid argument "${out.format}" for "--format" flag: must be one of ${allowed.join(', ')}`);
  }
  return out;
}

/** Files to lint under `p`, in a stable order. Throws a readable error when `p` is missing. */
function collectFiles(p: string, cwd: string, explicit: boolean): string[] {
  const abs = path.resolve(cwd, p);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    throw new Error(`${p}: no such file or directory`);
  }
  if (stat.isFile()) {
    // A file named on the command line is linted as YAML when it is not a Dockerfile by name.
    if (fileKind(abs) || explicit) return [p];
    return [];
  }
  if (!stat.isDirectory()) return [];
  const out: string[] = [];
  const entries = fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const child = path.join(p, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...collectFiles(child, cwd, false));
    } else if (entry.isFile() && fileKind(entry.name)) {
      out.push(child);
    }
  }
  return out;
}

function addFolderFindings(reports: FileReport[], files: ReadonlyArray<{ path: string; text: string; index: number }>, settings: WorkspaceRuleSettings, cwd: string): void {
  const byFolder = new Map<string, typeof files[number][]>();
  for (const f of files) {
    const dir = path.dirname(f.path);
    byFolder.set(dir, [...(byFolder.get(dir) ?? []), f]);
  }
  for (const [dir, group] of byFolder) {
    const found = lintFolder(group, { rules: settings.forFolder(path.resolve(cwd, dir)).rules.yaml });
    for (const f of group) {
      const extra = found.get(f.path) ?? [];
      const own = reports[f.index]!;
      if (extra.length) reports[f.index] = { file: own.file, diagnostics: [...own.diagnostics, ...extra].sort(compareDiagnostics) };
    }
  }
}

/** The folder of a Dockerfile is its build context (as `docker build -f X .` from there); a .hadolint.yaml applies. */
function dockerfileOptions(file: string, io: CliIo): LintOptions {
  const dir = path.dirname(file);
  const config = findHadolintConfig(dir, io.cwd);
  let hadolint;
  if (config) {
    const parsed = parseHadolintConfig(fs.readFileSync(config, 'utf8'));
    for (const e of parsed.errors) io.stderr(`kube-tutor lint: ${path.relative(io.cwd, config)}: ${e}\n`);
    hadolint = parsed.config;
  }
  return { buildContext: snapshotFolder(dir), ...(hadolint ? { hadolint } : {}) };
}

function lintCommand(args: string[], io: CliIo): number {
  const parsed = parseArgs(args, OUTPUT_FORMATS);
  const paths = parsed.paths.length ? parsed.paths : ['.'];
  const reports: FileReport[] = [];
  let ioError = false;
  // The rule settings of .vscode/settings.json apply as they do in the editor.
  const settings = new WorkspaceRuleSettings(io.cwd, (message) => io.stderr(`kube-tutor lint: ${message}\n`));
  for (const p of paths) {
    let files: string[];
    try {
      files = collectFiles(p, io.cwd, true);
    } catch (error) {
      io.stderr(`kube-tutor lint: ${(error as Error).message}\n`);
      ioError = true;
      continue;
    }
    const isDirectory = fs.statSync(path.resolve(io.cwd, p)).isDirectory();
    const yamlTexts: Array<{ path: string; text: string; index: number }> = [];
    for (const file of files) {
      let text: string;
      try {
        text = fs.readFileSync(path.resolve(io.cwd, file), 'utf8');
      } catch (error) {
        io.stderr(`kube-tutor lint: ${file}: ${(error as NodeJS.ErrnoException).code ?? 'cannot read file'}\n`);
        ioError = true;
        continue;
      }
      const kind = fileKind(file) ?? 'yaml';
      const folder = path.dirname(path.resolve(io.cwd, file));
      const fileExists = (rel: string) => fs.existsSync(path.resolve(folder, rel));
      const rules = settings.forFolder(folder).rules[kind];
      const options: LintOptions = {
        ...(kind === 'dockerfile' ? dockerfileOptions(path.resolve(io.cwd, file), io) : { fileName: file, fileExists }),
        ...(rules ? { rules } : {}),
      };
      reports.push({ file, diagnostics: lintText(kind, text, options) });
      if (kind === 'yaml') yamlTexts.push({ path: file, text, index: reports.length - 1 });
    }
    // A directory is what `kubectl apply -f DIR` sends: cross-resource checks per folder.
    if (isDirectory) addFolderFindings(reports, yamlTexts, settings, io.cwd);
  }
  const format = parsed.format as OutputFormat;
  if (format === 'json') io.stdout(formatJson(reports));
  else if (format === 'sarif')
    io.stdout(
      formatSarif(reports, allRules(), {
        name: 'kube-tutor',
        version: VERSION,
        informationUri: 'https://github.com/kube-tutor/kube-tutor',
      }),
    );
  else io.stdout(formatText(reports));
  if (ioError) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function rulesCommand(args: string[], io: CliIo): number {
  const parsed = parseArgs(args, ['text', 'json']);
  if (parsed.paths.length) throw new UsageError(`unexpected argument: ${parsed.paths[0]}`);
  io.stdout(parsed.format === 'json' ? formatRulesJson(allRules()) : formatRulesText(allRules()));
  return 0;
}

export function main(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return lintCommand(rest, io);
      case 'rules':
        return rulesCommand(rest, io);
      case 'sim':
        // The simulator (and teacher mode, which replays on it) needs mainAsync.
        throw new UsageError('"sim" runs asynchronously: call mainAsync');
      case '--version':
      case 'version':
        io.stdout(`kube-tutor ${VERSION}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}" for "kube-tutor"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`Error: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`kube-tutor: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

/** Like `main`, plus the asynchronous `sim` command. */
export async function mainAsync(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] !== 'sim') return main(argv, io);
  if (isTeacherMode(argv.slice(1))) return teacherCommand(argv.slice(1), { ...io, env: process.env });
  try {
    // docker and curl, plus kubectl and minikube over a cluster that shares the engine's clock,
    // network and registry.
    return await simCommand(argv.slice(1), io, (engine) => {
      const host = clusterFor(engine);
      return clusterProviders(() => host);
    });
  } catch (error) {
    if (error instanceof SimUsageError) {
      io.stderr(`Error: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`kube-tutor sim: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

/** Korean messages when the environment asks for them (LANG=ko_KR.UTF-8, KUBE_TUTOR_LANG=ko). */
function configureLocale(): void {
  const lang = process.env.KUBE_TUTOR_LANG || process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  if (!/^ko\b|^ko[_-]/i.test(lang)) return;
  const bundle = path.join(__dirname, '..', 'l10n', 'bundle.l10n.ko.json');
  if (fs.existsSync(bundle)) l10n.config({ fsPath: bundle });
}

if (require.main === module) {
  configureLocale();
  // `kube-tutor sim … | head`: the reader went away; stop quietly, as a shell tool does.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  void mainAsync(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  }).then((code) => {
    process.exitCode = code;
  });
}
