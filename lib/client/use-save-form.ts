"use client";

import { useState, type FormEvent } from "react";
import { useApiAction, type Method } from "./use-api-action";

/**
 * A settings-style form: on submit, its fields become one JSON request; `saved` says the last submit
 * went through (shown until the next one), `problem` why it did not.
 */
export function useSaveForm(url: string, method: Method, body: (form: FormData) => unknown) {
  const action = useApiAction();
  const [saved, setSaved] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    setSaved(Boolean(await action.run(url, method, body(form))));
  }
  return { ...action, saved, onSubmit };
}
