# syntax=docker/dockerfile:1
# Factdesk production image: scripts/serve.mjs over a baked-in production build, as a non-root user.
# Build: docker build -t factdesk .   Run: see compose.yaml (PostgreSQL, two replicas, Caddy).

# ── build: every dependency, the Prisma client, the Next.js build and the worker bundle ──────────
FROM node:20.19-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The sources come first: npm's postinstall generates the Prisma client through scripts/ and lib/.
COPY . .
RUN npm ci \
 && npm run build \
 && npm prune --omit=dev \
 && rm -rf .next/cache

# ── runtime: production dependencies and the build only ──────────────────────────────────────────
FROM node:20.19-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000
COPY --from=build /app /app
# The only places the app writes: Next.js's cache and the backups folder (a volume in compose.yaml).
RUN mkdir -p .next/cache .data/backups && chown -R node:node .next/cache .data
USER node
EXPOSE 3000
# Liveness only (the process answers); load balancers should ask /api/ready.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "scripts/serve.mjs", "-H", "0.0.0.0"]
