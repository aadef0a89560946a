import { inject } from "vitest";

// Services under test use the process-wide Prisma client, which reads DATABASE_URL when first imported.
process.env.DATABASE_URL = inject("databaseUrl");
