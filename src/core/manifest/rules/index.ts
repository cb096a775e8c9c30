import type { FolderRule, ObjectRule } from './types';
import { imageTagRule } from './K8S011-image-tag';
import { resourcesRule } from './K8S012-resources';
import { probesRule } from './K8S013-probes';
import { privilegedRule } from './K8S014-privileged';
import { runAsNonRootRule } from './K8S015-run-as-non-root';
import { readOnlyRootFsRule } from './K8S016-read-only-root-fs';
import { hostNetworkRule } from './K8S017-host-network';
import { selectorLabelsRule } from './K8S018-selector-labels';
import { duplicateContainersRule } from './K8S019-duplicate-containers';
import { duplicatePortsRule } from './K8S020-duplicate-ports';
import { duplicateEnvRule } from './K8S021-duplicate-env';
import { simulatorImageRule } from './K8S022-simulator-image';
import { danglingServiceRule } from './K8S030-dangling-service';
import { targetPortRule } from './K8S031-target-port';
import { duplicateObjectsRule } from './K8S032-duplicate-objects';
import { nodePortCollisionRule } from './K8S033-nodeport-collision';

/** Every per-object rule, in code order. Adding a rule: one file here, one line below. */
export const objectRules: readonly ObjectRule[] = [
  imageTagRule,
  resourcesRule,
  probesRule,
  privilegedRule,
  runAsNonRootRule,
  readOnlyRootFsRule,
  hostNetworkRule,
  selectorLabelsRule,
  duplicateContainersRule,
  duplicatePortsRule,
  duplicateEnvRule,
  simulatorImageRule,
];

/** Every cross-resource rule (folder scope). */
export const folderRules: readonly FolderRule[] = [danglingServiceRule, targetPortRule, duplicateObjectsRule, nodePortCollisionRule];
