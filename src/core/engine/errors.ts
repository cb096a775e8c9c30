/** An error the daemon returns; the CLI prints it as `Error response from daemon: <message>`. */
export class DaemonError extends Error {
  constructor(
    message: string,
    /** Exit status the docker CLI uses for it (1 for most commands, 125 for `run`). */
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** An error the docker CLI reports itself, printed verbatim (no "Error response from daemon"). */
export class ClientError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
}
