import type { Finding, Rule, RuleMeta } from '../../rule';
import type { ManifestFile, ManifestObject } from '../context';

/** What a per-object rule sees: the object and its file (for ranges and fixes). */
export interface ObjectContext {
  readonly file: ManifestFile;
  readonly object: ManifestObject;
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
