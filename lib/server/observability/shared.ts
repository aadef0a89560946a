import pino, { type Logger } from "pino";
import { Registry } from "prom-client";

/**
 * What scripts/serve/request-log.mjs sets up for the process before Next.js answers anything: one
 * logger, one metrics registry, and a note per request in flight (who acted, for its log line).
 * Under `next dev` there is no such layer, so a plain logger and registry stand in.
 */
export interface Observability {
  logger: Logger;
  registry: Registry;
  notes: Map<string, { userId?: string; teamId?: string }>;
}

const state = globalThis as typeof globalThis & { factdeskObservability?: Observability };

export function observability(): Observability {
  state.factdeskObservability ??= {
    logger: pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } }),
    registry: new Registry(),
    notes: new Map(),
  };
  return state.factdeskObservability;
}

export const logger = (): Logger => observability().logger;
