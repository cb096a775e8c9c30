/**
 * The Kubernetes documents of a YAML file, with where each starts: what a CodeLens "Apply"
 * sits above and what it sends (`kubectl apply -f -` of that document's text). A document is
 * a manifest when it has a top-level `kind` or `apiVersion` (DESIGN: "Which YAML is a manifest").
 */
import { readManifestFile } from './index';

export interface ManifestDocument {
  /** Zero-based index among the file's documents (manifests or not). */
  readonly index: number;
  /** Offset of the document's first key (where the lens goes). */
  readonly anchor: number;
  readonly kind?: string;
  readonly name?: string;
  /** The document's text without its `---` line, ending with a newline. */
  readonly text: string;
}

export function manifestDocuments(text: string): ManifestDocument[] {
  const file = readManifestFile('', text);
  return file.objects.map((o) => {
    const body = text.slice(o.root.start, o.doc.end).replace(/\s+$/, '');
    return {
      index: o.doc.index,
      anchor: o.root.start,
      ...(o.kind ? { kind: o.kind } : {}),
      ...(o.name ? { name: o.name } : {}),
      text: `${body}\n`,
    };
  });
}
