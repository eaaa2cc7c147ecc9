/** The key of the deep link in the page's hash: `#dcr-facility=<id>`. */
export const FACILITY_HASH_KEY = 'dcr-facility';

/** The facility id in a hash such as "#dcr-facility=ch-zurich-1" (other `&`-separated keys allowed), or null. */
export function facilityIdFromHash(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const pair of body.split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq) !== FACILITY_HASH_KEY) continue;
    try {
      const id = decodeURIComponent(pair.slice(eq + 1));
      return id || null;
    } catch {
      return null;
    }
  }
  return null;
}

/** `href` with its hash replaced by the deep link to facility `id`. */
export function facilityLink(id: string, href: string): string {
  const url = new URL(href);
  url.hash = `${FACILITY_HASH_KEY}=${encodeURIComponent(id)}`;
  return url.href;
}
