import { AppError } from "@/lib/server/errors";

// Offsets people send (a selection, a split point) index UTF-16 code units: one may fall inside an
// emoji. Refused with this, not stored as half a character (which failed as a 500).
export const halfCharacter = (field?: string) =>
  new AppError(
    "INVALID_INPUT",
    "The selection starts or ends inside a character (an emoji or a rare script character): select whole characters.",
    field ? [{ field, message: "Inside a character." }] : undefined,
  );
