-- AlterTable
ALTER TABLE "RatingLevel" ADD COLUMN     "descriptionDe" TEXT NOT NULL DEFAULT '';

-- Levels made from the presets get their German description, so German pages and PDFs stop showing
-- German labels with English descriptions. A level counts as the preset level only while the team
-- left it unchanged: same key and the English description of the preset (PolitiFact and CORRECTIV
-- had no descriptions: same key, both labels, and no description yet). Levels a team wrote itself
-- keep what it typed. (The texts hold no semicolon or apostrophe: the migration runner splits on them.)
-- Factdesk default
UPDATE "RatingLevel" SET "descriptionDe" = 'Zutreffend, es fehlt nichts Wesentliches.' WHERE "key" = 'true' AND "description" = 'Accurate, nothing significant missing.' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "descriptionDe" = 'Zutreffend, braucht aber eine Einordnung.' WHERE "key" = 'mostly-true' AND "description" = 'Accurate but needs clarification.' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "descriptionDe" = 'Zum Teil zutreffend, zum Teil nicht.' WHERE "key" = 'mixed' AND "description" = 'Partly accurate, partly not.' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "descriptionDe" = 'Ein wahrer Kern, insgesamt aber irreführend.' WHERE "key" = 'mostly-false' AND "description" = 'A grain of truth, but misleading overall.' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "descriptionDe" = 'Nicht zutreffend.' WHERE "key" = 'false' AND "description" = 'Not accurate.' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "descriptionDe" = 'Zutreffende Fakten, so dargestellt, dass sie etwas Falsches nahelegen.' WHERE "key" = 'misleading' AND "description" = 'Accurate facts presented to suggest something untrue.' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "descriptionDe" = 'Bisher gibt es weder Belege dafür noch dagegen.' WHERE "key" = 'unproven' AND "description" = 'No evidence either way yet.' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "descriptionDe" = 'Meinung, Prognose oder sonst keine überprüfbare Tatsachenbehauptung.' WHERE "key" = 'not-checkable' AND "description" = 'Opinion, prediction or otherwise not a checkable fact.' AND "descriptionDe" = '';
-- PolitiFact Truth-O-Meter
UPDATE "RatingLevel" SET "description" = 'Accurate, and nothing important is left out.', "descriptionDe" = 'Zutreffend, und nichts Wichtiges fehlt.' WHERE "key" = 'true' AND "labelEn" = 'True' AND "labelDe" = 'Wahr' AND "description" = '' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "description" = 'Accurate, but it needs context or further details.', "descriptionDe" = 'Zutreffend, braucht aber eine Einordnung oder weitere Angaben.' WHERE "key" = 'mostly-true' AND "labelEn" = 'Mostly True' AND "labelDe" = 'Größtenteils wahr' AND "description" = '' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "description" = 'Partly accurate, but important details are missing or the context is distorted.', "descriptionDe" = 'Zum Teil zutreffend, lässt aber Wichtiges weg oder reißt Dinge aus dem Zusammenhang.' WHERE "key" = 'half-true' AND "labelEn" = 'Half True' AND "labelDe" = 'Halb wahr' AND "description" = '' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "description" = 'A kernel of truth, but facts that would change the picture are ignored.', "descriptionDe" = 'Enthält einen wahren Kern, übergeht aber Fakten, die ein anderes Bild ergäben.' WHERE "key" = 'mostly-false' AND "labelEn" = 'Mostly False' AND "labelDe" = 'Größtenteils falsch' AND "description" = '' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "description" = 'Not accurate.', "descriptionDe" = 'Nicht zutreffend.' WHERE "key" = 'false' AND "labelEn" = 'False' AND "labelDe" = 'Falsch' AND "description" = '' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "description" = 'False, and absurd on its face.', "descriptionDe" = 'Falsch und offensichtlich abwegig.' WHERE "key" = 'pants-on-fire' AND "labelEn" = 'Pants on Fire' AND "labelDe" = 'Frei erfunden' AND "description" = '' AND "descriptionDe" = '';
-- CORRECTIV.Faktencheck
UPDATE "RatingLevel" SET "description" = 'The claim is correct.', "descriptionDe" = 'Die Behauptung stimmt.' WHERE "key" = 'richtig' AND "labelEn" = 'Correct' AND "labelDe" = 'Richtig' AND "description" = '' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "description" = 'Mostly correct, but a detail is wrong or missing.', "descriptionDe" = 'Stimmt größtenteils, nur ein Detail ist falsch oder fehlt.' WHERE "key" = 'groesstenteils-richtig' AND "labelEn" = 'Mostly correct' AND "labelDe" = 'Größtenteils richtig' AND "description" = '' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "description" = 'Partly correct, partly false.', "descriptionDe" = 'Stimmt zum Teil, ist zum Teil falsch.' WHERE "key" = 'teilweise-falsch' AND "labelEn" = 'Partly false' AND "labelDe" = 'Teilweise falsch' AND "description" = '' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "description" = 'Correct facts, but context is missing that changes their meaning.', "descriptionDe" = 'Zutreffende Fakten, aber es fehlt Kontext, der ihre Bedeutung ändert.' WHERE "key" = 'fehlender-kontext' AND "labelEn" = 'Missing context' AND "labelDe" = 'Fehlender Kontext' AND "description" = '' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "description" = 'There is no evidence for the claim so far.', "descriptionDe" = 'Für die Behauptung gibt es bisher keine Belege.' WHERE "key" = 'unbelegt' AND "labelEn" = 'Unproven' AND "labelDe" = 'Unbelegt' AND "description" = '' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "description" = 'Mostly false, at most a detail is correct.', "descriptionDe" = 'Größtenteils falsch, höchstens ein Detail stimmt.' WHERE "key" = 'groesstenteils-falsch' AND "labelEn" = 'Mostly false' AND "labelDe" = 'Größtenteils falsch' AND "description" = '' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "description" = 'The claim is false.', "descriptionDe" = 'Die Behauptung ist falsch.' WHERE "key" = 'falsch' AND "labelEn" = 'False' AND "labelDe" = 'Falsch' AND "description" = '' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "description" = 'Content was altered or put in a false context to deceive.', "descriptionDe" = 'Inhalte wurden verändert oder in einen falschen Zusammenhang gestellt, um zu täuschen.' WHERE "key" = 'manipuliert' AND "labelEn" = 'Manipulated' AND "labelDe" = 'Manipuliert' AND "description" = '' AND "descriptionDe" = '';
UPDATE "RatingLevel" SET "description" = 'The claim is made up, with no basis at all.', "descriptionDe" = 'Die Behauptung ist frei erfunden und ohne jede Grundlage.' WHERE "key" = 'frei-erfunden' AND "labelEn" = 'Fabricated' AND "labelDe" = 'Frei erfunden' AND "description" = '' AND "descriptionDe" = '';
