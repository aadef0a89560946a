import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";
import { sourceArchiveFields } from "./source-archive-fields";

/** One source of the team with every claim that cites it. */
export async function getSource({ actor, id }: { actor: Actor; id: string }) {
  authorize(actor, "article.read");
  const source = isUuid(id)
    ? await db.source.findFirst({
        where: { id, teamId: actor.teamId },
        select: {
          id: true, url: true, title: true, publisher: true, publishedAt: true, isPrimary: true, createdAt: true,
          ...sourceArchiveFields,
          citations: {
            where: { removedAt: null },
            orderBy: { createdAt: "desc" },
            select: {
              id: true, stance: true, excerpt: true, createdAt: true,
              claim: { select: { id: true, text: true, normalizedText: true, status: true, article: { select: { id: true, title: true } } } },
            },
          },
        },
      })
    : null;
  if (!source) throw notFound("The source");
  return source;
}
