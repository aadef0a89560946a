import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import Piscina from "piscina";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import type * as tasks from "./heavy-tasks";
import { currentWorkCancelled, currentWorkOwner } from "./heavy-owner";
import { TaskSlots } from "./task-slots";

// One pool of worker threads per server process for the work that would otherwise hold the event
// loop (HTML parsing and Readability, claim extraction of large texts, PDF rendering). Each task has a
// deadline from when it starts running (the thread running it is terminated when it passes), each
// thread a heap limit, and the queue a length: past it the caller gets 503 at once instead of waiting
// behind everyone else.

/** Tasks waiting for a thread before new ones are refused with 503. */
export const HEAVY_QUEUE_LIMIT = 32;
/** Heap of one worker thread; a task that needs more fails instead of growing the server. */
const WORKER_HEAP_MB = 512;

const state = globalThis as typeof globalThis & { factdeskHeavyPool?: Piscina; factdeskHeavySlots?: TaskSlots };
const THREADS = Math.max(2, availableParallelism());

/**
 * One task per thread; the others wait here (see TaskSlots), up to HEAVY_QUEUE_LIMIT. One team runs on at most
 * half the threads and keeps at most half the queue, so the other teams always find a thread and a place in line.
 */
function slots(): TaskSlots {
  return (state.factdeskHeavySlots ??= new TaskSlots(THREADS, HEAVY_QUEUE_LIMIT, { running: Math.ceil(THREADS / 2), waiting: HEAVY_QUEUE_LIMIT / 2 }));
}

function pool(): Piscina {
  // A plain bundle outside the Next.js build, made by scripts/lib/build-workers.ts (see there).
  const filename = path.join(process.cwd(), ".workers", "heavy-tasks.cjs");
  if (!state.factdeskHeavyPool && !existsSync(filename)) {
    throw new Error(`The worker bundle ${filename} is missing: start with npm start, or run npm run build.`);
  }
  state.factdeskHeavyPool ??= new Piscina({
    filename,
    minThreads: 0,
    maxThreads: THREADS,
    idleTimeout: 60_000,
    maxQueue: HEAVY_QUEUE_LIMIT, // a second guard: TaskSlots hands the pool no more than a task per thread
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // Worker threads run at a lower CPU priority than the thread answering requests (Linux, through
    // piscina's @napi-rs/nice), so on a busy machine the heavy work waits, not every other client.
    niceIncrement: 10,
  });
  return state.factdeskHeavyPool;
}

type TaskName = keyof typeof tasks & ("html" | "metadata" | "archive" | "units" | "claimText" | "article" | "reanchor" | "pdf" | "teamModel" | "knownChecks");
type TaskInput<Name extends TaskName> = Parameters<(typeof tasks)[Name]>[0];
type TaskOutput<Name extends TaskName> = Awaited<ReturnType<(typeof tasks)[Name]>>;

/**
 * Runs a task in the pool. `tooSlow` is the message when the deadline passes (a 422 naming the input
 * the person sent, since the same input would be as slow again); a full queue is 503 "busy".
 */
export async function runHeavy<Name extends TaskName>(name: Name, input: TaskInput<Name>, tooSlow: string): Promise<TaskOutput<Name>> {
  return runHeavyAfterTurn(name, async () => input, tooSlow);
}

/**
 * Like runHeavy, but the input is prepared only once a thread is free for the task. Where preparing costs work on the
 * request thread (a report of 2,000 claims read and built for a PDF), a request refused with 503 costs none: forty
 * clients asking for PDFs in a loop had every refused one load its report first, and slowed other teams' reads 40-fold
 * (probe of stop 40).
 */
export async function runHeavyAfterTurn<Name extends TaskName>(name: Name, prepare: () => Promise<TaskInput<Name>>, tooSlow: string): Promise<TaskOutput<Name>> {
  // A client that went away (a PDF download cancelled) no longer holds a thread or a place in line: forty cancelled
  // requests kept rendering and held the pool from the clients still waiting (probe of stop 40).
  const cancelled = currentWorkCancelled();
  const release = await slots().take(currentWorkOwner(), cancelled);
  if (!release) throw cancelled?.aborted ? gone() : busy();
  try {
    const input = await prepare();
    // The time limit starts now, when a thread is free for the task, not while it waited for one.
    const timeout = AbortSignal.timeout(env().FACTDESK_WORKER_TIMEOUT_MS);
    return (await pool().run(input, { name, signal: cancelled ? AbortSignal.any([timeout, cancelled]) : timeout })) as TaskOutput<Name>;
  } catch (error) {
    const { name: errorName, message, code } = error as Error & { code?: string };
    if (cancelled?.aborted) throw gone();
    if (errorName === "AbortError") throw new AppError("UNPROCESSABLE", tooSlow);
    if (message === "Task queue is at limit") throw busy();
    if (code === "ERR_WORKER_OUT_OF_MEMORY") throw new AppError("UNPROCESSABLE", tooSlow);
    throw error;
  } finally {
    release();
  }
}

/** Nobody reads this answer; it says what happened for the request log. */
const gone = () => new AppError("UNAVAILABLE", "The request was cancelled before its work was done.");
const busy = () => new AppError("UNAVAILABLE", "The server is busy with other large imports and reports. Try again in a few seconds.");

/** Ends the pool's threads (a process that used the pool in place of a server, such as a test). */
export async function closeHeavyPool(): Promise<void> {
  const running = state.factdeskHeavyPool;
  state.factdeskHeavyPool = undefined;
  await running?.close({ force: true });
}
