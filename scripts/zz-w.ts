import { extract } from "@/lib/domain/claims/extract";
import { readFileSync } from "node:fs";
const [lang, file, date] = process.argv.slice(2);
const text = readFileSync(file!, "utf8");
for (const u of extract(text, { language: lang as "de" | "en", articleDate: date ? new Date(date) : null }).units)
  console.log(`${u.kind} ${u.checkworthiness.toFixed(2)} ${u.checkworthy ? "CW" : "--"} | ${text.slice(u.start, u.end).replace(/\n/g, "⏎")}\n   claimant=${u.claimant?.text ?? "-"} | wording=${u.suggestedWording}\n   reasons=${u.reasons.join("; ")}`);
