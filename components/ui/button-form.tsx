"use client";

import type { ReactNode } from "react";
import { Button, type ButtonVariant } from "./button";

export interface ButtonFormProps {
  action: (formData: FormData) => void;
  /** Hidden fields the action reads (ids, flags). */
  fields: Record<string, string>;
  variant?: ButtonVariant;
  disabled?: boolean;
  /** Asks this question first (irreversible actions); the form is not sent unless the person agrees. */
  confirm?: string;
  /** What a screen reader hears, naming the row ("Revoke the token “Nightly export”"): every row's button reads alike. */
  label?: string;
  children: ReactNode;
}

/** A row action: a form with hidden fields and one submit button (revoke, disable …). */
export function ButtonForm({ action, fields, variant = "danger", disabled, confirm, label, children }: ButtonFormProps) {
  return (
    <form action={action} onSubmit={confirm ? (event) => void (window.confirm(confirm) || event.preventDefault()) : undefined}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={disabled} aria-label={label}>
        {children}
      </Button>
    </form>
  );
}
