import type { MetadataRoute } from "next";

/** The web app manifest: installable with the Factdesk icon, opening on the article list. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Factdesk",
    short_name: "Factdesk",
    description: "Claim fact-check workbench for newsroom teams",
    start_url: "/articles",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#1e40af",
    icons: [
      { src: "/favicon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
