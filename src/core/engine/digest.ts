import { createHash } from 'node:crypto';

/** `sha256:<hex>` of a canonical JSON rendering: content addressing for layers and images. */
export function digestOf(value: unknown): string {
  return `sha256:${hexDigest(JSON.stringify(value))}`;
}

export function hexDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
