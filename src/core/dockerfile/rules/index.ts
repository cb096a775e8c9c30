import type { DockerfileRule } from './types';
import { untaggedImage } from './DF001-untagged-image';
import { latestTag } from './DF002-latest-tag';
import { unknownInstruction } from './DF003-unknown-instruction';
import { instructionBeforeFrom } from './DF004-before-from';
import { missingFrom } from './DF005-missing-from';
import { argumentShape } from './DF006-argument-shape';
import { flags } from './DF007-flags';
import { exposePort } from './DF008-expose-port';
import { exposeFormat } from './DF009-expose-format';
import { exposeProtoCasing } from './DF010-expose-proto-casing';
import { invalidJson } from './DF011-invalid-json';
import { copyFromUnknown } from './DF012-copy-from-unknown';
import { copyFromSelf } from './DF013-copy-from-self';
import { duplicateStage } from './DF014-duplicate-stage';
import { reservedStage } from './DF015-reserved-stage';
import { copyDestDir } from './DF016-copy-dest-dir';
import { multipleInstructions } from './DF017-multiple-instructions';
import { emptyContinuation } from './DF018-empty-continuation';

/** Every Dockerfile rule, in code order. Adding a rule: one file here, one line below. */
export const dockerfileRules: readonly DockerfileRule[] = [
  untaggedImage,
  latestTag,
  unknownInstruction,
  instructionBeforeFrom,
  missingFrom,
  argumentShape,
  flags,
  exposePort,
  exposeFormat,
  exposeProtoCasing,
  invalidJson,
  copyFromUnknown,
  copyFromSelf,
  duplicateStage,
  reservedStage,
  copyDestDir,
  multipleInstructions,
  emptyContinuation,
];
