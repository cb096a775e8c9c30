/** The shape of a lesson: data only (text in both languages, commands, files, one check per step). */
import type { Check } from './checks';
import type { Text } from './text';

/**
 * What "show me" performs, in order.
 * - `run`: a command line for the tutor terminal. `{externalIP:NAME}` is replaced by the
 *   service's external IP when the action is resolved against the current facts.
 * - `write`: create or replace a workspace file (relative to the lesson folder).
 * - `replace`: replace the first occurrence of `find` in a workspace file.
 * - `vscode`: run a Kube Tutor command (e.g. open the topology view).
 */
export type Action =
  | { readonly kind: 'run'; readonly line: string }
  | { readonly kind: 'write'; readonly path: string; readonly text: string }
  | { readonly kind: 'replace'; readonly path: string; readonly find: string; readonly replace: string }
  | { readonly kind: 'vscode'; readonly command: string };

export interface ScaffoldFile {
  /** Relative to the lesson folder, `/` separators. */
  readonly path: string;
  readonly text: string;
}

export interface Step {
  /** Stable within the lesson (progress and context keys use it): lower-case, dashes. */
  readonly id: string;
  readonly title: Text;
  /** Why, in the tutor's voice, following the seeds. */
  readonly explanation: Text;
  /** The real command a learner types (absent for pure file edits). */
  readonly command?: string;
  readonly hint: Text;
  readonly showMe: readonly Action[];
  readonly check: Check;
}

export interface Lesson {
  readonly number: number;
  /** `lesson01` … `lesson12`. */
  readonly id: string;
  readonly title: Text;
  readonly summary: Text;
  /** Seed notes the lesson follows (file names under shared/seeds). */
  readonly seeds: readonly string[];
  readonly files: readonly ScaffoldFile[];
  readonly steps: readonly Step[];
}

export const run = (line: string): Action => ({ kind: 'run', line });
export const write = (path: string, text: string): Action => ({ kind: 'write', path, text });
export const replace = (path: string, find: string, replaceWith: string): Action => ({ kind: 'replace', path, find, replace: replaceWith });
export const vscodeCommand = (command: string): Action => ({ kind: 'vscode', command });
