import type { Rule } from '../../rule';
import type { DockerfileContext } from '../context';

export type DockerfileRule = Rule<DockerfileContext>;
