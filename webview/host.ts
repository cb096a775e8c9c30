/** The host connection, behind a small interface so tests can swap it (gitlens setHostIpcFactory). */
export interface HostApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): HostApi;

let factory: () => HostApi = () => acquireVsCodeApi();
export function setHostFactory(f: () => HostApi): void {
  factory = f;
}
export function connectHost(): HostApi {
  return factory();
}
