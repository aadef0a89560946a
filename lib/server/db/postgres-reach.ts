import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";

// PostgreSQL refuses to run as root, so as root the embedded server runs as the system user
// `postgres`, which must be able to enter every folder above its binaries and its data. A checkout
// under /root or in a `mktemp -d` folder (mode 0700) is not: initdb would die with a bare EACCES.

interface Runner {
  uid: number;
  gids: number[];
}

/** Who will run PostgreSQL: `postgres` when we are root (not yet created: a stranger), else we ourselves. */
export function postgresRunner(): Runner & { name: string } {
  if (process.getuid?.() !== 0) return { name: "this user", uid: process.getuid?.() ?? -1, gids: process.getgroups?.() ?? [] };
  try {
    const id = (flag: string) => execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return { name: 'the system user "postgres"', uid: Number(id("-u")), gids: id("-G").split(/\s+/).map(Number) };
  } catch {
    return { name: 'the system user "postgres"', uid: -1, gids: [] };
  }
}

function mayEnter(folder: string, runner: Runner): boolean {
  const { mode, uid, gid } = statSync(folder);
  if (runner.uid === 0) return true;
  if (uid === runner.uid) return (mode & 0o100) !== 0;
  if (runner.gids.includes(gid)) return (mode & 0o010) !== 0;
  return (mode & 0o001) !== 0;
}

/** The first existing folder on the way to `target` (included) that `runner` may not enter, or null. */
export function unreachableFolder(target: string, runner: Runner = postgresRunner()): string | null {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  for (let depth = 0; depth <= parts.length; depth++) {
    const folder = path.sep + parts.slice(0, depth).join(path.sep);
    let entered: boolean;
    try {
      entered = mayEnter(folder, runner);
    } catch {
      return null; // the rest does not exist yet; it is created by us, enterable
    }
    if (!entered) return folder;
  }
  return null;
}

export class PostgresUnreachableError extends Error {}

/** Throws one sentence that says why and what to do when PostgreSQL could not reach `folders`. */
export function assertPostgresCanReach(folders: string[]): void {
  const runner = postgresRunner();
  for (const folder of folders) {
    const blocked = unreachableFolder(folder, runner);
    if (!blocked) continue;
    const asRoot = process.getuid?.() === 0;
    throw new PostgresUnreachableError(
      asRoot
        ? `The embedded PostgreSQL runs as ${runner.name} when Factdesk is started as root, and that user may not enter ${blocked}: ` +
            "start Factdesk as a regular user, put the checkout and FACTDESK_DATA_DIR in folders every user may enter (for example under /srv), " +
            "or set DATABASE_URL to a PostgreSQL of your own."
        : `The embedded PostgreSQL may not enter ${blocked}: set FACTDESK_DATA_DIR to a folder this user may write to, or set DATABASE_URL to a PostgreSQL of your own.`,
    );
  }
}
