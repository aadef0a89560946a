import { Flag } from "./word-flags";
import { STAGE_DIRECTION } from "./stage-directions";

// Page furniture that is never a claim: related-link lines, comment and share lines, credits, bylines, date
// lines, contact lines of a press release, unsubscribe links (classify-unit.ts gives them the kind "boilerplate").

const MONTH_NAME =
  "Jan(?:uar|uary)?|Jänner|Feb(?:ruar|ruary)?|Mär(?:z)?|Mar(?:ch)?|Apr(?:il)?|Mai|May|Jun[ie]?|Jul[iy]?|Aug(?:ust)?|Sep(?:t|tember)?|O[ck]t(?:ober)?|Nov(?:ember)?|De[cz](?:ember)?";
const DAY_NAME = "Mon|Tue|Wed|Thu|Fri|Sat|Sun|Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
// "12. Februar 2025", "20 Jun 2024", "June 20, 2024", "26.03.2025", "2025-03-26".
const CALENDAR_DATE = `(?:\\d{1,2}\\.?\\s*(?:${MONTH_NAME})\\.?\\s+\\d{4}|(?:${MONTH_NAME})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`;

// Not anchored ("Die Polizei bittet Zeugen, sich … zu melden"): tried only where "itte", "Hinweise" or "nyone" occurs
// or "Zeugen" opens the unit.
// ("Zeugen werden gebeten, sich unter … zu melden": engine read of stop 44.)
const WITNESS_APPEAL = /\b(bittet|bitten)\b.{0,80}\b(Zeugen|Hinweise|Hinweisgeber)\b.{0,160}\b(zu melden|entgegen)\b|^Zeugen\b.{0,40}\b(gebeten|aufgerufen)\b.{0,160}\b(zu melden|zu wenden)\b|^Hinweise nimmt\b|^Anyone with information\b.{0,160}\b(call|contact)\b/i;

const NEWSLETTER_LINE = /\b(Newsletter|abonnieren|Abonnieren|subscribed?|Subscribe|Sign up|Jetzt anmelden)\b.{0,60}$/;
const PRIVACY_LINE = /\b(Cookies?|Datenschutz(erklärung)?|privacy policy|Impressum|All rights reserved|Alle Rechte vorbehalten)\b/i;

// Sentences that say nothing was said or where to look; they scan the sentence, so they run only where a word they
// need occurs (BOILERPLATE_MAY_MATCH), outside the anchored alternation every unit is tested with (flags "iu").
// Their words in a row, found in one linear scan (" not " alone is in every other sentence of a debate).
const NO_COMMENT_WORDS = /(?:not|n['’]t|declined to|refused to) (?:immediately )?(?:comment|respond|reply)/i;
const DID_NOT_SAY_WORDS = /(?:not|n['’]t) (?:say|disclose|reveal|specify|explain|give details of) (?:how|when|why|where|whether|which|what|who|if)\b/i;
const NO_COMMENT = /^([^.!?]|(?<=\b(Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gov|Sen|Rep))\.){0,100}\b(did not|didn['’]t|declined to|would not|wouldn['’]t|refused to) (immediately )?(comment|respond|reply)( to (a |an |our |repeated |multiple )?(\S+ )?(requests?|emails?|calls?|messages?|inquiry|inquiries|questions?)( for comment)?)?( on (the |this )?(matter|report|reports|allegations?|claims?|story|case|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?[.!]?$/iu;
const DID_NOT_SAY = /^([^.!?]|(?<=\b(Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gov|Sen|Rep))\.){0,80}\b(did not|didn['’]t|has not|have not|had not|would not) (say|disclose|reveal|specify|explain|give details of) (how|when|why|where|whether|which|what|who|if)\b[^.!?]{0,100}[.!]?$/iu;
const SEE_OUR_GRAPHIC = /^[^.!?]{0,80}\b(finden|sehen|lesen) Sie\b[^.!?]{0,40}\b(in unserer|in unserem|im|in der|auf unserer) (interaktiven |großen |eigenen )?(Grafik|Karte|Übersicht|Tabelle|Liveblog|Ticker|Newsblog|Dossier|Themenseite|Datenbank)\b[^.!?]{0,40}[.!]?$/iu;
const NOT_REACHED = /^[^.!?]{0,100}\b((war|waren) (für (eine |ein )?(Stellungnahme|Statement)|auf Anfrage) (zunächst |bislang |bisher |bis Redaktionsschluss )?nicht (zu )?erreich(en|bar)|(ließ|ließen) (eine |die |unsere )?Anfrage[^.!?]{0,40} unbeantwortet|(wollte|wollten) sich (dazu |auf Anfrage |zu [^.!?]{1,40} )?(zunächst |bislang )?nicht äußern)[^.!?]{0,40}[.!]?$/iu;
export const BOILERPLATE: RegExp[] = [
  // (And "Mehr zum Club:", "Mehr zur Wahl:": a teaser by its topic, engine read of stop 41.)
  /^(Weiterführend zum Thema|Mehr zum Thema|Lesen Sie auch|Lesen Sie mehr|Weiterlesen|Auch interessant|Das könnte Sie auch interessieren|Zum Thema|Mehr (?:zum|zur|vom|über) [A-Za-zÄÖÜäöüß-]{2,30}\s*:)/i,
  // "Kommentare (12)" is a comments section; "Kommentar: Die Bahn braucht …" is an opinion piece's headline.
  /^(Schreibe einen Kommentar|Kommentar schreiben|Kommentare?(?!\s*:)\b|Jetzt kommentieren)/i,
  /^(Read more|Related|Related articles?|More on this|Also read|Recommended|Leave a comment|Comments?|Join the conversation|Kommentare sind geschlossen|Die Kommentarfunktion)\b/i,
  // Newsletter and social lines ("Sign up for our free … newsletter and get …", "Follow Luis M. Carrasco on X: @LMCarrasco",
  // "Folgen Sie uns auch auf Instagram und WhatsApp"; engine read of stop 36).
  /^(Sign up|Subscribe|Melden Sie sich)\s+(for|to|now|here|zu|für|hier)\b/i,
  /^(Follow|Folgen Sie)\b.{0,80}\b(on|auf|bei)\s+(X|Twitter|Instagram|Facebook|Bluesky|Threads|LinkedIn|TikTok|YouTube|WhatsApp|Mastodon)\b/i,
  // "Follow our live transfer blog for all the latest news.", "Teilen Sie diesen Artikel" (engine read of stop 40).
  /^(Follow|Folgen Sie)\s+(our|unserem|unserer|dem|the)\s+(\S+\s+){0,3}(live ?blog|blog|live coverage|live updates|Liveticker|Live-Ticker|Newsblog|Ticker)\b.{0,60}$/i,
  /^(Teilen Sie (diesen|den) (Artikel|Beitrag)|Share this (article|story|page))\b.{0,40}$/i,
  NEWSLETTER_LINE,
  PRIVACY_LINE,
  /^(Teilen|Share|Drucken|Print|Tweet|Facebook|Twitter|WhatsApp|E-Mail|Email)(\s*[|·•/]\s*\w+)*\s*$/i,
  /^(Teilen|Share|Tweet)\s+(auf|on|via|per|by)\s+[\w-]+\s*$/i,
  /^((Artikel|Beitrag|Seite|this article|this story|article|story)\s+)?(teilen|share)(\s+(auf|on|via|per)\s+[\w-]+)?\s*$/i,
  /^(Foto|Bild|Photo|Photograph|Photo caption|Picture|Image|Illustration|Grafik|Video|Quelle|Source|Credit|Symbolbild|Archivbild)s?\s*:/i,
  // "(AP Photo/Seth Wenig)", "(Archivbild) © Boris Roessler/dpa" (engine read of stop 36).
  /^\((AP|AFP|Reuters|dpa|EPA|PA|Getty)?\s*(Photo|Foto|Bild)\s*\/[^()]{1,80}\)$/i,
  /^\(\w{1,20}\)\s*©/i,
  /^(©|\(c\)|Copyright)/i,
  // (And where the writer is: "By Tom Hollis at the Gtech Community Stadium", engine read of stop 47.)
  /^(Von|By)\s+\p{Lu}[\p{L}.-]+(\s+\p{Lu}[\p{L}.-]+){0,3}(\s*(,|and|und|&)\s*\p{Lu}[\p{L}.-]+(\s+\p{Lu}[\p{L}.-]+){0,3})*(\s*[,|]\s*.{0,40}|\s+(at|in|from|aus|im|in der)\s+(the\s+)?\p{Lu}[^.!?]{1,60})?$/u,
  /^(Stand|Aktualisiert|Updated|Published|Veröffentlicht)\s*:?\s*(am\s+|on\s+)?((Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+|(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+(den\s+)?)?\d/i,
  // A broadcaster's and an agency's page furniture ("Dieses Thema im Programm: …", "Our Standards: …"), and an interview's close.
  /^(Dieses Thema im Programm|Our Standards|Unsere Standards|Mehr zu diesem Thema|Sendung|Programmhinweis|Watch|Listen|Podcast|Hören Sie|Sehen Sie)\s*:/i,
  // "Über dieses Thema berichtete tagesschau24 am …", share lines with their networks ("Teilen auf: Facebook | X | WhatsApp").
  /^(Über dieses Thema berichtete|Darüber berichtete|This story was first published)\b/i,
  // "This report by The Canadian Press was first published Nov. 4, 2025."; "Hinweis: Dieser Ticker wird laufend aktualisiert."
  /^This (report|story|article)( by [^.]{1,50}?)? was (first |originally )?published\b/i,
  /^(Hinweis:\s*)?(Dieser|Der) (Live-?[Tt]icker|Ticker|Newsblog|Liveblog|Artikel|Beitrag) wird (laufend|fortlaufend|regelmäßig|ständig) aktualisiert/i,
  /^Bei (Rückfragen|Fragen) wenden Sie sich\b/i,
  /^(Teilen|Share|Teilen auf|Share on|Share this)\s*:\s*[\w-]+(\s*[|·•/,]\s*[\w-]+)*\s*$/i,
  /^(?:[^\s:]{1,30}:\s*)?(?:(?:Herr|Frau)\s+[^,.;]{1,40},\s+)?(?:vielen\s+)?Dank für (?:das|dieses) (?:Gespräch|Interview)[.!]?$/i,
  /^(?:Das|Dieses) (?:Gespräch|Interview) (?:wurde|ist) (?:schriftlich |telefonisch )?(?:autorisiert|geführt|gekürzt)\b/i,
  // "This interview has been edited for length and clarity." (engine read of stop 46: a claim at 0.26)
  /^(?:This|The) (?:interview|conversation|transcript|Q&A) (?:has been|was|is) (?:lightly |slightly )?(?:edited|condensed)\b/i,
  // Agency credits: "(Reporting by …; Editing by …)", "Mit Material von dpa".
  /^\(?(Reporting|Additional reporting|Writing|Editing|Compiled|Mitarbeit|Redaktion|Bericht|Berichterstattung|Recherche)\s+(by|von)\b/i,
  /^(Mit (Material|Agenturmaterial|Informationen) (von|der|aus))\b/i,
  // A press release's and a newsletter's furniture: contact lines, "Weitere Informationen unter …", its number, unsubscribe links.
  /^(Pressekontakt|Medienkontakt|Kontakt|Contact|Media contact|Press contact|Telefon|Tel\.?|Phone|Fax|Mobil|Mobile|E-Mail|Email|Web|Internet|Ansprechpartner(in)?)\s*:/i,
  /^(Weitere Informationen (finden Sie )?(unter|auf|bei)|Mehr Informationen (unter|auf)|For more information|More information (at|on))\b/i,
  /^(Pressemitteilung|Pressemeldung|Medieninformation|Press release|News release)(\s+(Nr\.?|No\.?)\s*[\d/.-]+)?\s*$/i,
  /^(Unsubscribe|Manage (your )?preferences|Abmelden|Newsletter abbestellen|View (this email )?in (your )?browser|Im Browser (ansehen|anzeigen)|Forward this email)\b/i,
  // "Contact Carla Mendez at cmendez@… or 330-555-0147.": a reporter's or press office's contact line.
  /^(Contact|Reach|Kontakt|Kontaktieren Sie|Email|E-Mail|Mail)\b.{0,80}(@\S|\d{3}[\s/-]?\d{3}[\s/-]?\d{2,4})/i,
  // An agency's codes under its report ("dpa mey/kot yyzz a3 fi") and its time stamp ("141012 Mär 25").
  /^(dpa|afp|epd|kna|apa|sda|rtr)(\s+[a-z0-9/]{1,9}){2,8}\s*$/i,
  new RegExp(`^\\d{6}\\s+(?:${MONTH_NAME})\\s+\\d{2}$`, "i"),
  // A press release's contact lines on their own (an e-mail address, a telephone number), its wire's "SOURCE X" and the
  // headings of its boilerplate and of a profile box ("About Northwind Energy", "Zur Person:"; engine read of stop 38).
  /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/i,
  /^\+?[\d (),/-]{7,22}$/,
  /^SOURCE\s+\p{Lu}[^.!?]{1,80}$/u,
  /^(About|Über)\s+(\p{Lu}[\p{L}.&'’-]*\s*){1,5}$/u,
  /^(Zur Person|Über den Autor|Über die Autorin|About the authors?)\s*:/iu,
  // An interview's credit ("Das Gespräch führte Tobias Krämer", "Interview: Tobias Krämer").
  /^(Das Gespräch führten?|Das Interview führten?|Die Fragen stellten?|Interview|Gespräch|Interview conducted by)\s*:?\s+\p{Lu}[\p{L}.-]+(\s+\p{Lu}[\p{L}.-]+){0,3}(\s*(,|und|and|&)\s*\p{Lu}[\p{L}.-]+(\s+\p{Lu}[\p{L}.-]+){0,3})*\.?$/u,
  // A newsletter's issue line ("Issue 212 | Friday 26 July", "Ausgabe 14 · März 2025").
  /^(Issue|Ausgabe|Edition|No\.|Nr\.)\s*\d{1,5}\s*[|·•]/i,
  // Captions, editors' notes, tags and where an article appeared first (engine read of stop 35).
  /^(Bildunterschrift|Bildtext|Caption|Pictured|Screenshot|Tipp der Redaktion|Hinweis der Redaktion|Anmerkung der Redaktion|Editor['’]s note|Disclaimer|Haftungsausschluss|Topics|Keywords|Schlagworte|Schlagwörter|Kurse Stand)\s*:/i,
  /^(Dieser Artikel erschien (zuerst|auch|in)|Dieser Beitrag erschien (zuerst|auch|in)|This article (was amended|was produced|first appeared|originally appeared|was updated|was checked|has been checked)|Share this article|Diesen Artikel teilen|Schreiben Sie uns|Write to us|This story (was amended|first appeared|originally appeared))\b/i,
  /^(Fehler gefunden|Found an error|Spotted (a|an) (mistake|error))\s*\?/i,
  // A wire story's rate line and its reporter's contact: "($1 = 0.8701 euros)", "((ahmed.hassan@wire.com; +20 2 2578 3290))".
  /^(\(\s*[$€£¥]\s?1\s*=\s*[$€£¥]?\s?[\d.,]+\s*[a-z ]{0,20}\)|\(\([^()]{0,200}@[^()]{0,200}\)\))$/i,
  // An agency's name or writer line under a wire story ("The Canadian Press", "AP Sports Writer"), a link line
  // ("AP NBA: https://apnews.com/hub/NBA"), a byline with the writer's post in front ("Von unserem Redakteur Michael Weiß").
  /^((The )?(Associated Press|Canadian Press|Press Association)|(AP|Associated Press)( Sports| Business| Political| Science| Medical)? Writer)\.?$/i,
  /^[\p{L}\p{N} .'’-]{1,30}:\s*https?:\/\/\S+$/u,
  /^Von unsere[rm] (Redakteur|Redakteurin|Korrespondent|Korrespondentin|Mitarbeiter|Mitarbeiterin|Reporter|Reporterin)\s+\p{Lu}[\p{L}.-]+(\s+\p{Lu}[\p{L}.-]+){0,3}$/u,
  // Engine read of stop 37: "Share this page", agency sigils under a report ("(dpa/lnw/red)"), a press release's number
  // line ("Nr. 112/24 vom 14. März 2024"), a telephone line with or without its e-mail address, a police appeal for witnesses.
  /^Share this (page|story|post|video)\b/i,
  /^\((?:[a-z]{2,6}\/)+[a-z]{2,6}\)$/i,
  new RegExp(`^(Nr\\.|No\\.)\\s*\\d{1,5}(\\/\\d{2,4})?\\s+(vom|of|from)\\s+${CALENDAR_DATE}$`, "i"),
  /^(Tel\.?|Telefon|Fon|Phone|Fax)\s*:?\s*\+?[\d(][\d\s()\/+.-]{5,}(\s*[|·•,;]?\s*\S+@\S+)?$/i,
  WITNESS_APPEAL,
  // Engine read of stop 43: page numbers, reading times, share bars of several networks, a press release's
  // heading and number line with place and date, a writer's post on the line under the byline.
  /^(Page|Seite)\s+\d{1,4}(\s+(of|von|\/)\s+\d{1,4})?\.?$/i,
  /^((Lesezeit|Lesedauer|Reading time|Read time)\s*:?\s*(ca\.\s*|about\s+|etwa\s+)?\d{1,3}\s*(Min\.?|Minuten|minutes?|mins?\.?)|\d{1,3}\s*(min|minute)s?\.?\s+read)\s*$/i,
  /^(Teilen|Share)(\s+(auf|on|via|per))?\s*:?\s*((Facebook|Twitter|X|WhatsApp|E-Mail|Email|Mail|LinkedIn|Telegram|Threads|Bluesky|Reddit|Pinterest|Xing|Flipboard|Messenger|Drucken|Print|Link kopieren|Copy link)\s*[|·•/,]?\s*){2,}$/i,
  /^(Pressemitteilung|Pressemeldung|Medieninformation|Press release|News release)\s+(des|der|von|vom|from|of|by)\s+[^.!?:]{1,80}$/i,
  new RegExp(`^(?:Nr\\.|No\\.)\\s*\\d{1,5}(?:\\/\\d{2,4})?\\s*[–—-]\\s*(?:\\p{Lu}[\\p{L}.-]+(?:[ /-]\\p{Lu}[\\p{L}.-]+){0,2},\\s*)?${CALENDAR_DATE}$`, "iu"),
  /^(?:\p{Lu}[\p{L}-]*\s+(?:(?:&|and|und)\s+)?){1,4}(?:Reporter|Reporterin|Editor|Correspondent|Writer|Columnist|Redakteur|Redakteurin|Korrespondent|Korrespondentin)$/u,
  // Engine read of stop 44: a live blog's time stamps ("09:12 GMT"), a pasted thread's account lines and counters
  // ("@RealPatriotDan · 2h", "Reply from @DrKateNguyen:", "Liked by 14,200 people"), a report's editorial deadline.
  /^((Updated|Aktualisiert|Stand)\s*:?\s*)?\d{1,2}[:.]\d{2}(\s*(Uhr|h|GMT|BST|UTC|CET|CEST|MEZ|MESZ|ET|EST|EDT|PT|PST|PDT|[ap]\.?m\.?))?$/i,
  /^(?:(?:Reply|Replying|Antwort|Repost|Reposted)\s+(?:from|to|by|von|an)\s+)?@[\p{L}\d_]{1,30}(?:\s*[·•|]\s*[\p{L}\d. ]{1,20})?:?$/u,
  /^(Liked by|Gefällt)\s+[\d.,]+\s*(K|M|Tsd\.?|Mio\.?)?\s*(people|others|Personen|Mal)?$/i,
  /^[\d.,]+\s*[KM]?\s+(likes|reposts|retweets|replies|comments|shares|views|Likes|Kommentare|Aufrufe|Antworten)(\s*[·•|,]\s*[\d.,]+\s*[KM]?\s+\w+)*$/i,
  /^(Redaktionsschluss|Datenstand|Stand der Daten|Editorial deadline)\s*:/i,
  // Engine read of stop 45: a web page's skip link, cookie banner, advertisement and list headings, a correction note
  // (its wrong figure read as a claim: "An earlier version said the fine was £123m; …"), a contributor's credit.
  /^(Skip to (main )?(content|navigation)|Zum Inhalt springen|Zur Navigation springen|Direkt zum Inhalt|Sign in|Log in|Anmelden|Einloggen)\s*$/i,
  /^(We value your privacy|Wir respektieren Ihre Privatsphäre|Ihre Privatsphäre ist uns wichtig|Accept all( cookies)?|Reject all|Alle akzeptieren|Alle ablehnen|Manage (cookies|settings|options))\s*$/i,
  /^(Click|Klicken Sie auf)\s+["“„]?(Accept|Agree|I agree|Akzeptieren|Alle akzeptieren|Zustimmen|Einverstanden)\b/i,
  /^(Advertisement|Anzeige|Werbung|Sponsored|Gesponsert|Most popular|Most read|Most viewed|Meistgelesen|Top stories|Trending|Topics|Themen)\s*$/i,
  /^(An earlier version of this (article|story|report|piece)|An earlier version|A previous version of this (article|story|report))\b.{0,200}\b(said|stated|misstated|gave|reported|described|referred|named|misspelled|included)\b/i,
  /^(It|The article|The story|This article) (also )?(incorrectly|wrongly|mistakenly|erroneously) (said|stated|described|referred|gave|reported|named|identified)\b/i,
  /^(This (article|story|report) has been (updated|corrected|amended)|In einer (früheren|ersten|vorherigen) (Version|Fassung)\b|(Dieser|Der) (Artikel|Beitrag|Text) wurde (aktualisiert|korrigiert|ergänzt|geändert))/i,
  /^(Correction|Clarification|Korrektur|Berichtigung|Richtigstellung)\s*:/i,
  // A press release's contact line: "Rückfragen bitte an: Pressestelle, Tel. …" (engine read of stop 47: check-worthy).
  /^(Rückfragen|Kontakt|Pressekontakt|Presseanfragen|Medienanfragen|Press enquiries|Press inquiries|Media enquiries|Media inquiries)\b[^:]{0,30}:/i,
  // Engine read of stop 47: a correction under an update's time, a live blog's last line, what nobody would say
  // ("did not respond to a request for comment", "did not say when …", "No further details were released"): nothing to check.
  /^(Update|Updated|Aktualisierung|Aktualisiert|Editor['’]s note|Anmerkung der Redaktion)\b[^:]{0,12}?(\d{1,2}[:.]\d{2}[^:]{0,10})?:\s*(An earlier version|A previous version|In einer (früheren|vorherigen) (Version|Fassung)|This (article|story) has been (updated|corrected))/i,
  /^((This|Our) live (blog|coverage|page)( has)?( now)? (ended|closed|finished)|(Dieser|Der|Unser) (Live-?[Tt]icker|Liveblog|Newsblog|Ticker) (ist|wird) (hiermit |nun |jetzt )?(beendet|geschlossen))\b/i,
  NO_COMMENT,
  DID_NOT_SAY,
  /^(No|Keine) (further|other|more|weiteren) (details|information|Einzelheiten|Details|Angaben) (have|has|were|was|wurden|sind|waren) (been )?(released|given|made public|available|provided|bekannt|genannt|mitgeteilt|veröffentlicht)\b[^.!?]{0,40}[.!]?$/i,
  // A page's pointers and calls to readers: "Die Ergebnisse der Kreise finden Sie in unserer interaktiven Grafik.", "Live updates",
  // "If you have seen a claim you would like us to check, contact us …".
  SEE_OUR_GRAPHIC,
  /^(Live updates?|Live-Updates?|Live-?[Tt]icker|Live ?blog|Newsblog|Live)\s*$/i,
  /^(If you (have seen|see|come across|spot)|Wenn Ihnen [^,]{1,60} (auffällt|begegnet)|Wenn Sie [^,]{1,60} (gesehen|entdeckt|gefunden) haben)[^.!?]{0,160}\b(contact us|email us|e-mail us|let us know|send (it|them) to us|tell us|schreiben Sie uns|melden Sie sich|kontaktieren Sie uns|schicken Sie (sie|ihn|es) uns)\b/i,
  NOT_REACHED,
  STAGE_DIRECTION,
  // A broadcast script's heading: "tagesschau, 20:00 Uhr – Sendemanuskript", "Transcript".
  /^[^.!?\n]{0,60}\b(Sendemanuskript|Manuskript|Transkript|Transcript)\s*$/i,
  // A postal address on a line of its own: "Friedrichstraße 108, 10117 Berlin".
  /^\p{Lu}[\p{L}.-]*(straße|strasse|str\.|weg|platz|allee|gasse|damm|ring|ufer|markt)\s+\d+\s?[a-z]?\s*,\s*(D-)?\d{5}\s+\p{Lu}[\p{L}/ .-]{1,40}$/u,
];

// "Posted: Nov 4, 2025 6:00 AM EST", "dpa-infocom, 17.05.2024" (engine read of stop 36).
BOILERPLATE.push(
  new RegExp(`^(?:Posted|Published|Updated|Stand|Aktualisiert|Veröffentlicht)\\s*:?\\s*(?:on\\s+|am\\s+)?(?:${MONTH_NAME})\\.?\\s+\\d`, "i"),
  new RegExp(`^(?:dpa|afp|epd|kna|reuters)(?:-\\w+)?,\\s*${CALENDAR_DATE}`, "i"),
  /^Posted\s*:?\s*\d/i,
);

// Date lines, bylines and credits are short lines: each pattern runs only where its cheap condition holds,
// so an article's sentences skip them.
// A date line on its own, with a place, weekday or time ("Thu 20 Jun 2024 11.42 BST", "Berlin, 12. Februar 2025",
// "26.03.2025"): when the page was written, never something it states.
// Places joined by slashes, a dash before "Published" and an agency in brackets too: "Wiesbaden/Frankfurt, 21. Februar 2025",
// "SAN FRANCISCO — Published 29 October 2025", "LONDON/NEW YORK, Thursday, June 12, 2025 (Business Wire)" (engine read of stop 35).
const DATE_LINE = new RegExp(`^(?:\\p{Lu}[\\p{L}.-]+(?:[ /-]\\p{Lu}[\\p{L}.-]+){0,3}(?:\\s*\\([^()\\n]{1,40}\\))?(?:,\\s*\\p{Lu}[\\p{L}.-]+(?:\\s\\p{Lu}[\\p{L}.-]+)?)?(?:,\\s*|\\s+[–—-]\\s+(?:(?:Published|Updated|Veröffentlicht|Aktualisiert)(?:\\s+(?:on|am))?\\s+)?))?(?:(?:${DAY_NAME})\\.?,?\\s+)?${CALENDAR_DATE}(?:,?\\s*(?:(?:um|at)\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:Uhr|[ap]\\.?m\\.?))?(?:\\s*\\p{Lu}{2,5})?)?(?:\\s*\\([\\p{L} /-]{2,30}\\))?(?:\\s*\\/\\s*(?:Von|By)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})?\\.?\\s*$`, "u");
// A byline with the writer's post ("Damian Carrington, Environment editor").
const BYLINE_WITH_POST = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},\s+(?:\p{Lu}[\p{L}-]*\s+|(?:senior|chief|deputy|political|economics|science|health|business|foreign|stellvertretende[rn]?)\s+){0,3}(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Cc]olumnist|Korrespondent|Korrespondentin|Redakteur|Redakteurin|Reporterin|Autorin|Autor)(?:\s+(?:in|at|for|für)\s+[^,.;]{1,40})?$/u;
// An interview's or analysis' credit line ("Ein Interview von Thomas Gutschker und Eckart Lohse").
const CREDIT_LINE = /^(?:(?:Ein|Das)\s+)?(?:Interview|Gespräch|Analyse|Kommentar|Analysis|Commentary)\s+(?:von|by|geführt von)\s+\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,3}(?:\s*(?:,|und|and|&)\s*\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,3})*$/u;
// A writer's note under a piece: "Stefan Reinecke ist Redakteur im Parlamentsbüro der taz.", "Jane Doe is a senior reporter
// at the Guardian." (engine read of stop 46: a claim).
const WRITER_NOTE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:ist|is|war|was)\s+(?:(?:an?|freie[r]?|leitende[r]?|stellvertretende[r]?|senior|chief|deputy|political|economics|science|health|business|foreign)\s+){0,2}(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Cc]olumnist|Korrespondent|Korrespondentin|Redakteur|Redakteurin|Reporterin|Autorin|Autor|Journalist|Journalistin|Volontär|Volontärin)(?:\s+(?:im|in|der|des|bei|für|von|vom|at|for|with|of|on|the)\b[^.;:!?]{0,80})?\.$/u;
const HAS_DIGIT = /\d/;
// A part of every post BYLINE_WITH_POST knows, found without the Unicode classes that make that pattern slow.
const POST_WORD = /ditor|orrespondent|eporter|riter|olumnist|edakteur|utor/;
// "Associated Press writer Jonathan Mattise in Nashville contributed to this report."
// ("Our correspondent Aoife Gallagher contributed reporting from Galway.": engine read of stop 47.)
const CONTRIBUTED = /\bcontributed (?:(?:reporting )?to this (?:report|story|article)|reporting(?: from [A-Z][^.]{1,40})?)\.?$/;
// "Stengle reported from Dallas.": a wire story's credit for where it was written.
const REPORTED_FROM = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:\s+(?:and|und)\s+\p{Lu}[\p{L}'’-]+){0,2}\s+reported from\s+\p{Lu}[^.]{1,40}\.$/u;
// "Göttingen | 03.09.2024 | 15:10 Uhr | Von Jonas Brettschneider": a line of page furniture in fields split by bars.
const BARRED_FIELDS = /^[^|\n]{1,60}(?:\s\|\s[^|\n]{1,60}){2,}$/;
// "(Foto: Imago/Beautiful Sports)": a credit in brackets.
const BRACKETED_CREDIT = /^\((?:Foto|Bild|Photo|Photograph|Image|Illustration|Grafik|Video|Quelle|Source|Credit)s?\s*:[^()]{1,120}\)$/i;
// A dateline on a line of its own: "Bad Wernstein.", "Frankfurt am Main." (a place's name and a full stop, no verb).
// ("Metzingen/Bad Urach." too: engine read of stop 36.)
const PLACE_LINE = /^\p{Lu}[\p{L}-]+(?:(?:\s+(?:am|an der|im|in der|upon|on)\s+|\s+|\s*\/\s*)\p{Lu}[\p{L}-]+){0,3}\.$/u;
// Engine read of stop 39: an agency's codes joined by slashes ("dpa-AFX/xy/DP/jha") and credits in a row ("Text: Sandra Meier · Bild: Keystone").
const SLASHED_AGENCY_CODES = /^(?:dpa(?:-AFX)?|afp|apa|sda|rtr|kna|epd)(?:\/[\p{L}\d-]{1,8}){2,6}$/iu;
// "Mitarbeit: Anne Lehmann", "Additional reporting: Jane Doe and John Roe": one credit with names alone.
// ("Mitarbeit: Rene Wagner; redigiert von Sabine Ehrhardt", "Reporting by X; Editing by Y": engine read of stop 47.)
const ONE_CREDIT = /^(?:Mitarbeit|Recherche|Redaktion|Text|Additional reporting|Reporting|Editing)\s*:\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s*(?:,|und|and|&)\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*(?:;\s*(?:redigiert|bearbeitet|editing|edited)\s+(?:von|by)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})?\.?$/u;
const CREDITS_IN_A_ROW = /^(?:Text|Bild|Bilder|Foto|Fotos|Photo|Photos|Grafik|Illustration|Video|Recherche|Redaktion)\s*:\s*[^·|•:]{1,60}(?:\s*[·|•]\s*(?:Text|Bild|Bilder|Foto|Fotos|Photo|Photos|Grafik|Illustration|Video|Recherche|Redaktion)\s*:\s*[^·|•:]{1,60})+$/iu;
function isShortLineFurniture(line: string): boolean {
  if (line.length <= 60 && line.endsWith(".") && PLACE_LINE.test(line)) return true;
  if (line.length <= 60 && line.includes("/") && SLASHED_AGENCY_CODES.test(line)) return true;
  if (line.length <= 160 && line.includes(":") && CREDITS_IN_A_ROW.test(line)) return true;
  if (line.length <= 120 && line.includes(":") && ONE_CREDIT.test(line)) return true;
  if (line.charCodeAt(0) === 40 && BRACKETED_CREDIT.test(line)) return true;
  if (line.length <= 120 && line.includes(" reported from ") && REPORTED_FROM.test(line)) return true;
  if (line.length <= 200 && line.includes(" | ") && HAS_DIGIT.test(line) && BARRED_FIELDS.test(line)) return true;
  if (line.length <= 200 && line.includes("contributed") && CONTRIBUTED.test(line)) return true;
  if (line.length <= 60 && HAS_DIGIT.test(line) && DATE_LINE.test(line)) return true;
  // "Swindon Advertiser | Thursday, 6 March 2025": a paper's name and the date.
  if (line.length <= 100 && line.includes(" | ") && HAS_DIGIT.test(line) && DATE_LINE.test(line.slice(line.lastIndexOf(" | ") + 3))) return true;
  if (line.length <= 100 && line.includes(", ") && POST_WORD.test(line) && BYLINE_WITH_POST.test(line)) return true;
  if (line.length <= 160 && line.endsWith(".") && POST_WORD.test(line) && WRITER_NOTE.test(line)) return true;
  return line.length <= 120 && (line.includes(" von ") || line.includes(" by ")) && CREDIT_LINE.test(line);
}

// A pattern not anchored at the start scans the whole unit; the newsletter and the cookie patterns run
// only where a word they need occurs (a necessary condition: same result, most units skip them).
// With the unit's word flags at hand that is one bit test; without, a search of the text.
const BOILERPLATE_MAY_MATCH: (((text: string, seen: number | undefined) => boolean) | undefined)[] = [];
// (By the patterns themselves, not by position: fixed positions had drifted to two anchored patterns as others were added.)
BOILERPLATE_MAY_MATCH[BOILERPLATE.indexOf(NEWSLETTER_LINE)] = (text, seen) =>
  seen !== undefined
    ? (seen & Flag.NewsletterWord) !== 0
    : text.includes("Newsletter") || text.includes("bonnieren") || text.includes("ubscribe") || text.includes("Sign up") || text.includes("Jetzt anmelden");
BOILERPLATE_MAY_MATCH[BOILERPLATE.indexOf(PRIVACY_LINE)] = (_, seen) => seen === undefined || (seen & Flag.PrivacyWord) !== 0;
BOILERPLATE_MAY_MATCH[BOILERPLATE.indexOf(NO_COMMENT)] = (text) => NO_COMMENT_WORDS.test(text);
BOILERPLATE_MAY_MATCH[BOILERPLATE.indexOf(DID_NOT_SAY)] = (text) => DID_NOT_SAY_WORDS.test(text);
BOILERPLATE_MAY_MATCH[BOILERPLATE.indexOf(SEE_OUR_GRAPHIC)] = (text) => text.includes(" Sie ");
BOILERPLATE_MAY_MATCH[BOILERPLATE.indexOf(NOT_REACHED)] = (text) => text.includes("erreich") || text.includes("Anfrage") || text.includes("äußern");
BOILERPLATE_MAY_MATCH[BOILERPLATE.indexOf(WITNESS_APPEAL)] = (text) => text.includes("itte") || text.includes("Hinweise") || text.includes("nyone") || text.startsWith("Zeugen");

/** Lower-cased parts of the words those two patterns need, for the word flags (see word-info.ts). */
export const NEWSLETTER_WORD_PARTS = ["newsletter", "abonnieren", "subscribe", "sign", "anmelden"];
export const PRIVACY_WORD_PARTS = ["cookie", "datenschutz", "privacy", "impressum", "rights", "rechte"];

// The patterns anchored at the start with the same flags (/i) as one alternation: one regular
// expression call per unit and set of flags instead of one per pattern (it matches exactly where one of them does). Every unit
// of an article is tested, and for most the calls themselves were the cost, not the matching.
// The same for those with the flag "u".
const anchoredWith = (flags: string) => (pattern: RegExp) => pattern.source.startsWith("^") && pattern.flags === flags;
// One "^" in front of the alternation: with a "^" inside each branch V8 tries the pattern at every position.
const ANCHORED = ["i", "u"].map((flags) => new RegExp(`^(?:${BOILERPLATE.filter(anchoredWith(flags)).map((pattern) => `(?:${pattern.source.slice(1)})`).join("|")})`, flags));
const OTHERS = BOILERPLATE.map((pattern, i) => ({ pattern, mayMatch: BOILERPLATE_MAY_MATCH[i] })).filter(
  ({ pattern }) => !["i", "u"].some((flags) => anchoredWith(flags)(pattern)),
);

/**
 * True when one of the BOILERPLATE patterns matches the (trimmed) unit. `seen`: the flags of all the
 * unit's words together, when the caller has them.
 */
export function isBoilerplate(trimmed: string, seen?: number): boolean {
  for (let i = 0; i < ANCHORED.length; i++) if (ANCHORED[i]!.test(trimmed)) return true;
  if (isShortLineFurniture(trimmed)) return true;
  for (let i = 0; i < OTHERS.length; i++) {
    const { pattern, mayMatch } = OTHERS[i]!;
    if ((!mayMatch || mayMatch(trimmed, seen)) && pattern.test(trimmed)) return true;
  }
  return false;
}
