import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/server/env";

// Outgoing mail over SMTP (SMTP_URL, e.g. smtps://user:pass@mail.example.org); unset, mail is off and
// the UI says so. One pooled transport per instance.

const state = globalThis as typeof globalThis & { factdeskMailer?: Transporter };

export const mailEnabled = (): boolean => Boolean(env().SMTP_URL);

export function mailer(): Transporter {
  state.factdeskMailer ??= nodemailer.createTransport(env().SMTP_URL!, { from: env().SMTP_FROM });
  return state.factdeskMailer;
}
