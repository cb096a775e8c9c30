/**
 * Wires a Shell with the Docker side of the simulator (docker + curl providers) over
 * one engine and its network. The cluster adds its own providers to the same shell.
 */
import { DockerProvider } from '../cli/docker';
import type { DockerEngine } from '../engine/engine';
import { CurlProvider } from './curl';
import { Shell, type ShellOptions } from './shell';
import type { CommandProvider } from './types';

/** `extra`: more providers for the same terminal (e.g. `kubectl` over the cluster sharing this engine's network and registry). */
export function createDockerShell(engine: DockerEngine, options: Omit<ShellOptions, 'clock'>, extra: readonly CommandProvider[] = []): Shell {
  const shell = new Shell({ ...options, clock: engine.clock });
  shell.register(new DockerProvider(engine));
  shell.register(new CurlProvider(engine.network));
  for (const provider of extra) shell.register(provider);
  return shell;
}
