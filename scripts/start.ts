// `npm start`: database (embedded unless DATABASE_URL), migrations, first-start seed, production
// build when missing or stale, then the production server (scripts/serve.mjs) on PORT (default 3000).
import { spawn } from "node:child_process";
import { authSecret } from "./lib/auth-secret";
import { buildIfStale, nextBin, serveScript } from "./lib/build-if-stale";
import { buildWorkers } from "./lib/build-workers";
import { seedAndExplain } from "./lib/demo-seed";
import { ensurePrismaClient } from "./lib/prisma-client";
import { prepareDatabase, root, stopOnSignals } from "./lib/prepare-database";

const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";
const appUrl = process.env.NEXTAUTH_URL || `http://localhost:${port}`;

ensurePrismaClient();
const database = await prepareDatabase().catch((error: Error) => {
  console.error(`✖ ${error.message}`);
  process.exit(1);
});
if (dev) buildWorkers();
else buildIfStale();
await seedAndExplain(database.url, appUrl);

// Production runs scripts/serve.mjs (Next.js plus the socket address for rate limits); `next dev`
// has no such layer, so in development every client shares one sign-in rate-limit address.
const server = spawn(process.execPath, dev ? [nextBin(), "dev", "-p", port] : [serveScript(), "-p", port], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: appUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: port,
  },
});
stopOnSignals(database, async () => {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
});
server.on("exit", async (code) => {
  await database.stop().catch(() => {});
  process.exit(code ?? 0);
});
