import { givesWay, MAX_BACKLOG, priorityBehind } from "@/lib/domain/import/fair-turns";
import { db, Prisma } from "@/lib/server/db/client";

/**
 * A table of teams' queued work (article imports, known-check imports): which rows wait for a worker and which hold
 * one. Both conditions name the table's own columns (`status`, …) and are read in SQL, one query per question.
 */
export interface TeamQueue {
  table: Prisma.Sql;
  waiting: Prisma.Sql;
  running: Prisma.Sql;
}

/** Whether a team running fewer jobs than `teamId` has one waiting (then a job whose turn is over gives way: fair-turns.ts). */
export async function fewerRunningTeamWaits(queue: TeamQueue, teamId: string): Promise<boolean> {
  const teams = await db.$queryRaw<{ teamId: string; running: number; waiting: boolean }[]>`
    SELECT "teamId"::text AS "teamId", (count(*) FILTER (WHERE ${queue.running}))::int AS running, bool_or(${queue.waiting}) AS waiting
    FROM ${queue.table} WHERE ${queue.waiting} OR ${queue.running} GROUP BY "teamId"`;
  const runningByTeam = new Map(teams.map((team) => [team.teamId, team.running]));
  return givesWay({ team: teamId, waitingTeams: teams.filter((team) => team.waiting).map((team) => team.teamId), runningByTeam });
}

/** The queue priority of job `id`: behind its own team's waiting jobs, so the queue serves teams in turn. */
export async function teamTurnPriority(queue: TeamQueue, id: string): Promise<number> {
  const [counted] = await db.$queryRaw<{ backlog: number }[]>`
    SELECT count(*)::int AS backlog FROM (
      SELECT 1 FROM ${queue.table}
      WHERE "teamId" = (SELECT mine."teamId" FROM ${queue.table} mine WHERE mine.id = ${id}::uuid) AND id <> ${id}::uuid AND ${queue.waiting}
      LIMIT ${MAX_BACKLOG}) waiting`;
  return priorityBehind(counted?.backlog ?? 0);
}
