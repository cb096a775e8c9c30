/**
 * Contract of the Kube Tutor terminal: `docker …`, `kubectl …`, `minikube …`, `curl …`
 * are command providers registered in one shell. Providers are pure core code; the
 * extension's Pseudoterminal and the `kube-tutor sim` CLI are two front ends.
 */

/** Read-only view of the learner's workspace (build contexts, manifests). Paths relative to cwd or absolute. */
export interface WorkspaceFs {
  readFile(path: string): string | undefined;
  /** Raw bytes length without reading as text (build context size). */
  size(path: string): number | undefined;
  readdir(path: string): string[] | undefined;
  stat(path: string): 'file' | 'dir' | undefined;
}

export interface CommandContext {
  /** Writes to the terminal; use `\n`, the front end converts line endings. */
  out(text: string): void;
  err(text: string): void;
  readonly cwd: string;
  /** Exported variables plus the command's own `NAME=value` prefixes (`DOCKER_BUILDKIT=0 docker build .`). */
  readonly env: Readonly<Record<string, string>>;
  readonly fs: WorkspaceFs;
  /** Whether output goes to a terminal (docker's `--progress=auto` picks `tty` then, `plain` otherwise). */
  readonly tty?: boolean;
  /** The front end's preferred `docker build` output when DOCKER_BUILDKIT is unset (setting `kubeTutor.docker.buildOutput`). */
  readonly buildOutput?: 'classic' | 'buildkit';
  /**
   * Text piped into the command (`kubectl apply -f -`), when the front end passes some along
   * with the line (the palette's Apply Manifest, a manifest CodeLens). Typed lines have none.
   */
  readonly stdin?: string;
  /**
   * Optional (added by the engine): hands the next lines of input to an interactive
   * session (`docker exec -it c bash`, a password prompt) until it ends. Front ends
   * without interactive input leave it undefined.
   */
  enterSession?(session: InteractiveSession): void;
  /**
   * Optional (added by front ends with an editor): opens text in an editor tab; each save
   * calls `request.save` (`kubectl edit`). The scripted CLI leaves it undefined.
   */
  edit?(request: EditRequest): void;
}

/** Text to edit in the front end's editor, and what saving it does. */
export interface EditRequest {
  /** File name for the tab, e.g. `deployment-kubia.yaml`. */
  readonly name: string;
  /** What is edited, e.g. `deployment.apps/kubia`. */
  readonly title: string;
  readonly text: string;
  save(text: string): EditOutcome;
}

export interface EditOutcome {
  readonly status: 'applied' | 'unchanged' | 'cancelled' | 'error';
  /** Lines for the terminal, in kubectl's words. */
  readonly message: string;
  /** Text to show in the editor instead (the failures as comments on top). */
  readonly text?: string;
  /** Objects that were saved before a later one failed. */
  readonly applied?: readonly string[];
}

/** A nested read-eval loop inside the terminal: a container shell, a password prompt. */
export interface InteractiveSession {
  prompt(): string;
  /** Handles one typed line; returns true when the session is over. */
  line(text: string, context: CommandContext): boolean | Promise<boolean>;
  /** Do not echo the input (passwords). */
  readonly secret?: boolean;
  /** Ctrl+C / Ctrl+D in the session. */
  interrupt?(context: CommandContext): boolean;
}

export interface CommandProvider {
  /** First words this provider answers to, e.g. `['docker']`, `['kubectl', 'k']`. */
  readonly names: readonly string[];
  /** `argv[0]` is the command name. Returns the exit code. */
  run(argv: readonly string[], context: CommandContext): number | Promise<number>;
  /** One-line help for `help`. */
  readonly summary: string;
}
