"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type KeyboardEvent, type TextareaHTMLAttributes } from "react";
import { Textarea } from "@/components/ui/field";

export interface MentionPerson {
  id: string;
  name: string;
}

interface MentionTextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> {
  people: MentionPerson[];
  value: string;
  onValueChange: (value: string) => void;
}

// "@" and the letters typed after it, right before the caret.
const QUERY_BEFORE_CARET = /(?:^|\s)@([\p{L}\p{N} .'-]{0,30})$/u;

/**
 * A textarea that suggests team members after "@" and writes the choice as "@Name": the server reads a
 * member's full name after "@" as a mention of that member (the @[Name](id) form showed its id in the box).
 */
export function MentionTextarea({ people, value, onValueChange, ...props }: MentionTextareaProps) {
  const t = useTranslations("review");
  const listId = useId();
  const [query, setQuery] = useState<{ text: string; start: number } | null>(null);
  const [active, setActive] = useState(0);
  const matches = query
    ? people.filter((person) => person.name.toLowerCase().includes(query.text.trim().toLowerCase())).slice(0, 6)
    : [];

  function update(next: string, caret: number) {
    onValueChange(next);
    const match = QUERY_BEFORE_CARET.exec(next.slice(0, caret));
    setQuery(match ? { text: match[1]!, start: caret - match[1]!.length - 1 } : null);
    setActive(0);
  }

  function choose(person: MentionPerson) {
    if (!query) return;
    const end = query.start + 1 + query.text.length;
    onValueChange(`${value.slice(0, query.start)}@${person.name} ${value.slice(end)}`);
    setQuery(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!matches.length) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => (index + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(matches[active]!);
    } else if (event.key === "Escape") {
      setQuery(null);
    }
  }

  return (
    <div className="relative">
      <Textarea
        {...props}
        value={value}
        onChange={(event) => update(event.target.value, event.target.selectionStart)}
        onKeyDown={onKeyDown}
        aria-autocomplete="list"
        aria-controls={matches.length ? listId : undefined}
        aria-activedescendant={matches.length ? `${listId}-${active}` : undefined}
      />
      {matches.length === 0 && unresolvedMention(value, people) && (
        <p className="mt-1 text-xs text-amber-800" role="status">
          {t("mentionUnresolved", { name: unresolvedMention(value, people)! })}
        </p>
      )}
      {matches.length > 0 && (
        <ul id={listId} role="listbox" aria-label={t("mentionSuggestions")} className="absolute z-10 mt-1 w-64 rounded border border-slate-300 bg-white shadow-lg">
          {matches.map((person, index) => (
            <li
              key={person.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={`cursor-pointer px-3 py-1.5 text-sm ${index === active ? "bg-blue-100" : ""}`}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(person);
              }}
            >
              {person.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const TYPED_MENTION = /(?:^|\s)@([\p{L}\p{N}._'-]+)/gu;
/**
 * The first "@word" that starts no member's full name: the server notifies only a full name after "@", so a
 * typed "@reviewer" posted silently and reached nobody (walk of stop 34).
 */
function unresolvedMention(text: string, people: MentionPerson[]): string | null {
  for (const match of text.matchAll(TYPED_MENTION)) {
    const at = match.index + match[0].indexOf("@") + 1;
    if (!people.some((person) => text.startsWith(person.name, at))) return `@${match[1]}`;
  }
  return null;
}
