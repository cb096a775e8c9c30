import type { DockerfileRule } from './types';
import { untaggedImage } from './DF001-untagged-image';
import { latestTag } from './DF002-latest-tag';

/** Every Dockerfile rule, in code order. Adding a rule: one file here, one line below. */
export const dockerfileRules: readonly DockerfileRule[] = [untaggedImage, latestTag];
