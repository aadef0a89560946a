import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail["headers"];
  /** A header as sent (mailparser folds the List-* headers into `list`). */
  header: (name: string) => string | undefined;
}

/**
 * A real SMTP server on the port the app server sends to: every delivered message parsed and kept,
 * rejections on demand (to see the queue retry), and stop/start to take the mail server away.
 */
export function mailCatcher(port: number) {
  const mails: CaughtMail[] = [];
  let rejectNext = 0;
  let rejected = 0;
  let server: SMTPServer | null = null;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS", "AUTH"],
        logger: false,
        onData(stream, _session, callback) {
          if (rejectNext > 0) {
            rejectNext--;
            rejected++;
            stream.resume();
            return stream.on("end", () => callback(Object.assign(new Error("Try again later"), { responseCode: 451 })));
          }
          simpleParser(stream)
            .then((parsed) => {
              const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
              mails.push({ to: to?.value[0]?.address ?? "", subject: parsed.subject ?? "", text: parsed.text ?? "", html: typeof parsed.html === "string" ? parsed.html : "", headers: parsed.headers,
                header: (name) => parsed.headerLines.find((line) => line.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, "") });
              callback();
            })
            .catch(callback);
        },
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
  return {
    mails,
    start,
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
    rejectOnce: () => (rejectNext = 1),
    rejectedCount: () => rejected,
    /** The first mail to `to` that matches, waiting for it. */
    // 60 s: a hang guard, not a speed target. A mail right after the "mail server down" test once took
    // longer than 20 s (its retries back off 1, 2, 4 … s) on a quiet machine.
    async waitFor(to: string, match: (mail: CaughtMail) => boolean = () => true, timeoutMs = 60_000): Promise<CaughtMail> {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = mails.find((mail) => mail.to === to.toLowerCase() && match(mail));
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`No mail to ${to} within ${timeoutMs} ms (got: ${mails.map((mail) => `${mail.to}: ${mail.subject}`).join("; ")})`);
    },
  };
}
