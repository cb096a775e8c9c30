import type { Finding, Rule, RuleMeta } from '../../rule';
import type { ManifestFile, ManifestObject } from '../context';

/** What a per-object rule sees: the object and its file (for ranges and fixes). */
export interface ObjectContext {
  readonly file: ManifestFile;
  readonly object: ManifestObject;
  /** Images of the simulator (the editor passes them; the CLI does not, and K8S022 stays silent). */
  readonly images?: KnownImages;
}

/**
 * What the simulated Docker side has, as image references (`kubia:latest`, `luksa/kubia:1.0`,
 * any spelling `docker` accepts): `local` is in the engine (built, pulled or tagged), `pullable`
 * is what the cluster's nodes can pull (pushed to the simulated registry, or in its catalogue).
 */
export interface KnownImages {
  readonly local: readonly string[];
  readonly pullable: readonly string[];
}

export type ObjectRule = Rule<ObjectContext>;

/** Cross-resource rules see every object of a folder (what `kubectl apply -f DIR` sends). */
export interface FolderContext {
  readonly files: readonly ManifestFile[];
}

/** A cross-resource finding belongs to one object of one file. */
export type FolderReport = (file: ManifestFile, object: ManifestObject, finding: Finding) => void;

export interface FolderRule extends RuleMeta {
  check(context: FolderContext, report: FolderReport): void;
}
