// `npm run db:migrate`: apply pending migrations (to DATABASE_URL, or the embedded database).
import { prepareDatabase } from "./lib/prepare-database";

const database = await prepareDatabase();
await database.stop();
