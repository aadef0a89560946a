import { z } from "zod";
import { ROLES, can, type Permission } from "@/lib/domain/permissions";
import { createArticleInput, listArticlesInput, updateArticleInput } from "@/lib/validations/article";
import {
  bulkUpdateClaimsInput, createClaimInput, getClaimQuery, mergeClaimsInput, splitClaimInput, updateClaimInput,
} from "@/lib/validations/claim";
import { createCommentInput, listInboxQuery, markInboxReadInput, updateCommentInput } from "@/lib/validations/comment";
import { eventsQuery } from "@/lib/validations/events";
import { updateRatingScaleInput } from "@/lib/validations/rating-scale";
import { importUrlInput, uploadFields } from "@/lib/validations/import";
import { dashboardQuery } from "@/lib/validations/dashboard";
import { rateOutletInput } from "@/lib/validations/outlet";
import { createShareLinkInput, outletReportQuery, reportQuery } from "@/lib/validations/report";
import { claimReviewFeedQuery } from "@/lib/validations/feed";
import { citeKnownCheckInput, importKnownChecksUrlInput } from "@/lib/validations/known-check";
import { searchInput } from "@/lib/validations/search";
import { listActivityInput } from "@/lib/validations/activity";
import { attachSourceInput, sourceMetadataInput } from "@/lib/validations/source";
import { createTeamInput, updateTeamSettingsInput } from "@/lib/validations/team";
import { resetClaimModelQuery } from "@/lib/validations/claim-model";
import { changePasswordInput } from "@/lib/validations/auth";
import { acceptLinkedInvitationInput, inviteMemberInput, updateMemberInput } from "@/lib/validations/member";
import { finalizeVerdictInput, reopenVerdictInput, submitVerdictInput } from "@/lib/validations/verdict";
import { notificationPreferencesInput } from "@/lib/validations/notification";
import { createWebhookInput } from "@/lib/validations/webhook";
import { WEBHOOK_EVENTS } from "@/lib/domain/notify/events";

// The OpenAPI description of JSON API v1, built from the same zod schemas the route handlers parse
// with, so the document cannot drift from what the API accepts. A test checks every route is here.

interface Operation {
  method: "get" | "post" | "patch" | "put" | "delete";
  path: string;
  summary: string;
  permission: Permission;
  body?: z.ZodType;
  query?: z.ZodObject;
  created?: boolean;
  /** 202: queued. */
  accepted?: boolean;
  /** 204: done, no body. */
  noContent?: boolean;
  stream?: boolean;
  multipart?: boolean;
  /** The body is `body`'s fields form-encoded (application/x-www-form-urlencoded), not JSON. */
  formEncoded?: boolean;
  ndjson?: boolean;
  file?: boolean;
  /** The body is a file in one of these media types (not a JSON object of fields). */
  rawBody?: string[];
  /** Answered with JSON-LD (a schema.org document), not `{ data }`. */
  jsonLd?: boolean;
}

export const OPERATIONS: Operation[] = [
  { method: "get", path: "/articles", summary: "List articles, newest first (keyset pages)", permission: "article.read", query: listArticlesInput },
  { method: "post", path: "/articles", summary: "Import an article; the claim engine runs in the same transaction", permission: "article.create", body: createArticleInput, created: true },
  { method: "post", path: "/articles/import-url", summary: "Import by address: fetched on the server, article extracted with Readability", permission: "article.create", body: importUrlInput, created: true },
  { method: "post", path: "/articles/upload", summary: "Import a .txt, .md or .html file (multipart/form-data: file plus these fields)", permission: "article.create", body: uploadFields, created: true, multipart: true },
  { method: "post", path: "/imports", summary: "Bulk import: NDJSON body, one article object per line (fields of POST /articles); answered 202 with the job", permission: "article.create", ndjson: true },
  { method: "get", path: "/imports", summary: "The 20 newest bulk imports with their counts (the per-line report: GET /imports/{id})", permission: "article.read" },
  { method: "get", path: "/imports/{id}", summary: "A bulk import's progress and per-line report", permission: "article.read" },
  { method: "get", path: "/articles/{id}", summary: "One article with its claims", permission: "article.read" },
  { method: "patch", path: "/articles/{id}", summary: "Edit title or text; a new text re-extracts and re-anchors claims", permission: "article.edit", body: updateArticleInput },
  { method: "get", path: "/articles/{id}/report", summary: "Verdict report as ClaimReview JSON-LD, CSV, Markdown, JSON or PDF (a download)", permission: "article.read", query: reportQuery, file: true },
  { method: "post", path: "/articles/{id}/report", summary: "The same report with its fields (format, claims, bom) as an application/x-www-form-urlencoded body: for a selection of claims too long for an address (up to 1,000 ids)", permission: "article.read", body: reportQuery, formEncoded: true, file: true },
  { method: "get", path: "/articles/{id}/share-links", summary: "Public links to the article's report (without their tokens, which are shown only on creation)", permission: "report.share" },
  { method: "post", path: "/articles/{id}/share-links", summary: "Create a revocable public link (page /r/{token}); the answer is the only place its token and url appear", permission: "report.share", body: createShareLinkInput, created: true },
  { method: "delete", path: "/share-links/{id}", summary: "Revoke a public link at once", permission: "report.share" },
  { method: "post", path: "/articles/{id}/rerank", summary: "Re-score the article's claims nobody has decided on with the team's current claim model (text and offsets never change)", permission: "article.rerank" },
  { method: "get", path: "/articles/{id}/activity", summary: "History of an article and its claims, newest first (cursor: an entry's id)", permission: "article.read", query: listActivityInput },
  { method: "post", path: "/claims", summary: "Add a claim from a span of the article text", permission: "claim.edit", body: createClaimInput, created: true },
  { method: "patch", path: "/claims", summary: "Set status and/or assignee of many claims, all or nothing", permission: "claim.edit", body: bulkUpdateClaimsInput },
  { method: "post", path: "/claims/merge", summary: "Merge two neighbouring claims (the later one's sources are cited on the joined claim)", permission: "claim.edit", body: mergeClaimsInput },
  { method: "get", path: "/claims/{id}", summary: "One claim with its related claims in other articles", permission: "article.read", query: getClaimQuery },
  { method: "patch", path: "/claims/{id}", summary: "Edit wording, check-worthiness, status (exclusion with a reason) or assignee; switches and exclusions teach the team's claim model", permission: "claim.edit", body: updateClaimInput },
  { method: "post", path: "/claims/{id}/split", summary: "Split a claim at a text offset", permission: "claim.edit", body: splitClaimInput },
  { method: "get", path: "/claims/{id}/sources", summary: "Sources cited on a claim", permission: "article.read" },
  { method: "post", path: "/claims/{id}/sources", summary: "Cite a source (reused by normalised URL)", permission: "source.manage", body: attachSourceInput, created: true },
  { method: "delete", path: "/citations/{id}", summary: "Remove a citation (kept for history)", permission: "source.manage" },
  { method: "post", path: "/sources/metadata", summary: "Title, publisher and date of a page (fetched safely; failures come back as `problem`)", permission: "source.manage", body: sourceMetadataInput },
  { method: "get", path: "/sources/{id}", summary: "A source, its archive state and the claims citing it", permission: "article.read" },
  { method: "get", path: "/sources/{id}/snapshots", summary: "Archived snapshots of a source, newest first (without text)", permission: "article.read" },
  { method: "get", path: "/sources/{id}/snapshots/{snapshotId}", summary: "One archived snapshot with its readable text (plain text)", permission: "article.read" },
  { method: "post", path: "/sources/{id}/archive", summary: "Archive a source again now (once a minute per source, else 429)", permission: "source.manage" },
  { method: "get", path: "/claims/{id}/verdicts", summary: "Reviewers' verdicts (blind review applies) and the final verdict", permission: "article.read" },
  { method: "put", path: "/claims/{id}/verdicts", summary: "Give or change one's own verdict", permission: "verdict.submit", body: submitVerdictInput },
  { method: "post", path: "/claims/{id}/final-verdict", summary: "Set the final verdict", permission: "verdict.finalize", body: finalizeVerdictInput, created: true },
  { method: "post", path: "/claims/{id}/final-verdict/reopen", summary: "Reopen the final verdict", permission: "verdict.finalize", body: reopenVerdictInput },
  { method: "get", path: "/claims/{id}/comments", summary: "Comment threads of a claim", permission: "article.read" },
  { method: "post", path: "/claims/{id}/comments", summary: "Comment or reply; @[Name](userId) mentions", permission: "comment.write", body: createCommentInput, created: true },
  { method: "patch", path: "/comments/{id}", summary: "Edit one's own comment, resolve or reopen a thread", permission: "comment.write", body: updateCommentInput },
  { method: "delete", path: "/comments/{id}", summary: "Delete one's own comment (its place and history stay)", permission: "comment.write" },
  { method: "get", path: "/claims/{id}/activity", summary: "History of a claim, newest first (cursor: an entry's id)", permission: "article.read", query: listActivityInput },
  { method: "get", path: "/me/queue", summary: "Claims assigned to me", permission: "article.read" },
  { method: "get", path: "/me/inbox", summary: "Comments that mention me, newest first; `next` is the `before` of the next page", permission: "article.read", query: listInboxQuery },
  { method: "get", path: "/me/inbox/unread", summary: "How many mentions of me are unread (`{ count }`)", permission: "article.read" },
  { method: "post", path: "/me/inbox/read", summary: "Mark mentions as read (all of mine in this team, or the given `ids`)", permission: "article.read", body: markInboxReadInput },
  { method: "post", path: "/me/password", summary: "Change my password (current one required; every session of mine ends; not with API tokens)", permission: "article.read", body: changePasswordInput },
  { method: "get", path: "/me/invitations", summary: "My open invitations to teams (signed-in person; API tokens see none)", permission: "article.read" },
  { method: "post", path: "/me/invitations/{id}/accept", summary: "Accept an invitation: join that team with the invited role (signed-in person only)", permission: "article.read" },
  { method: "post", path: "/me/invitations/join", summary: "Join through an invitation link's token while signed in as the invited account (the only way for an account whose address was never confirmed)", permission: "article.read", body: acceptLinkedInvitationInput },
  { method: "post", path: "/me/invitations/{id}/decline", summary: "Decline an invitation (signed-in person only)", permission: "article.read" },
  { method: "get", path: "/rating-scale", summary: "The team's current rating scale", permission: "article.read" },
  { method: "put", path: "/rating-scale", summary: "New scale version from a preset or levels", permission: "scale.manage", body: updateRatingScaleInput },
  { method: "get", path: "/team/settings", summary: "Team settings", permission: "article.read" },
  { method: "patch", path: "/team/settings", summary: "Change team settings", permission: "team.manage", body: updateTeamSettingsInput },
  { method: "get", path: "/team/claim-model", summary: "What the team's claim model learned from, per language: decisions, version, when trained, agreement with the last 100 decisions before and after", permission: "claim-model.read" },
  { method: "delete", path: "/team/claim-model", summary: "Reset the team's claim model for a language to the shipped engine (?language=de|en)", permission: "claim-model.reset", query: resetClaimModelQuery },
  { method: "get", path: "/team/members", summary: "The team's members with role, disabled flag and last sign-in", permission: "member.read" },
  { method: "patch", path: "/team/members/{id}", summary: "Change one member (membership id): a new role, or disabled true/false; the last active admin cannot be demoted or disabled", permission: "member.manage", body: updateMemberInput },
  { method: "get", path: "/team/invitations", summary: "Open invitations to the team", permission: "member.read" },
  { method: "post", path: "/team/invitations", summary: "Invite a person by email with a role; the answer carries the invitation link once (also mailed when mail is set up)", permission: "member.manage", body: inviteMemberInput, created: true },
  { method: "delete", path: "/team/invitations/{id}", summary: "Revoke an open invitation", permission: "member.manage" },
  { method: "get", path: "/team/people", summary: "Active team members", permission: "article.read" },
  { method: "get", path: "/teams", summary: "The teams I belong to, with my role and which one is active (an API token sees only its own team)", permission: "article.read" },
  { method: "post", path: "/teams", summary: "Create a new, empty team with me as its admin (session only; at most FACTDESK_TEAMS_PER_PERSON per person)", permission: "article.read", body: createTeamInput, created: true },
  { method: "get", path: "/me/notifications", summary: "My notification mail choices (mention, assignment, finalVerdict, digest) and whether mail is set up on this server", permission: "article.read" },
  { method: "patch", path: "/me/notifications", summary: "Switch notification mails on or off (any subset of the four kinds)", permission: "article.read", body: notificationPreferencesInput },
  { method: "get", path: "/team/webhooks", summary: "The team's webhooks (never their secrets)", permission: "team.manage" },
  { method: "post", path: "/team/webhooks", summary: "Register an https endpoint for chosen events; the answer carries the signing secret, shown only this once", permission: "team.manage", body: createWebhookInput, created: true },
  { method: "delete", path: "/team/webhooks/{id}", summary: "Delete a webhook and its delivery log", permission: "team.manage", noContent: true },
  { method: "get", path: "/team/webhooks/{id}/deliveries", summary: "The webhook's newest 50 deliveries: status, attempt, response status, duration, the first 2,000 characters of the answer", permission: "team.manage" },
  { method: "post", path: "/team/webhooks/{id}/deliveries/{deliveryId}/replay", summary: "Send a logged delivery again (same event id and body, new signature)", permission: "team.manage", accepted: true },
  { method: "get", path: "/outlets", summary: "Outlets with article count, credibility over all their articles and reliability rating", permission: "article.read" },
  { method: "get", path: "/outlets/{id}", summary: "An outlet's record: score overall and by month, articles with scores, most common verdicts, repeated claims, rating history", permission: "article.read" },
  { method: "patch", path: "/outlets/{id}", summary: "Set or clear the outlet's reliability rating (with a rationale)", permission: "outlet.rate", body: rateOutletInput },
  { method: "get", path: "/outlets/{id}/report", summary: "Report over all the outlet's articles; CSV, JSON, Markdown and ClaimReview stream (PDF up to 2,000 claims)", permission: "article.read", query: outletReportQuery, file: true },
  { method: "get", path: "/dashboard", summary: "Team dashboard: claims by status, weekly throughput, time to final verdict, reviewer agreement (Krippendorff's alpha)", permission: "article.read", query: dashboardQuery },
  { method: "get", path: "/search", summary: "Full-text search over claims or articles with filters, newest first (keyset cursor)", permission: "article.read", query: searchInput },
  { method: "get", path: "/feeds/claimreview", summary: "Published final verdicts as ClaimReview in a schema.org DataFeed, newest first (keyset pages: follow `next`); the public variant is /feeds/{token}/claimreview.json", permission: "article.read", query: claimReviewFeedQuery, jsonLd: true },
  { method: "get", path: "/team/claimreview-feed", summary: "Whether the team's public ClaimReview feed is on (never its address)", permission: "article.read" },
  { method: "post", path: "/team/claimreview-feed", summary: "Turn the public ClaimReview feed on with a new address (the old one stops working); the answer is the only place the address appears", permission: "team.manage", created: true },
  { method: "delete", path: "/team/claimreview-feed", summary: "Turn the public ClaimReview feed off (its address answers 404)", permission: "team.manage" },
  { method: "post", path: "/known-fact-checks/import-url", summary: "Import other fact-checkers' ClaimReviews from an address (a page's JSON-LD, a JSON-LD document or a DataFeed), fetched with URL import's rules; answered 202 with the import, worked in batches on the job queue", permission: "known-check.import", body: importKnownChecksUrlInput, accepted: true },
  { method: "post", path: "/known-fact-checks/imports", summary: "Import a ClaimReview file (the body: JSON-LD, a DataFeed or NDJSON, up to FACTDESK_MAX_KNOWN_CHECKS_BYTES); answered 202 with the import", permission: "known-check.import", rawBody: ["application/ld+json", "application/json", "application/x-ndjson"], accepted: true },
  { method: "get", path: "/known-fact-checks/imports", summary: "The team's recent imports of known fact-checks with their progress", permission: "article.read" },
  { method: "get", path: "/known-fact-checks/imports/{id}", summary: "One import of known fact-checks: progress, inserted, duplicates, unusable items", permission: "article.read" },
  { method: "get", path: "/claims/{id}/known-fact-checks", summary: "Already checked elsewhere: the team's known fact-checks closest to a claim (trigram and full-text similarity plus shared names, the related-claim threshold)", permission: "article.read" },
  { method: "post", path: "/known-fact-checks/{id}/cite", summary: "Cite a known fact-check on a claim as a source (stance defaults to context)", permission: "source.manage", body: citeKnownCheckInput, created: true },
  { method: "get", path: "/events", summary: "Server-sent events: one `change` event per committed change", permission: "article.read", query: eventsQuery, stream: true },
];

function jsonSchema(schema: z.ZodType) {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
  return rest;
}

const errorResponse = { $ref: "#/components/responses/Error" };

function operationObject(operation: Operation) {
  const roles = ROLES.filter((role) => can(role, operation.permission));
  const pathParams = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string", format: "uuid" },
  }));
  const queryParams = operation.query
    ? Object.entries((jsonSchema(operation.query) as { properties?: Record<string, unknown>; required?: string[] }).properties ?? {}).map(([name, schema]) => ({
        name,
        in: "query",
        required: false,
        schema,
      }))
    : [];
  return {
    summary: operation.summary,
    description: `Allowed for: ${roles.join(", ")} (permission \`${operation.permission}\`).`,
    parameters: [...pathParams, ...queryParams],
    ...(operation.body && {
      requestBody: { required: true, content: { [operation.multipart ? "multipart/form-data" : operation.formEncoded ? "application/x-www-form-urlencoded" : "application/json"]: { schema: jsonSchema(operation.body) } } },
    }),
    ...(operation.rawBody && { requestBody: { required: true, content: Object.fromEntries(operation.rawBody.map((type) => [type, { schema: { type: "string" } }])) } }),
    ...(operation.ndjson && { requestBody: { required: true, content: { "application/x-ndjson": { schema: { type: "string" } } } } }),
    responses: {
      [operation.ndjson || operation.accepted ? "202" : operation.noContent ? "204" : operation.created ? "201" : "200"]: operation.noContent
        ? { description: "Done (no body)" }
        : operation.file
        ? { description: "A file (Content-Disposition: attachment)", content: { "application/ld+json": {}, "text/csv": {}, "text/markdown": {}, "application/json": {}, "application/pdf": {} } }
        : operation.jsonLd
        ? { description: "A schema.org document", content: { "application/ld+json": { schema: { type: "object" } } } }
        : operation.stream
        ? { description: "An event stream", content: { "text/event-stream": { schema: { type: "string" } } } }
        : { description: "`{ data }`", content: { "application/json": { schema: { type: "object", properties: { data: {} } } } } },
      "400": errorResponse,
      "401": errorResponse,
      "403": errorResponse,
      "404": errorResponse,
      "409": errorResponse,
    },
  };
}

export function openApiDocument(serverUrl = "/api/v1") {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of OPERATIONS) (paths[operation.path] ??= {})[operation.method] = operationObject(operation);
  return {
    openapi: "3.1.0",
    info: {
      title: "Factdesk JSON API",
      version: "1",
      description:
        "Everything the Factdesk UI does. Authenticate with `Authorization: Bearer <API token>` (a token acts with its role, as the admin who created it) or the browser session. Edits carry the `version` they were based on; a stale one gets 409 with `error.details.current`.",
    },
    servers: [{ url: serverUrl }],
    webhooks: {
      event: {
        post: {
          summary: "A team event, POSTed to each webhook subscribed to it",
          description:
            "Header `Factdesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\" with the webhook's secret>`; also `Factdesk-Event` and `Factdesk-Delivery`. Reject a timestamp more than 5 minutes off, and drop an `id` already seen (retries and replays repeat it). Answer 2xx within the timeout; anything else is retried with exponential backoff. Slack-format webhooks get `{ text }` instead.",
          requestBody: {
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["id", "event", "createdAt", "team", "data"],
                  properties: {
                    id: { type: "string", format: "uuid" },
                    event: { type: "string", enum: [...WEBHOOK_EVENTS] },
                    createdAt: { type: "string", format: "date-time" },
                    team: { type: "object", properties: { id: { type: "string", format: "uuid" }, name: { type: "string" } } },
                    data: { description: "The changed object as the API returns it (article, claim, verdict, final verdict, comment or share link)" },
                  },
                },
              },
            },
          },
          responses: { "200": { description: "Accepted (any 2xx)" } },
        },
      },
    },
    security: [{ bearer: [] }, { session: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      responses: {
        Error: {
          description: "`{ error: { code, message, details?, requestId? } }` (requestId is also the X-Request-Id header)",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["error"],
                properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, details: {}, requestId: { type: "string" } } } },
              },
            },
          },
        },
      },
    },
  };
}
