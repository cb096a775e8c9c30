import type { DockerEngine } from '../../engine/engine';
import type { CommandContext } from '../../shell/types';
import type { Parsed } from './flags';

export interface DockerIo {
  readonly engine: DockerEngine;
  readonly ctx: CommandContext;
  out(text: string): void;
  err(text: string): void;
}

export type Handler = (parsed: Parsed, io: DockerIo) => number;

export const str = (p: Parsed, name: string): string | undefined => (typeof p.flags[name] === 'string' ? (p.flags[name] as string) : undefined);
export const bool = (p: Parsed, name: string): boolean => p.flags[name] === true;
export const list = (p: Parsed, name: string): string[] => (Array.isArray(p.flags[name]) ? (p.flags[name] as string[]) : []);
export const int = (p: Parsed, name: string): number | undefined => (typeof p.flags[name] === 'number' ? (p.flags[name] as number) : undefined);
