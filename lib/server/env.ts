import { z } from "zod";

// Read once, validated, typed everywhere after. Unset values fall back to what a local start needs.
const schema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  FACTDESK_DATA_DIR: z.string().min(1).default(".data"),
  FACTDESK_MAX_BODY_BYTES: z.coerce.number().int().positive().default(2 * 1024 * 1024),
  /** Only for development and tests: lets URL import fetch from private, loopback and link-local addresses. */
  FACTDESK_ALLOW_PRIVATE_FETCH: z.enum(["true", "false"]).default("false").transform((value) => value === "true"),
  FACTDESK_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  FACTDESK_FETCH_MAX_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  /** How old a cited source's last check may get before the scheduled re-check fetches it again. */
  FACTDESK_SOURCE_RECHECK_HOURS: z.coerce.number().positive().default(24),
  /** Deadline of one task in the worker threads (parsing a page, extracting claims, rendering a PDF). */
  FACTDESK_WORKER_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** Largest bulk NDJSON import accepted in one request. */
  FACTDESK_MAX_IMPORT_BYTES: z.coerce.number().int().positive().default(50 * 1024 * 1024),
  /** Largest ClaimReview file (JSON-LD, DataFeed or NDJSON) accepted as known fact-checks in one request. */
  FACTDESK_MAX_KNOWN_CHECKS_BYTES: z.coerce.number().int().positive().default(64 * 1024 * 1024),
  /** New reviewer decisions (per team and language) after which the team's claim model is retrained. */
  FACTDESK_CLAIM_MODEL_RETRAIN_AFTER: z.coerce.number().int().positive().default(20),
  /** Teams one person may create from the app (they become its admin); 0 leaves team creation to operators (`npm run team:create`). */
  FACTDESK_TEAMS_PER_PERSON: z.coerce.number().int().min(0).default(3),
  FACTDESK_TRUST_PROXY: z.enum(["true", "false"]).default("false").transform((value) => value === "true"),
  FACTDESK_SIGNIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  FACTDESK_SIGNIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(30),
  FACTDESK_SIGNIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  /** Bearer token Prometheus sends to /api/metrics; unset, the endpoint answers 404. */
  FACTDESK_METRICS_TOKEN: z.string().min(1).optional(),
  /** Outgoing mail (smtp:// or smtps://, credentials in the URL); unset, Factdesk sends no mail. */
  SMTP_URL: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(1).default("Factdesk <factdesk@localhost>"),
  /** First retry delay of a failed mail or webhook delivery; each further retry waits about twice as long. */
  FACTDESK_NOTIFY_RETRY_SECONDS: z.coerce.number().int().positive().default(30),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("Single sign-on"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Invalid environment:\n${problems.join("\n")}`);
    }
    cached = parsed.data;
  }
  return cached;
}
