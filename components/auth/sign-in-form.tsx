"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { sameOriginPath } from "@/lib/domain/http/same-origin-path";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

interface Props {
  callbackUrl: string;
  initialError?: string;
  sso: string | null;
  /** The address to start with (after an accepted invitation): the password gets the focus then. */
  email?: string;
}

export function SignInForm({ callbackUrl, initialError, sso, email }: Props) {
  const t = useTranslations("signIn");
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    const element = event.currentTarget;
    const form = new FormData(element);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // A full navigation, so the server renders the shell with the new session and language.
      window.location.assign(sameOriginPath(callbackUrl, window.location.origin, "/articles"));
      return;
    }
    setPending(false);
    setError(result?.error && result.error !== "CredentialsSignin" ? result.error : t("failed"));
    // The refused password is cleared and focused for the next try; the address stays (walk of stop 44).
    const password = element.elements.namedItem("password");
    if (password instanceof HTMLInputElement) {
      password.value = "";
      password.focus();
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <Field id="email" label={t("email")}>
        <Input id="email" name="email" type="email" autoComplete="username" required autoFocus={!email} defaultValue={email} />
      </Field>
      <Field id="password" label={t("password")}>
        <Input id="password" name="password" type="password" autoComplete="current-password" required autoFocus={Boolean(email)} />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
      {sso && (
        <>
          <p className="text-center text-xs uppercase text-slate-500">{t("or")}</p>
          <Button variant="secondary" className="w-full" onClick={() => signIn("oidc", { callbackUrl })}>
            {t("sso", { name: sso })}
          </Button>
        </>
      )}
    </form>
  );
}
