import { extract } from "@/lib/domain/claims/extract";
import { readFileSync } from "node:fs";
const [lang, file] = process.argv.slice(2);
const text = readFileSync(file!, "utf8");
for (const u of extract(text, { language: lang as "de" | "en" }).units) console.log(JSON.stringify(u.entities.map((e) => [e.type, e.text])), JSON.stringify(u.claimant));
