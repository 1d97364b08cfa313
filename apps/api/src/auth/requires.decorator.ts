import { SetMetadata } from '@nestjs/common';
import type { SystemCapability } from '@kc/domain';

export const REQUIRED_CAPABILITY = 'kc:requires-capability';

/**
 * The capability of the domain's capability table a route needs, checked by CapabilityGuard after the token:
 * a person without it gets 403 with a message naming who may. Checks about one project happen in its service.
 */
export const Requires = (capability: SystemCapability) => SetMetadata(REQUIRED_CAPABILITY, capability);
