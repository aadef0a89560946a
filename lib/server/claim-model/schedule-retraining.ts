import type { Language } from "@/lib/domain/claims/types";
import { dueForRetraining } from "./decision-window";

export interface RetrainJob {
  teamId: string;
  language: Language;
}

/**
 * Queues a retraining for each of these languages of the team that has enough new decisions. The queue keeps at
 * most one waiting and one running job per team and language (pg-boss "stately" policy, keyed by
 * both), so a burst of decisions never piles up jobs.
 */
export async function scheduleDueRetraining(teamId: string, languages: Iterable<Language>): Promise<void> {
  for (const language of languages) {
    if (await dueForRetraining(teamId, language)) await enqueueRetraining({ teamId, language });
  }
}

export async function enqueueRetraining(job: RetrainJob): Promise<void> {
  // Loaded when due: the queue module is server-only, and most decisions never get here.
  const { CLAIM_MODEL_QUEUE, jobQueue } = await import("@/lib/server/jobs/queue");
  const boss = await jobQueue();
  await boss.send(CLAIM_MODEL_QUEUE, job, { singletonKey: `${job.teamId}:${job.language}`, retryLimit: 2, retryDelay: 10, expireInMinutes: 15 });
}
