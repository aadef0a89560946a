import type { MetadataRoute } from "next";

/**
 * Only published fact-checks (`/r/{token}`) may be crawled; everything else is the team's workspace.
 * A link shared with "noindex" says so on its page (meta robots), which robots.txt cannot know.
 */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/r/", disallow: "/" } };
}
