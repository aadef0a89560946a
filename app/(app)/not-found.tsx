import { NotFoundNotice } from "@/components/shell/not-found-notice";
import { getCurrentActor } from "@/lib/server/auth/current-actor";

// An unknown article or claim inside the app: the (app) layout already draws the header around this (the root
// not-found page drew it a second time: UI walk of stop 46).
export default async function AppNotFound() {
  const signedIn = Boolean(await getCurrentActor().catch(() => null));
  return <NotFoundNotice signedIn={signedIn} />;
}
