import type { FolderRule, ObjectRule } from './types';

/** Every per-object rule, in code order. Adding a rule: one file here, one line below. */
export const objectRules: readonly ObjectRule[] = [];

/** Every cross-resource rule (folder scope). */
export const folderRules: readonly FolderRule[] = [];
