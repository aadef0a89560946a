// `npm run db:setup`: what `npm start` does to the database, without starting a server — for a
// deployment's one-shot setup step (compose.yaml's `setup` service): migrations on DATABASE_URL,
// then the demo team and its admin, only if the database has no team yet.
import { seedAndExplain } from "./lib/demo-seed";
import { prepareDatabase } from "./lib/prepare-database";

if (!process.env.DATABASE_URL) {
  console.error("✖ Set DATABASE_URL to the PostgreSQL to set up (npm start sets up the embedded one by itself).");
  process.exit(1);
}
const database = await prepareDatabase().catch((error: Error) => {
  console.error(`✖ ${error.message}`);
  process.exit(1);
});
await seedAndExplain(database.url, process.env.NEXTAUTH_URL || "http://localhost");
