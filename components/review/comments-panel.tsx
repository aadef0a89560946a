"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { Button } from "@/components/ui/button";
import { useApiAction } from "@/lib/client/use-api-action";
import { CommentBody } from "./comment-body";
import { LiveNotice } from "@/components/ui/live-notice";
import { MentionTextarea, type MentionPerson } from "./mention-textarea";

export interface CommentView {
  id: string;
  body: string;
  createdAt: string | Date;
  editedAt: string | Date | null;
  deletedAt: string | Date | null;
  resolvedAt: string | Date | null;
  author: { id: string; name: string };
  resolvedBy: { name: string } | null;
}

export interface ThreadView extends CommentView {
  replies: CommentView[];
}

interface CommentsPanelProps {
  claimId: string;
  threads: ThreadView[];
  people: MentionPerson[];
  me: string;
  canWrite: boolean;
}

/** Threaded discussion of a claim with @mentions, editing and deleting one's own, and resolving. */
export function CommentsPanel({ claimId, threads, people, me, canWrite }: CommentsPanelProps) {
  const t = useTranslations("review");
  return (
    <div className="space-y-3" data-testid="comments-panel">
      {threads.length === 0 && <p className="text-sm text-slate-600">{t("noComments")}</p>}
      {threads.map((thread) => (
        <article key={thread.id} className={`rounded border p-2 ${thread.resolvedAt ? "border-green-200 bg-green-50/40" : "border-slate-200"}`}>
          <Comment comment={thread} me={me} canWrite={canWrite} people={people} isThread />
          <div className="ml-4 mt-2 space-y-2 border-l border-slate-200 pl-3">
            {thread.replies.map((reply) => (
              <Comment key={reply.id} comment={reply} me={me} canWrite={canWrite} people={people} />
            ))}
            {canWrite && <ReplyComposer claimId={claimId} people={people} parentId={thread.id} label={t("reply")} />}
          </div>
        </article>
      ))}
      {canWrite && <Composer claimId={claimId} people={people} label={t("addComment")} />}
    </div>
  );
}

function Comment({ comment, me, canWrite, people, isThread = false }: { comment: CommentView | ThreadView; me: string; canWrite: boolean; people: MentionPerson[]; isThread?: boolean }) {
  const t = useTranslations("review");
  const format = useFormatter();
  const { run, pending, problem } = useApiAction();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const mine = comment.author.id === me;

  if (comment.deletedAt) return <p className="text-sm italic text-slate-500">{t("commentDeleted")}</p>;
  return (
    <div>
      <p className="text-xs text-slate-600">
        <strong className="text-slate-800">{comment.author.name}</strong> · {format.dateTime(new Date(comment.createdAt), { dateStyle: "medium", timeStyle: "short" })}
        {comment.editedAt && ` · ${t("edited")}`}
        {isThread && comment.resolvedAt && ` · ${t("resolvedBy", { name: comment.resolvedBy?.name ?? "" })}`}
      </p>
      <ProblemAlert problem={problem} />
      {editing ? (
        <form
          className="mt-1 space-y-2"
          onSubmit={async (event) => {
            event.preventDefault();
            if (await run(`/api/v1/comments/${comment.id}`, "PATCH", { body: draft })) setEditing(false);
          }}
        >
          <MentionTextarea people={people} value={draft} onValueChange={setDraft} rows={2} aria-label={t("editComment")} />
          <Button type="submit" disabled={pending}>{t("save")}</Button>
          <Button variant="ghost" onClick={() => setEditing(false)}>{t("cancel")}</Button>
        </form>
      ) : (
        <CommentBody body={comment.body} />
      )}
      {canWrite && !editing && (
        <div className="mt-1 flex gap-2 text-xs">
          {mine && <button type="button" className="underline" onClick={() => setEditing(true)}>{t("edit")}</button>}
          {mine && <button type="button" className="underline" disabled={pending} onClick={() => run(`/api/v1/comments/${comment.id}`, "DELETE")}>{t("delete")}</button>}
          {isThread && (
            <button type="button" className="underline" disabled={pending} onClick={() => run(`/api/v1/comments/${comment.id}`, "PATCH", { resolved: !comment.resolvedAt })}>
              {comment.resolvedAt ? t("reopenThread") : t("resolve")}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** A thread's reply box, behind a button until asked for (walk of stop 39: an open box under every thread crowded a phone). */
function ReplyComposer(props: { claimId: string; people: MentionPerson[]; parentId: string; label: string }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="secondary" className="px-2 py-0.5 text-xs" onClick={() => setOpen(true)}>
        {props.label}
      </Button>
    );
  }
  return <Composer {...props} autoFocus />;
}

function Composer({ claimId, people, parentId, label, autoFocus = false }: { claimId: string; people: MentionPerson[]; parentId?: string; label: string; autoFocus?: boolean }) {
  const t = useTranslations("review");
  const { run, pending, problem } = useApiAction();
  const [body, setBody] = useState("");
  const [notice, setNotice] = useState<{ text: string } | null>(null);
  const boxId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await run(`/api/v1/claims/${claimId}/comments`, "POST", { body, parentId })) {
      setBody("");
      setNotice({ text: t("commentPosted") });
    }
  }

  return (
    <form onSubmit={submit} className="space-y-2" noValidate>
      <LiveNotice notice={notice} />
      <ProblemAlert problem={problem} />
      {/* A visible label: the hint inside the box was its only name, gone with the first letter typed (walk of stop 41). */}
      <label htmlFor={boxId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <MentionTextarea id={boxId} people={people} value={body} onValueChange={setBody} rows={3} placeholder={t("commentHint")} autoFocus={autoFocus} />
      <Button type="submit" variant={parentId ? "secondary" : "primary"} disabled={pending || !body.trim()}>
        {label}
      </Button>
    </form>
  );
}
