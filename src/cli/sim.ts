/**
 * `kube-tutor sim [-C DIR] [-c "CMD"]... [--script FILE] [--state FILE]`: runs terminal
 * commands against the simulator and prints the transcript (`$ cmd` then its output).
 * Each command returns at once, as the real CLIs do; `sleep N` advances virtual time.
 * With `--state`, the simulator is loaded from FILE (if it exists) and saved back.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DockerEngine } from '../core/engine/engine';
import { restoreEngine, saveEngine } from '../core/engine/state';
import { createDockerShell } from '../core/shell/dockerShell';
import { localeOf } from '../core/tutor/text';
import type { CommandProvider } from '../core/shell/types';
import { NodeFs } from './nodeFs';

export interface SimIo {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export class SimUsageError extends Error {}

/** Hook for more terminal commands over the same engine (the cluster's `kubectl`). */
export type ProviderFactory = (engine: DockerEngine) => CommandProvider[];

export async function simCommand(args: readonly string[], io: SimIo, providers: ProviderFactory = () => []): Promise<number> {
  let dir = io.cwd;
  const lines: string[] = [];
  let stateFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new SimUsageError(`flag needs an argument: ${a}`);
      return v;
    };
    if (a === '-C') dir = path.resolve(io.cwd, value());
    else if (a === '-c') lines.push(value());
    else if (a === '--script') {
      const file = path.resolve(io.cwd, value());
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        throw new Error(`${file}: no such file or directory`);
      }
      lines.push(...text.split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith('#')));
    } else if (a === '--state') stateFile = path.resolve(io.cwd, value());
    else throw new SimUsageError(`unknown flag: ${a}`);
  }
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`${dir}: no such directory`);
  let engine: DockerEngine;
  if (stateFile && fs.existsSync(stateFile)) {
    engine = restoreEngine(JSON.parse(fs.readFileSync(stateFile, 'utf8')));
  } else {
    engine = new DockerEngine();
  }
  const env = process.env;
  const locale = localeOf(env.KUBE_TUTOR_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG);
  const shell = createDockerShell(engine, { fs: new NodeFs(dir), cwd: dir, locale }, providers(engine));
  let code = 0;
  for (const line of lines) {
    io.stdout(`${shell.prompt()}${shell.session?.secret ? '' : line}\n`);
    code = await shell.execute(line, { out: (t) => io.stdout(t), err: (t) => io.stderr(t) });
  }
  if (stateFile) fs.writeFileSync(stateFile, `${JSON.stringify(saveEngine(engine))}\n`);
  return code;
}
