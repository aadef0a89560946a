import "server-only";
import pg from "pg";
import { onShutdown } from "@/lib/server/lifecycle/shutdown";
import { CHANGE_CHANNEL, type AccessChange, type Change } from "./channel";

// Live updates across app instances: every recorded change is announced with PostgreSQL NOTIFY in
// the change's own transaction (so only committed changes are announced), and each app process keeps
// one LISTEN connection that fans the announcements out to its open event streams.


type Listener = (change: Change) => void;
type AccessListener = (change: AccessChange) => void;

const state = globalThis as typeof globalThis & { factdeskFeed?: ChangeFeed };

class ChangeFeed {
  private readonly listeners = new Set<Listener>();
  private readonly accessListeners = new Set<AccessListener>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  /** Set when the instance shuts down: the LISTEN connection is closed and never replaced. */
  private closed = false;

  constructor() {
    onShutdown("drained", "live change feed", () => this.close());
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    void this.connect();
    return () => this.listeners.delete(listener);
  }

  /** Open event streams in this process (each subscribes once): a metrics gauge. */
  get streamCount(): number {
    return this.listeners.size;
  }

  /** Resolves once this process is listening (or has tried to), so nothing announced after it is missed. */
  ready(): Promise<void> {
    return this.connect();
  }

  /** Access changes (see AccessChange); used by streams to end themselves when their caller loses access. */
  subscribeAccess(listener: AccessListener): () => void {
    this.accessListeners.add(listener);
    void this.connect();
    return () => this.accessListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connecting;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private connect(): Promise<void> {
    if (this.closed || this.client || this.connecting) return this.connecting ?? Promise.resolve();
    this.connecting = (async () => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      client.on("notification", (message) => this.dispatch(message.payload));
      // A dropped connection is replaced on the next subscription or after a pause.
      client.on("error", () => this.reset(client));
      client.on("end", () => this.reset(client));
      try {
        await client.connect();
        await client.query(`LISTEN ${CHANGE_CHANNEL}`);
        this.client = client;
      } catch {
        await client.end().catch(() => {});
        setTimeout(() => this.listeners.size + this.accessListeners.size && void this.connect(), 2000);
      } finally {
        this.connecting = null;
      }
    })();
    return this.connecting;
  }

  private reset(client: pg.Client) {
    if (this.client !== client) return;
    this.client = null;
    setTimeout(() => this.listeners.size + this.accessListeners.size && void this.connect(), 1000);
  }

  private dispatch(payload: string | undefined) {
    if (!payload) return;
    let change: Change | AccessChange;
    try {
      change = JSON.parse(payload) as Change | AccessChange;
    } catch {
      return;
    }
    if ("kind" in change && change.kind === "access") {
      for (const listener of this.accessListeners) listener(change);
      return;
    }
    for (const listener of this.listeners) listener(change as Change);
  }
}

export const changeFeed: ChangeFeed = (state.factdeskFeed ??= new ChangeFeed());
