import { startEmbeddedPostgres } from "./embedded-postgres";

export interface ProvidedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when it is set; otherwise the embedded PostgreSQL in `dataDir`, started now. */
export async function provideDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  log?: (line: string) => void;
}): Promise<ProvidedDatabase> {
  if (options.databaseUrl) return { url: options.databaseUrl, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres(`${options.dataDir}/postgres`, options.log);
  await server.createDatabase("factdesk");
  return { url: server.connectionString("factdesk"), embedded: true, stop: () => server.stop() };
}
