"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "./button";
import { Select } from "./field";

interface SelectAndApplyProps {
  label: string;
  /** The value shown first (the current one, or "" for a prompt option among `options`). */
  value: string;
  options: { value: string; label: string }[];
  apply: string;
  disabled?: boolean;
  onApply: (value: string) => void;
}

/**
 * A choice that acts only on its button. A select that saved on change assigned a claim to each person a keyboard
 * user arrowed past (walk of stop 40): browsing the names must not send mail and webhooks. Applied, the focus goes
 * back to the select, since the button it was on is disabled again (re-walk of stop 40: it fell to the page's top).
 */
export function SelectAndApply({ label, value, options, apply, disabled, onApply }: SelectAndApplyProps) {
  const [chosen, setChosen] = useState(value);
  // A new current value (the page refreshed after the change) is the starting point again.
  useEffect(() => setChosen(value), [value]);
  const box = useRef<HTMLSpanElement>(null);
  return (
    <span ref={box} className="flex w-full min-w-0 items-center gap-2 sm:inline-flex sm:w-auto">
      {/* Never disabled while a change is sent: a disabled select would lose the focus given back to it. */}
      <Select aria-label={label} value={chosen} className="min-w-0 flex-1 sm:w-auto sm:flex-none" onChange={(event) => setChosen(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      <Button
        variant="secondary"
        disabled={disabled || chosen === value}
        onClick={() => {
          onApply(chosen);
          box.current?.querySelector("select")?.focus();
        }}
      >
        {apply}
      </Button>
    </span>
  );
}
