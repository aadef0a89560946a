import { paragraphSpans } from "@/lib/domain/article/paragraphs";

/** The body as paragraphs, each rendered from its exact span so later highlights line up. */
export function ArticleText({ body, lang }: { body: string; lang: string }) {
  return (
    <div lang={lang} className="space-y-4 leading-relaxed text-slate-900" data-testid="article-text">
      {paragraphSpans(body).map((span) => (
        <p key={span.start} data-start={span.start} data-end={span.end} className="whitespace-pre-line">
          {body.slice(span.start, span.end)}
        </p>
      ))}
    </div>
  );
}
