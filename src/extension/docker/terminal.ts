import * as vscode from 'vscode';
import { localeOf } from '../../core/tutor/text';
import * as l10n from '@vscode/l10n';
import { LineEditor, toCrlf } from '../../core/shell/lineEditor';
import { createDockerShell } from '../../core/shell/dockerShell';
import { hintLine } from '../../core/shell/explain';
import type { Shell } from '../../core/shell/shell';
import type { EditRequest } from '../../core/shell/types';
import type { DockerEngine } from '../../core/engine/engine';
import { buildOutput, type DockerSimulator } from './simulator';
import { workspaceFolder, workspaceFs } from './workspaceFs';

const RED = '\x1b[31m';
const RESET = '\x1b[0m';
// eslint-disable-next-line no-control-regex -- the colour codes this terminal writes
const ANSI_COLOUR = /\x1b\[[0-9;]*m/g;

/**
 * One Kube Tutor terminal: a Pseudoterminal with its own emitter, line editor and shell
 * (cwd, sessions) over the shared simulator. Commands run one at a time; input typed
 * while one runs is ignored, as the simulator answers at once.
 */
export class KubeTutorTerminal implements vscode.Pseudoterminal {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  private readonly closeEmitter = new vscode.EventEmitter<number | void>();
  readonly onDidWrite = this.writeEmitter.event;
  readonly onDidClose = this.closeEmitter.event;
  private readonly editor = new LineEditor();
  private shell: Shell | undefined;
  private shellEngine: DockerEngine | undefined;
  private opened = false;
  private busy = false;
  private readonly pending: Submission[] = [];
  /** Collects what the running palette line writes (for its caller). */
  private capture: string[] | undefined;

  constructor(private readonly simulator: DockerSimulator) {}

  open(): void {
    this.opened = true;
    this.write(`${l10n.t("Kube Tutor terminal: a simulated Docker engine and registry. Type 'help' to start.")}\n`);
    void this.drain();
  }

  close(): void {
    this.opened = false;
    this.writeEmitter.dispose();
    this.closeEmitter.dispose();
  }

  private write(text: string): void {
    this.capture?.push(text);
    if (this.opened) this.writeEmitter.fire(toCrlf(text));
  }

  private async currentShell(): Promise<Shell> {
    if (!this.shell || this.shellEngine !== this.simulator.engine) {
      const folder = workspaceFolder();
      this.shellEngine = this.simulator.engine;
      const editor = this.simulator.edit;
      const edit = editor && ((request: EditRequest) => editor(request, (text) => this.write(text)));
      this.shell = createDockerShell(
        this.simulator.engine,
        { fs: await workspaceFs(folder?.uri), cwd: folder?.uri.fsPath ?? '/', tty: true, buildOutput, locale: localeOf(vscode.env.language), hint: hintLine, ...(edit ? { edit } : {}) },
        this.simulator.providers,
      );
    }
    return this.shell;
  }

  private async prompt(): Promise<void> {
    const shell = await this.currentShell();
    this.editor.secret = shell.session?.secret ?? false;
    this.write(shell.prompt());
  }

  handleInput(data: string): void {
    if (this.busy) return;
    const { output, events } = this.editor.feed(data);
    if (output) this.writeEmitter.fire(output);
    for (const event of events) {
      if (event.kind === 'line') void this.execute(event.text, undefined);
      else if (event.kind === 'interrupt') void this.interrupt();
      else if (event.kind === 'clear') {
        this.writeEmitter.fire('\x1b[2J\x1b[3J\x1b[H');
        void this.prompt();
      }
    }
  }

  private async interrupt(): Promise<void> {
    const shell = await this.currentShell();
    if (shell.session) shell.interrupt({ out: () => undefined, err: () => undefined });
    await this.prompt();
  }

  /**
   * Runs a line as if typed (palette commands): shows it after the prompt first (or `shown`,
   * e.g. the here-document of piped text), and resolves once it ran, with its exit code and output.
   */
  submit(line: string, options: SubmitOptions = {}): Promise<RunResult> {
    return new Promise((resolve) => {
      this.pending.push({ line, options, resolve });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (!this.opened || this.busy) return;
    const next = this.pending.shift();
    if (next === undefined) return;
    // A password prompt does not echo what is typed into it, even from "show me".
    this.write(this.editor.secret ? '\n' : `${next.options.shown ?? next.line}\n`);
    await this.execute(next.line, next);
  }

  private async execute(line: string, submission: Submission | undefined): Promise<void> {
    this.busy = true;
    let exitCode = 1;
    const captured: string[] = [];
    if (submission) this.capture = captured;
    try {
      this.simulator.tick();
      const shell = await this.currentShell();
      // Lines typed into a container shell or a password prompt are not terminal commands.
      const command = !shell.session;
      exitCode = await shell.execute(
        line,
        {
          out: (t) => this.write(t),
          err: (t) => this.write(`${RED}${t}${RESET}`),
          clear: () => this.writeEmitter.fire('\x1b[2J\x1b[3J\x1b[H'),
        },
        submission?.options.stdin,
      );
      this.simulator.settle();
      if (command && line.trim()) this.simulator.commandRan(line, exitCode);
    } finally {
      this.capture = undefined;
      this.busy = false;
      submission?.resolve({ line, exitCode, output: captured.join('').replace(ANSI_COLOUR, '') });
    }
    await this.prompt();
    if (submission || this.pending.length) await this.drain();
  }
}

export interface SubmitOptions {
  /** Text piped into the line (`kubectl apply -f -`). */
  readonly stdin?: string;
  /** What the terminal shows instead of the line (the here-document with the piped text). */
  readonly shown?: string;
}

/** What a palette line did: its exit code and what it printed (colours removed). */
export interface RunResult {
  readonly line: string;
  readonly exitCode: number;
  readonly output: string;
}

interface Submission {
  readonly line: string;
  readonly options: SubmitOptions;
  readonly resolve: (result: RunResult) => void;
}

/** Creates Kube Tutor terminals and routes palette commands to the active one. */
export class TerminalManager implements vscode.Disposable {
  private readonly terminals = new Map<vscode.Terminal, KubeTutorTerminal>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly simulator: DockerSimulator) {
    this.disposables.push(
      vscode.window.onDidCloseTerminal((t) => this.terminals.delete(t)),
      vscode.window.registerTerminalProfileProvider('kubeTutor.terminal', {
        provideTerminalProfile: () => new vscode.TerminalProfile(this.options(new KubeTutorTerminal(this.simulator))),
      }),
      vscode.window.onDidOpenTerminal((t) => {
        const pty = (t.creationOptions as vscode.ExtensionTerminalOptions).pty;
        if (pty instanceof KubeTutorTerminal) this.terminals.set(t, pty);
      }),
    );
  }

  private options(pty: KubeTutorTerminal): vscode.ExtensionTerminalOptions {
    return { name: 'Kube Tutor', pty, iconPath: new vscode.ThemeIcon('server-environment') };
  }

  open(): vscode.Terminal {
    const pty = new KubeTutorTerminal(this.simulator);
    const terminal = vscode.window.createTerminal(this.options(pty));
    this.terminals.set(terminal, pty);
    terminal.show();
    return terminal;
  }

  /**
   * Runs `line` in the active Kube Tutor terminal (opening one if needed); resolves once it ran.
   * Callers that only show the command may ignore the promise.
   */
  run(line: string, options: SubmitOptions = {}): Promise<RunResult> {
    const active = vscode.window.activeTerminal;
    let terminal = active && this.terminals.has(active) ? active : [...this.terminals.keys()][0];
    if (!terminal) terminal = this.open();
    terminal.show(true);
    return this.terminals.get(terminal)!.submit(line, options);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
