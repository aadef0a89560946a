import { db } from "@/lib/server/db/client";

/**
 * Waits until the archive job has checked a newly cited source (it runs after the citation commits
 * and writes the source's archive state), so a test comparing rows before and after sees no
 * background write in between.
 */
export async function waitForArchive(sourceId: string, timeoutMs = 25_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { checkedAt: true } })).checkedAt) {
    if (Date.now() > deadline) throw new Error(`source ${sourceId} was not archived within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
