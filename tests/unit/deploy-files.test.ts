import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// The container files cannot be built or started on the machines these tests run on (no image
// registry), so this holds what they promise: non-root, production-only, health checks, two
// replicas on one PostgreSQL behind a proxy, secrets only from the environment, telemetry off.

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

interface Service {
  image?: string;
  build?: unknown;
  environment?: string[] | Record<string, string>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
}

describe("compose.yaml", () => {
  const compose = parse(read("compose.yaml"), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
  const env = (service: Service) =>
    Array.isArray(service.environment) ? service.environment : Object.entries(service.environment ?? {}).map(([key, value]) => `${key}=${value}`);

  it("runs the official PostgreSQL image with a health check and a data volume", () => {
    const db = compose.services.db!;
    expect(db.image).toMatch(/^postgres:\d+$/);
    expect(db.healthcheck?.test.join(" ")).toContain("pg_isready");
    expect(db.volumes).toContain("db-data:/var/lib/postgresql");
  });

  it("runs two app replicas on that database, ready-checked, trusting only the proxy's forwarding header", () => {
    for (const name of ["app-1", "app-2"]) {
      const app = compose.services[name]!;
      expect(app.build).toBeTruthy();
      expect(app.healthcheck?.test.join(" ")).toContain("/api/ready");
      expect(env(app)).toContain("FACTDESK_TRUST_PROXY=true");
      expect(env(app).find((line) => line.startsWith("DATABASE_URL="))).toMatch(/@db:5432\//);
      expect(app.depends_on).toMatchObject({ db: { condition: "service_healthy" }, setup: { condition: "service_completed_successfully" } });
      expect(app.volumes).toContain("backups:/app/.data/backups");
    }
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(["db-data", "backups"]));
  });

  it("takes every secret from the environment and refuses to start without one", () => {
    const text = read("compose.yaml");
    for (const secret of ["POSTGRES_PASSWORD", "NEXTAUTH_SECRET", "FACTDESK_DEMO_PASSWORD"]) expect(text).toContain(`\${${secret}:?`);
    for (const service of Object.values(compose.services)) {
      for (const line of env(service)) {
        const [key, value = ""] = line.split(/=(.*)/s);
        if (/PASSWORD|SECRET|TOKEN/.test(key!)) expect(value === "" || value.startsWith("${")).toBe(true);
      }
    }
  });

  it("puts a reverse proxy in front of both replicas that routes only to ready ones", () => {
    const proxy = compose.services.proxy!;
    expect(proxy.image).toMatch(/^caddy:/);
    expect(proxy.volumes).toContain("./deploy/Caddyfile:/etc/caddy/Caddyfile:ro");
    const caddyfile = read("deploy/Caddyfile");
    expect(caddyfile).toMatch(/reverse_proxy app-1:3000 app-2:3000/);
    expect(caddyfile).toContain("health_uri /api/ready");
    expect(caddyfile).toContain("respond /api/metrics 404");
    // The proxy compresses everything but the event stream, so the apps need not.
    expect(caddyfile).toContain("@compressible not path /api/v1/events");
    expect(caddyfile).toContain("encode @compressible zstd gzip");
    expect(read("compose.yaml")).toContain("- FACTDESK_COMPRESS=false");
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const runtime = stages.at(-1)!;

  it("builds in one stage and runs from another, on a pinned Node 20 image", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(/^node:20\.\d+-bookworm-slim AS \w+/);
    expect(stages[0]).toMatch(/npm ci/);
    expect(stages[0]).toMatch(/npm run build/);
    expect(stages[0]).toMatch(/npm prune --omit=dev/);
    expect(dockerfile).not.toMatch(/npm install/);
  });

  it("runs as a non-root user with telemetry off and a health check on /api/health", () => {
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).not.toMatch(/^USER root/m);
    expect(runtime).toMatch(/NEXT_TELEMETRY_DISABLED=1/);
    expect(runtime).toMatch(/NODE_ENV=production/);
    expect(runtime).toMatch(/^HEALTHCHECK .*\n.*\/api\/health/m);
    expect(runtime).toMatch(/^CMD \["node", "scripts\/serve\.mjs"/m);
  });

  it("leaves local installs, builds, data and secrets out of the build context", () => {
    const ignored = read(".dockerignore").split("\n");
    for (const entry of ["node_modules", ".next", ".data", ".env*", ".git"]) expect(ignored).toContain(entry);
  });
});

describe("reproducible installs and no telemetry", () => {
  it("installs with npm ci in CI", () => {
    expect(read(".ci/run")).toMatch(/^npm ci && npm test$/m);
  });

  it("turns Next.js telemetry off wherever Next.js runs", () => {
    const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;
    for (const [name, line] of Object.entries(scripts)) {
      if (/(^|\s)next\s/.test(line)) expect(line, name).toContain("NEXT_TELEMETRY_DISABLED=1");
    }
    expect(read("scripts/serve.mjs")).toContain('process.env.NEXT_TELEMETRY_DISABLED = "1"');
    expect(read("scripts/lib/build-if-stale.ts")).toContain('NEXT_TELEMETRY_DISABLED: "1"');
    expect(read("scripts/start.ts")).toContain('NEXT_TELEMETRY_DISABLED: "1"');
  });
});
