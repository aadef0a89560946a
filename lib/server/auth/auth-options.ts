import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { sameOriginPath } from "@/lib/domain/http/same-origin-path";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { localeFromHeaders } from "@/lib/i18n/locales";
import { localizeMessage } from "@/lib/i18n/server-messages";
import { clientAddress } from "@/lib/server/http/client-address";
import { endSessions } from "./end-sessions";
import { oidcProvider } from "./oidc-provider";
import { verifyCredentials } from "./verify-credentials";

// JWT sessions carry only the user id and session version; everything else (role, team, disabled)
// is read from the database on each request by loadSessionActor.

export function authOptions(): NextAuthOptions {
  const oidc = oidcProvider();
  return {
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          try {
            const user = await verifyCredentials(credentials, clientAddress(req.headers ?? {}));
            return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
          } catch (error) {
            // next-auth hands the message to the sign-in form; never leak anything but AppError text, in
            // the language the sign-in page was in (it was English on the German page: walk of stop 29).
            const message = error instanceof AppError ? error.message : "Sign-in failed. Try again.";
            throw new Error(localizeMessage(message, localeFromHeaders((req.headers ?? {}) as Record<string, string>)));
          }
        },
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      // next-auth's default accepts any string starting with "/"; judge the parsed URL instead.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${sameOriginPath(url, baseUrl, "/articles")}`;
      },
      async signIn({ user, account }) {
        if (account?.provider === "credentials") return true;
        // Single sign-on only admits people a team admin already added.
        const known = user.email
          ? await db.user.findUnique({
              where: { email: user.email.toLowerCase() },
              include: { memberships: { where: { disabledAt: null } } },
            })
          : null;
        return Boolean(known && !known.disabledAt && known.memberships.length > 0);
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          const stored = await db.user.findUnique({ where: { email: (user.email ?? "").toLowerCase() } });
          if (stored) {
            token.uid = stored.id;
            token.sv = stored.sessionVersion;
          }
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: token.uid, sv: token.sv };
      },
    },
    events: {
      // Sign-out ends the session server-side too: a copy of the cookie must not keep working.
      async signOut({ token }) {
        if (typeof token?.uid === "string" && typeof token.sv === "number") {
          await db.$transaction((tx) => endSessions(tx, token.uid as string, token.sv));
        }
      },
    },
    secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET,
    logger: {
      error: (code, metadata) => {
        if (code !== "CLIENT_FETCH_ERROR") console.error(`[auth] ${code}`, metadata instanceof Error ? metadata.message : "");
      },
      warn: () => {},
      debug: () => {},
    },
  };
}

