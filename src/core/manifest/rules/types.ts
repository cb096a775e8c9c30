import type { Rule } from '../../rule';
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

export type FolderRule = Rule<FolderContext> & {
  /** Cross-resource findings name the file they belong to. */
  readonly crossResource: true;
};
