import type { Diagnostic } from './diagnostic';
import { lintDockerfile, dockerfileRules, type DockerfileLintOptions } from './dockerfile';
import type { FileKind } from './files';
import { lintManifestFolder, lintYaml, manifestRules, type FolderFile, type KnownImages, type ManifestLintCache } from './manifest';
import { describeRule, type RuleMeta } from './rule';
import type { RuleSettings } from './settings';

/** `rules` applies to every linter; the other fields only to Dockerfiles. */
export interface LintOptions extends DockerfileLintOptions {
  readonly rules?: RuleSettings;
  /** The file's path (Compose files are recognised by name; cross-file messages cite it). */
  readonly fileName?: string;
  /** Does a path relative to the file's folder exist? (Compose build contexts.) */
  readonly fileExists?: (relativePath: string) => boolean;
  /** The simulator's images, for "not built or pushed" (K8S022; editor only). */
  readonly images?: KnownImages;
  /** YAML: the previous runs' per-document results for this file (the editor keeps one per document). */
  readonly cache?: ManifestLintCache;
}

export function lintText(kind: FileKind, text: string, options: LintOptions = {}): Diagnostic[] {
  switch (kind) {
    case 'dockerfile':
      return lintDockerfile(text, options);
    case 'yaml':
      return lintYaml(text, options);
  }
}

/**
 * Cross-resource findings for the YAML files of one folder (the scope of `kubectl apply -f
 * DIR`): dangling Services, targetPorts, duplicate objects, NodePort collisions.
 */
export function lintFolder(files: readonly FolderFile[], options: LintOptions = {}): Map<string, Diagnostic[]> {
  return lintManifestFolder(files, options);
}

/** Every rule of every linter, for `kube-tutor rules` and the docs. */
export function allRules(): RuleMeta[] {
  return [...dockerfileRules, ...manifestRules].map(describeRule);
}
