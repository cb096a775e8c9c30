/**
 * Wires a Shell with the Docker side of the simulator (docker + curl providers) over
 * one engine and its network. The cluster adds its own providers to the same shell.
 */
import { DockerProvider } from '../cli/docker';
import type { DockerEngine } from '../engine/engine';
import { CurlProvider } from './curl';
import { Shell, type ShellOptions } from './shell';

export function createDockerShell(engine: DockerEngine, options: Omit<ShellOptions, 'clock'>): Shell {
  const shell = new Shell({ ...options, clock: engine.clock });
  shell.register(new DockerProvider(engine));
  shell.register(new CurlProvider(engine.network));
  return shell;
}
