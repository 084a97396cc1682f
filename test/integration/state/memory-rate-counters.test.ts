// The rate-counter contract on the in-process counters (one process, no shared store): all
// handles are the one object, as every call of one process uses the same counters.

import { MemoryRateCounters } from '../../../src/policy/rate-limit.js';
import { rateCountersContract } from './rate-counters.contract.js';

rateCountersContract('memory', {
  open: (n) => {
    const counters = new MemoryRateCounters();
    return Promise.resolve({
      handles: Array.from({ length: n }, () => counters),
      close: () => Promise.resolve(),
    });
  },
});
