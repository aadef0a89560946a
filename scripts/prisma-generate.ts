// npm postinstall: generate the Prisma client into lib/server/db/generated.
import { generatePrismaClient } from "./lib/prisma-client";

generatePrismaClient();
