/** What every kubectl command handler receives. */
import type { Cluster } from '../../cluster/cluster';
import type { ClusterHost } from '../../cluster/host';
import { ApiError } from '../../cluster/errors';
import type { CommandContext } from '../../shell/types';
import { Flags, type FlagSpec } from './flags';

export interface Invocation {
  readonly cluster: Cluster;
  readonly host: ClusterHost;
  readonly flags: Flags;
  readonly ctx: CommandContext;
  /** `-n`, default `default`. */
  readonly namespace: string;
  readonly command: string;
}

export interface KubectlCommand {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly flags: readonly FlagSpec[];
  /** Runs without a cluster (version --client, explain, create --dry-run=client). */
  readonly offline?: boolean;
  run(inv: Invocation): number;
}

/** Errors a handler throws to end with kubectl's `error: …` line and exit code 1. */
export class KubectlError extends Error {
  constructor(
    message: string,
    readonly raw = false,
  ) {
    super(message);
  }
}

export function fail(message: string): never {
  throw new KubectlError(message);
}

/** Prints an error the way cmdutil.CheckErr does. */
export function printError(ctx: CommandContext, e: unknown): number {
  if (e instanceof ApiError) ctx.err(e.toKubectl() + '\n');
  else if (e instanceof KubectlError) ctx.err((e.raw ? e.message : `error: ${e.message}`) + '\n');
  else throw e;
  return 1;
}

/**
 * kubectl's AddSourceToErr: a server refusal about an object read from a file names the file
 * (`Error from server (AlreadyExists): error when creating "pod.yaml": pods "x" already exists`).
 * Invalid errors keep their own line (`The Pod "x" is invalid: …`), built from the details.
 */
export function withSource(e: unknown, verb: 'creating' | 'deleting', source: string): unknown {
  if (!source || !(e instanceof ApiError) || e.reason === 'Invalid') return e;
  return new ApiError(e.reason, `error when ${verb} "${source}": ${e.message}`, e.code, e.causes);
}

export const OUTPUT_FLAG: FlagSpec = { name: 'output', short: 'o', type: 'string' };
export const DRY_RUN_FLAG: FlagSpec = { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' };

/** `--dry-run` values (kubectl's GetDryRunStrategy). */
export function dryRun(flags: Flags): 'none' | 'client' | 'server' {
  if (!flags.has('dry-run')) return 'none';
  const v = flags.string('dry-run');
  if (v === 'client' || v === 'server' || v === 'none') return v;
  if (v === 'unchanged' || v === 'true')
    fail(`--dry-run flag without a value was specified. A value must be set, one of: "none", "server", or "client".`);
  fail(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`);
}
