/** An outlet name from an article URL's host when the importer named none ("www.spiegel.de" → "spiegel.de"). */
export function outletDomainFromUrl(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
