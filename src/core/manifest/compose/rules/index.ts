import type { ComposeRule } from '../context';
import { composeUnknownKey } from './COMPOSE001-unknown-key';
import { composeImageOrBuild } from './COMPOSE002-image-or-build';
import { composePorts } from './COMPOSE003-ports';
import { composeDependsOn } from './COMPOSE004-depends-on';
import { composeBuildContext } from './COMPOSE005-build-context';
import { composeEnvironment } from './COMPOSE006-environment';
import { composeVolumes } from './COMPOSE007-volumes';
import { composeVersion } from './COMPOSE008-version';
import { composeImageTag } from './COMPOSE009-image-tag';

/** Every Compose rule, in code order. */
export const composeRules: readonly ComposeRule[] = [
  composeUnknownKey,
  composeImageOrBuild,
  composePorts,
  composeDependsOn,
  composeBuildContext,
  composeEnvironment,
  composeVolumes,
  composeVersion,
  composeImageTag,
];
