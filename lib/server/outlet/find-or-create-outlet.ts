import type { Prisma } from "@/lib/server/db/client";

/**
 * The team's outlet of this name, created when it has none. Names are matched as people read them (the
 * database's `factdesk_name_key`: letter case, Unicode forms, width, ligatures, ß/ss folded), so "walk
 * gazette" is the outlet "Walk Gazette" (walk of stop 35) and "Cafe\u0301" is "Café". The unique index on
 * that key decides between imports racing to create one name in two spellings: the later one waits for
 * the first and takes its outlet (hostile probe of stop 35: the check alone made two).
 */
export async function findOrCreateOutlet(tx: Prisma.TransactionClient, teamId: string, name: string, domain: string | null): Promise<{ id: string }> {
  await tx.$executeRaw`
    INSERT INTO "Outlet" (id, "teamId", name, domain, "updatedAt") VALUES (uuidv7(), ${teamId}::uuid, ${name}, ${domain}, now())
    ON CONFLICT ("teamId", "nameKey") DO NOTHING`;
  const [outlet] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Outlet" WHERE "teamId" = ${teamId}::uuid AND "nameKey" = factdesk_name_key(${name})`;
  return outlet!;
}
