import { randomBytes } from 'node:crypto';
import template from './topology.html';

export interface HtmlParams {
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** dist/layoutWorker.js: the webview runs the graph layout off the UI thread. */
  readonly workerUri: string;
  /** `panel` or `sidebar`. */
  readonly variant: string;
  readonly title: string;
  readonly lang: string;
}

/** A fresh crypto-random nonce for every render (never Math.random). */
export function createNonce(): string {
  return randomBytes(18).toString('base64');
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Fills the HTML template; every value is escaped. */
export function renderHtml(params: HtmlParams, nonce = createNonce()): string {
  const values: Record<string, string> = { ...params, nonce };
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => escapeHtml(values[key] ?? ''));
}
