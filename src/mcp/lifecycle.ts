// Stopping behind a load balancer (SIGTERM, as Kubernetes and ECS send, or Ctrl-C): stop taking
// work, let the running tool calls finish within the grace period (AWS_MCP_SHUTDOWN_GRACE_SECONDS),
// cancel what is left (audited as `cancelled`), wait for the answers to be written, close the
// transport and the stores, and exit 0. A second signal exits at once.

import type { Logger } from '../logging/logger.js';
import type { HttpOps } from './http-ops.js';
import { CANCEL_SETTLE_MS, type InFlightCalls } from './in-flight.js';
import type { RunningTransport } from './transports.js';

/** How long the answers of finished calls get to be written before connections are closed. */
const FLUSH_MS = 2_000;

export interface ShutdownParts {
  readonly inFlight: InFlightCalls;
  /** The HTTP transport's probes and refusals; absent on stdio. */
  readonly ops?: HttpOps;
  readonly transport: RunningTransport;
  /** Closes the stores (and flushes telemetry) once no call can use them. */
  readonly closeStores: () => void | Promise<void>;
  readonly graceMs: number;
  readonly logger: Logger;
}

/** The shutdown sequence; calling it again returns the same run. */
export function gracefulShutdown(parts: ShutdownParts): (reason: string) => Promise<void> {
  let running: Promise<void> | undefined;
  const run = async (reason: string): Promise<void> => {
    const { inFlight, ops, transport, logger } = parts;
    logger.info('shutting down', { reason, inFlight: inFlight.size, graceSeconds: parts.graceMs / 1000 });
    ops?.stopAccepting();
    transport.stopAccepting?.();
    const outcome = await inFlight.drain(parts.graceMs, CANCEL_SETTLE_MS);
    if (outcome.cancelled > 0) logger.warn('calls cancelled at the end of the grace period', { ...outcome });
    await ops?.idle(FLUSH_MS);
    await transport.close();
    await parts.closeStores();
    logger.info('stopped', { ...outcome });
  };
  return (reason) => (running ??= run(reason));
}

/** SIGTERM and SIGINT run the shutdown, then exit 0 (1 if it failed); a second one exits now. */
export function exitOnSignals(shutdown: (reason: string) => Promise<void>, logger: Logger): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (signalled) {
      logger.warn('second signal: exiting without waiting', { signal });
      process.exit(1);
    }
    signalled = true;
    shutdown(signal).then(
      () => process.exit(0),
      (e: unknown) => {
        logger.error('shutdown failed', { error: e instanceof Error ? e.message : String(e) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
