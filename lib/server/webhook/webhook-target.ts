import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";
import { AppError } from "@/lib/server/errors";
import { isPublicAddress } from "@/lib/server/import/safe-fetch";

const PRIVATE = "Webhooks go only to public https addresses; this one points into a private network.";

/**
 * Refuses a webhook address whose host is, or resolves to, a private, loopback or link-local address,
 * when the webhook is registered (each delivery checks again when it connects, since DNS can change).
 */
export async function refusePrivateWebhookTarget(url: string, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = ipaddr.isValid(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  } catch {
    throw new AppError("INVALID_INPUT", "The webhook's host could not be found.", [{ field: "url", message: "Check the address: its host could not be found." }]);
  }
  if (addresses.length === 0 || !addresses.every(isPublicAddress)) {
    throw new AppError("INVALID_INPUT", PRIVATE, [{ field: "url", message: PRIVATE }]);
  }
}
