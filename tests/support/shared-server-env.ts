/**
 * The worker time limit of the suite's app servers. Worker threads run at a lower priority (nice 10):
 * with other processes keeping both cores busy they get about a tenth of a core, and reading a 64 MB
 * file once took over the default 30 s. In the suite the limit only catches a hang; known-fact-checks
 * tests the limit itself on a server of its own.
 */
export const SUITE_WORKER_TIMEOUT_MS = "180000";

/**
 * The settings of the suite's shared app server that decide how it works jobs. A second instance on
 * the shared database (keep-alive) takes jobs from the same queue, so it needs the same ones: with
 * production rules it once refused another test's local page as "a private network" address.
 */
export function sharedServerJobEnv(smtpPort: number): Record<string, string> {
  return {
    // URL import tests fetch pages from a server on this machine.
    FACTDESK_ALLOW_PRIVATE_FETCH: "true",
    // Mail is on; while no test listens, sending fails and is retried in the background, never failing an action.
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    SMTP_FROM: "Factdesk Test <factdesk@test.factdesk>",
    // Mail and webhook retries after 1 s, 2 s, 4 s… so retry tests take seconds.
    FACTDESK_NOTIFY_RETRY_SECONDS: "1",
    FACTDESK_WORKER_TIMEOUT_MS: SUITE_WORKER_TIMEOUT_MS,
  };
}
