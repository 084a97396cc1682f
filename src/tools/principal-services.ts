// The tools' services as one person sees them: the policy narrowed by their `identities:` rule
// (Forbidden when none admits them), and the rate limiter that counts their calls.

import type { Principal } from '../identity/principal.js';
import { effectivePolicy } from '../policy/identities.js';
import { MemoryRateCounters, RateLimiter } from '../policy/rate-limit.js';
import type { ToolServices } from './services.js';

/** One per process unless the composition root injects a shared one (ToolServices.rateLimiter). */
const processLimiter = new RateLimiter(new MemoryRateCounters());

/** `services` with `policy` resolved for `principal`: everything downstream decides for them. */
export function forPrincipal(services: ToolServices, principal: Principal | undefined): ToolServices {
  const policy = effectivePolicy(services.policy, principal);
  return policy === services.policy ? services : { ...services, policy };
}

export function rateLimiterOf(services: ToolServices): RateLimiter {
  return services.rateLimiter ?? processLimiter;
}
