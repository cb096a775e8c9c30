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
import { instructionCasing } from './DF019-instruction-casing';
import { fromAsCasing } from './DF020-from-as-casing';
import { stageNameCasing } from './DF021-stage-name-casing';
import { jsonArgs } from './DF022-json-args';
import { maintainer } from './DF023-maintainer';
import { legacyKeyValue } from './DF024-legacy-key-value';
import { workdirRelative } from './DF025-workdir-relative';
import { undefinedArgInFrom } from './DF026-undefined-arg-in-from';
import { undefinedVar } from './DF027-undefined-var';
import { invalidDefaultArgInFrom } from './DF028-invalid-default-arg-in-from';
import { secretsInArgEnv } from './DF029-secrets-in-arg-env';
import { redundantTargetPlatform } from './DF030-redundant-target-platform';
import { platformConst } from './DF031-platform-const';
import { lastUserRoot } from './DF032-last-user-root';
import { cdInRun } from './DF033-cd';
import { sudo } from './DF034-sudo';
import { aptPin } from './DF035-apt-pin';
import { aptLists } from './DF036-apt-lists';
import { pipPin } from './DF037-pip-pin';
import { aptYes } from './DF038-apt-yes';
import { noInstallRecommends } from './DF039-no-install-recommends';
import { npmPin } from './DF040-npm-pin';
import { apkPin } from './DF041-apk-pin';
import { apkNoCache } from './DF042-apk-no-cache';
import { addForCopy } from './DF043-add-for-copy';
import { apt } from './DF044-apt';
import { pipNoCacheDir } from './DF045-pip-no-cache-dir';
import { copyRelativeDest } from './DF046-copy-relative-dest';
import { consecutiveRun } from './DF047-consecutive-run';
import { pipefail } from './DF048-pipefail';
import { irrelevantCommands } from './DF049-irrelevant-commands';
import { distUpgrade } from './DF050-dist-upgrade';
import { addArchive } from './DF051-add-archive';
import { gemPin } from './DF052-gem-pin';
import { yumYes } from './DF053-yum-yes';
import { yumClean } from './DF054-yum-clean';
import { yumPin } from './DF055-yum-pin';
import { zypperYes } from './DF056-zypper-yes';
import { zypperDistUpgrade } from './DF057-zypper-dist-upgrade';
import { zypperClean } from './DF058-zypper-clean';
import { zypperPin } from './DF059-zypper-pin';
import { dnfYes } from './DF060-dnf-yes';
import { dnfClean } from './DF061-dnf-clean';
import { dnfPin } from './DF062-dnf-pin';
import { trustedRegistries } from './DF063-trusted-registries';
import { copySourceMissing } from './DF064-copy-source-missing';
import { copyIgnoredFile } from './DF065-copy-ignored-file';
import { scriptNotCopied } from './DF066-script-not-copied';
import { exposeListen } from './DF067-expose-listen';
import { execFormWords } from './DF068-exec-form-words';
import { eolBaseImage } from './DF069-eol-base-image';

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
  instructionCasing,
  fromAsCasing,
  stageNameCasing,
  jsonArgs,
  maintainer,
  legacyKeyValue,
  workdirRelative,
  undefinedArgInFrom,
  undefinedVar,
  invalidDefaultArgInFrom,
  secretsInArgEnv,
  redundantTargetPlatform,
  platformConst,
  lastUserRoot,
  cdInRun,
  sudo,
  aptPin,
  aptLists,
  pipPin,
  aptYes,
  noInstallRecommends,
  npmPin,
  apkPin,
  apkNoCache,
  addForCopy,
  apt,
  pipNoCacheDir,
  copyRelativeDest,
  consecutiveRun,
  pipefail,
  irrelevantCommands,
  distUpgrade,
  addArchive,
  gemPin,
  yumYes,
  yumClean,
  yumPin,
  zypperYes,
  zypperDistUpgrade,
  zypperClean,
  zypperPin,
  dnfYes,
  dnfClean,
  dnfPin,
  trustedRegistries,
  copySourceMissing,
  copyIgnoredFile,
  scriptNotCopied,
  exposeListen,
  execFormWords,
  eolBaseImage,
];
