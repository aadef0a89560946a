/** Prisma's unique-constraint error (P2002), also when it arrives from a driver adapter. */
export function isUniqueViolation(error: unknown): boolean {
  const candidate = error as { code?: unknown; cause?: { code?: unknown } } | null;
  return candidate?.code === "P2002" || candidate?.cause?.code === "23505";
}
