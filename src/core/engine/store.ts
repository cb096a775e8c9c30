/**
 * The daemon's local image store: images by id, layers by id (shared), and the tag table
 * (`kubia:latest` → image id), as in moby's `image/store.go` + `reference/store.go`.
 */
import { MergedFs } from './fs';
import type { Image, Layer } from './model';
import { familiarTagged, parseReference } from './reference';

export class ImageStore {
  readonly images = new Map<string, Image>();
  readonly layers = new Map<string, Layer>();
  /** `kubia:latest` → `sha256:…`, insertion ordered. */
  readonly tags = new Map<string, string>();

  add(image: Image, layers: readonly Layer[]): void {
    for (const layer of layers) if (!this.layers.has(layer.id)) this.layers.set(layer.id, layer);
    if (!this.images.has(image.id)) this.images.set(image.id, image);
  }

  tag(id: string, reference: string): void {
    this.tags.set(familiarTagged(parseReference(reference)), id);
  }

  tagsOf(id: string): string[] {
    return [...this.tags].filter(([, v]) => v === id).map(([k]) => k);
  }

  /** By reference (`kubia`, `node:7`) or by id / unique id prefix, as `docker` resolves image arguments. */
  find(nameOrId: string): Image | undefined {
    try {
      const key = familiarTagged(parseReference(nameOrId));
      const id = this.tags.get(key);
      if (id) return this.images.get(id);
    } catch {
      // not a reference; try ids
    }
    const hex = nameOrId.replace(/^sha256:/, '');
    if (/^[0-9a-f]{1,64}$/.test(hex)) {
      const matches = [...this.images.values()].filter((i) => i.id.slice(7).startsWith(hex));
      if (matches.length === 1) return matches[0];
    }
    return undefined;
  }

  layersOf(image: Image): Layer[] {
    return image.layers.map((id) => this.layers.get(id)).filter((l): l is Layer => !!l);
  }

  size(image: Image): number {
    return this.layersOf(image).reduce((n, l) => n + l.size, 0);
  }

  fs(image: Image): MergedFs {
    return new MergedFs(this.layersOf(image).map((l) => l.changes));
  }

  children(id: string): Image[] {
    return [...this.images.values()].filter((i) => i.parent === id);
  }

  /** Deletes an image and the layers no other image uses. */
  delete(id: string): void {
    this.images.delete(id);
    const used = new Set<string>();
    for (const image of this.images.values()) for (const l of image.layers) used.add(l);
    for (const l of [...this.layers.keys()]) if (!used.has(l)) this.layers.delete(l);
  }
}
