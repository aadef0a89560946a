import type { ReactNode } from "react";
import { parseCommentMarkdown, type Inline } from "@/lib/domain/comments/comment-markdown";

/** A comment's Markdown subset as elements; nothing in a comment is ever read as HTML. */
export function CommentBody({ body }: { body: string }) {
  return (
    <div className="space-y-2 text-sm text-slate-800">
      {parseCommentMarkdown(body).map((block, index) => (
        <p key={index}>{renderInline(block.children)}</p>
      ))}
    </div>
  );
}

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case "text":
        return node.text;
      case "strong":
        return <strong key={index}>{renderInline(node.children)}</strong>;
      case "em":
        return <em key={index}>{renderInline(node.children)}</em>;
      case "code":
        return <code key={index} className="rounded bg-slate-100 px-1 font-mono text-xs">{node.text}</code>;
      case "link":
        return (
          <a key={index} href={node.href} className="text-blue-800 underline" rel="noopener noreferrer nofollow ugc" target="_blank">
            {renderInline(node.children)}
          </a>
        );
      case "mention":
        return <span key={index} className="rounded bg-blue-50 px-1 font-medium text-blue-900">@{node.name}</span>;
      case "break":
        return <br key={index} />;
    }
  });
}
