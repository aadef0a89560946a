import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { extract, classifySentence } from "@/lib/domain/claims/extract";
import { claimbuster } from "./lib/claim-datasets";
const dir = process.argv[2]!; mkdirSync(dir, { recursive: true });
function csvPosts(file: string): string[] {
  const text = readFileSync(file, "utf8"); const posts: string[] = []; let field = ""; let quoted = false; let column = 0;
  for (let i = text.indexOf("\n") + 1; i < text.length; i++) { const char = text[i]!;
    if (quoted) { if (char === '"' && text[i + 1] === '"') (field += '"'), i++; else if (char === '"') quoted = false; else field += char; }
    else if (char === '"') quoted = true; else if (char === ",") { if (column === 0) posts.push(field); column++; field = ""; } else if (char === "\n") { column = 0; field = ""; } else field += char; }
  return posts;
}
for (const [lang, file] of [["de", "train-deu.csv"], ["en", "dev-eng.csv"]] as const) {
  const text = csvPosts(`/work/shared/eval/checkthat2025-claimnorm/${file}`).join("\n\n");
  writeFileSync(`${dir}/cn-${lang}`, extract(text, { language: lang }).units.map((u) => JSON.stringify([text.slice(u.start, u.end), u.kind, u.checkworthiness, u.claimant?.text ?? null, u.suggestedWording])).join("\n"));
}
for (const [lang, folder, splits] of [["de", "german", ["dev_de", "dev_test_de", "train_de"]], ["en", "english", ["dev_en", "dev_test_en", "train_en"]]] as const) {
  const out: string[] = [];
  for (const split of splits) for (const s of readFileSync(`/work/shared/eval/checkthat2025-subjectivity/${folder}/${split}.tsv`, "utf8").split("\n").slice(1).filter(Boolean).map((l) => l.split("\t")[1]!)) {
    const u = classifySentence(s, { language: lang }); out.push(JSON.stringify([s, u.kind, u.checkworthiness, u.subjective, u.claimant?.text ?? null, u.suggestedWording]));
  }
  writeFileSync(`${dir}/subj-${lang}`, out.join("\n"));
}
writeFileSync(`${dir}/cb`, claimbuster("train").map((r) => { const u = classifySentence(r.text, { language: "en" }); return JSON.stringify([r.text, u.kind, u.checkworthiness, u.claimant?.text ?? null, u.suggestedWording]); }).join("\n"));
