import { request } from "node:http";

export interface LoadTally {
  /** Answers received in full, by status. */
  answered: Map<number, number>;
  /** Requests the server never started to answer (refused or reset before any byte), by error code. */
  refused: Map<string, number>;
  /** Answers that began (a status line came) but broke off: what a clean shutdown must never cause. */
  cutOff: string[];
}

const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** One GET on a connection of its own (no keep-alive), telling a refused request from a cut-off answer. */
function getOnce(url: string, headers: Record<string, string>, tally: LoadTally): Promise<void> {
  return new Promise((resolve) => {
    const req = request(url, { headers, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => {
        try {
          JSON.parse(body);
          count(tally.answered, res.statusCode ?? 0);
        } catch {
          tally.cutOff.push(`${res.statusCode}: ${body.length} bytes of unparsable JSON`);
        }
        resolve();
      });
      res.on("error", (error) => (tally.cutOff.push(`${res.statusCode}: ${error.message}`), resolve()));
      res.on("aborted", () => (tally.cutOff.push(`${res.statusCode}: aborted`), resolve()));
    });
    req.on("error", (error: NodeJS.ErrnoException) => (count(tally.refused, error.code ?? error.message), resolve()));
    req.end();
  });
}

/** `clients` loops of GET `url` while `running()` says so; resolves with what each request met. */
export async function keepRequesting(url: string, headers: Record<string, string>, clients: number, running: () => boolean): Promise<LoadTally> {
  const tally: LoadTally = { answered: new Map(), refused: new Map(), cutOff: [] };
  await Promise.all(Array.from({ length: clients }, async () => {
    while (running()) {
      await getOnce(url, headers, tally);
      if (tally.refused.size) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }));
  return tally;
}
