import { NotFoundNotice } from "@/components/shell/not-found-notice";
import { SignedInFrame } from "@/components/shell/signed-in-frame";
import { getCurrentActor } from "@/lib/server/auth/current-actor";

// An address outside the app's pages: a member keeps the app's header and navigation; anyone else gets the page alone.
export default async function NotFound() {
  const signedIn = Boolean(await getCurrentActor().catch(() => null));
  const notice = <NotFoundNotice signedIn={signedIn} />;
  return signedIn ? <SignedInFrame>{notice}</SignedInFrame> : <main className="mx-auto max-w-xl p-6">{notice}</main>;
}
