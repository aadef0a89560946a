// Next.js calls register() once when a server instance starts: this is where the instance joins the
// job queue and starts working bulk imports (its own and those another instance left unfinished).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { startWorkers } = await import("./lib/server/jobs/start-workers");
  await startWorkers().catch((error: Error) => console.error(`Job queue not started: ${error.message}`));
}
