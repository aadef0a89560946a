import type { ComponentProps, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cn } from "./cn";

const control = (invalid: boolean, className?: string) =>
  cn(
    "block w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm",
    "focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30",
    // A field the reader may not change looks read-only, not like an empty box waiting for input.
    "disabled:cursor-not-allowed disabled:border-slate-200 disabled:bg-slate-100 disabled:text-slate-700 disabled:shadow-none",
    invalid ? "border-red-500" : "border-slate-300",
    className,
  );

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

/** A labelled form control with its hint and error wired to it for screen readers. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export const describedBy = (id: string, error?: string, hint?: unknown) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;

type Invalid = { invalid?: boolean };

export function Input({ invalid = false, className, ...props }: ComponentProps<"input"> & Invalid) {
  return <input aria-invalid={invalid || undefined} className={control(invalid, className)} {...props} />;
}

export function Textarea({ invalid = false, className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & Invalid) {
  return <textarea aria-invalid={invalid || undefined} className={control(invalid, className)} {...props} />;
}

export function Select({ invalid = false, className, ...props }: SelectHTMLAttributes<HTMLSelectElement> & Invalid) {
  return <select aria-invalid={invalid || undefined} className={control(invalid, className)} {...props} />;
}
