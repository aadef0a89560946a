import { createArticle } from "@/lib/server/article/create-article";
import { updateClaim } from "@/lib/server/claim/update-claim";
import { createComment } from "@/lib/server/comment/create-comment";
import { db } from "@/lib/server/db/client";
import { inviteMember } from "@/lib/server/member/invite-member";
import { rateOutlet } from "@/lib/server/outlet/rate-outlet";
import { createShareLink } from "@/lib/server/share/share-links";
import { attachSource } from "@/lib/server/source/attach-source";
import { finalizeVerdict } from "@/lib/server/verdict/finalize-verdict";
import { submitVerdict } from "@/lib/server/verdict/submit-verdict";
import { createArticleInput } from "@/lib/validations/article";
import { attachSourceInput } from "@/lib/validations/source";
import { addTeamMember, createTestTeam, type TestTeam } from "./factory";

export interface TourStop {
  path: string;
  /** A selector that is there once the page has rendered. */
  ready: string;
  signedIn: boolean;
}

// What real newsrooms paste: compound words, addresses with tracking parameters, titles that run on.
export const LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitänsmützenherstellungsverordnungsentwurfsbegründung";
export const LONG_URL =
  "https://www.bundesfinanzministerium.example/Content/DE/Standardartikel/Themen/Oeffentliche_Finanzen/Bundeshaushalt/2026/" +
  "haushaltsentwurf-2026-und-finanzplan-bis-2029-mit-allen-einzelplaenen-und-anlagen.html?utm_source=newsletter&utm_medium=email&utm_campaign=haushalt2026";
const LONG_TITLE = `Bundeshaushalt 2026: ${LONG_WORD} und was die Regierung mit 480 Milliarden Euro vorhat, laut dem Finanzministerium`;
const TEXT = [
  `Die Regierung plant 2026 Ausgaben von 480 Milliarden Euro, wie die ${LONG_WORD} zeigt.`,
  "Der Export fiel laut Statistischem Bundesamt um 2 Prozent. Laut Statistikamt stieg die Inflation auf 2,4 Prozent.",
  `„Wir werden die Schuldenbremse einhalten“, sagte Finanzminister Lindner am Dienstag in Berlin. Quelle: ${LONG_URL}`,
  "Die Arbeitslosenquote lag im Oktober bei 6,1 Prozent, 0,3 Punkte höher als ein Jahr zuvor.",
].join("\n\n");

/**
 * A team with everything a page can show (long words and addresses, verdicts, a final verdict,
 * comments and a mention, an assignment, a rated outlet, an archived copy, a share link, an
 * invitation) and every page of the app with it: public pages and those an admin sees.
 */
export async function buildPageTour(label: string): Promise<{ team: TestTeam; stops: TourStop[] }> {
  const team = await createTestTeam(label);
  const { editor, admin, reviewer } = team.actors;
  const second = await addTeamMember(team, "reviewer", `${label}-zweite`);
  const article = await createArticle({
    actor: editor,
    input: createArticleInput.parse({ title: LONG_TITLE, text: TEXT, outlet: `Morgenpost ${LONG_WORD}`, url: LONG_URL }),
  });
  const claims = await db.claim.findMany({ where: { articleId: article.id }, orderBy: { position: "asc" } });
  const [first, other] = claims;
  const citation = await attachSource({
    actor: editor,
    claimId: first!.id,
    input: attachSourceInput.parse({ url: LONG_URL, stance: "supports", title: `Haushaltsentwurf 2026 ${LONG_WORD}` }),
  });
  await attachSource({ actor: reviewer, claimId: first!.id, input: attachSourceInput.parse({ url: `${LONG_URL}&page=2`, stance: "context" }) });
  await submitVerdict({ actor: reviewer, claimId: first!.id, input: { level: "mostly-true", rationale: `Laut ${LONG_URL} stimmt das weitgehend.`, confidence: "high" } });
  await submitVerdict({ actor: second.actor, claimId: first!.id, input: { level: "true", rationale: "Deckt sich mit dem Haushaltsplan.", confidence: "medium" } });
  await createComment({ actor: editor, claimId: first!.id, input: { body: `@[${admin.name}](${admin.userId}) bitte prüfen: ${LONG_URL} ${LONG_WORD}` } });
  const fresh = await db.claim.findUniqueOrThrow({ where: { id: first!.id } });
  await finalizeVerdict({ actor: editor, claimId: first!.id, input: { level: "mostly-true", rationale: `Laut Haushaltsplan. ${LONG_WORD}`, claimVersion: fresh.version } });
  await updateClaim({ actor: editor, id: other!.id, input: { version: other!.version, assigneeId: admin.userId } });
  const outlet = await db.outlet.findFirstOrThrow({ where: { teamId: team.teamId } });
  await rateOutlet({ actor: editor, id: outlet.id, input: { reliability: "mixed", rationale: `Gemischt: ${LONG_WORD} ${LONG_URL}`, version: outlet.version } });
  const snapshot = await db.sourceSnapshot.create({
    data: {
      sourceId: citation.source.id, teamId: team.teamId, requestedUrl: LONG_URL, finalUrl: LONG_URL, httpStatus: 200, linkState: "ok",
      title: `Haushaltsentwurf ${LONG_WORD}`, text: `${TEXT}\n\n${LONG_URL}`, contentHash: "0".repeat(64),
    },
  });
  const link = await createShareLink({ actor: editor, articleId: article.id, input: { showReviewerNames: true, noindex: false } });
  const invitation = await inviteMember({ actor: admin, input: { email: `eingeladen.${label}.${Date.now()}@test.factdesk`, name: "Eingeladene Person", role: "viewer" } });
  const signedIn = [
    "/articles", "/articles/new", `/articles/${article.id}`, `/articles/${article.id}/edit`, `/claims/${first!.id}`, `/claims/${other!.id}`,
    `/sources/${citation.source.id}`, `/sources/${citation.source.id}/snapshots/${snapshot.id}`, "/search?q=Regierung",
    "/search?q=Haushalt&type=articles", "/queue", "/inbox", "/import", "/settings", "/members", "/api-tokens", "/outlets",
    `/outlets/${outlet.id}`, "/dashboard",
  ];
  const stops: TourStop[] = [
    { path: "/sign-in", ready: "form", signedIn: false },
    { path: invitation.invitationPath!, ready: "form", signedIn: false },
    { path: `/r/${link.token}`, ready: "main", signedIn: false },
    { path: "/no-such-page", ready: "main", signedIn: false },
    ...signedIn.map((path) => ({ path, ready: "main", signedIn: true })),
    { path: "/no-such-page", ready: "main", signedIn: true },
  ];
  return { team, stops };
}
