import { domainToUnicode } from "node:url";

/**
 * An outlet name from an article URL's host when the importer named none ("www.spiegel.de" → "spiegel.de"), as people
 * write it: "xn--bcher-kva.de" is "bücher.de" and "spiegel.de." is "spiegel.de" (hostile probe of stop 36: each had
 * made an outlet of its own beside the typed name).
 */
export function outletDomainFromUrl(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/\.$/, "");
    const readable = domainToUnicode(host) || host;
    return readable.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
