"use client";

import { useState } from "react";
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
 * user arrowed past (walk of stop 40): browsing the names must not send mail and webhooks.
 */
export function SelectAndApply({ label, value, options, apply, disabled, onApply }: SelectAndApplyProps) {
  const [chosen, setChosen] = useState(value);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Select aria-label={label} value={chosen} disabled={disabled} onChange={(event) => setChosen(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      <Button variant="secondary" disabled={disabled || chosen === value} onClick={() => onApply(chosen)}>
        {apply}
      </Button>
    </span>
  );
}
