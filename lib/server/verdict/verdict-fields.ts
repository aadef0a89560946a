export const levelFields = { id: true, key: true, labelEn: true, labelDe: true, color: true, value: true, credibility: true } as const;

export const verdictFields = {
  id: true,
  claimId: true,
  rationale: true,
  confidence: true,
  submittedAt: true,
  updatedAt: true,
  reviewer: { select: { id: true, name: true } },
  level: { select: levelFields },
} as const;

export const finalVerdictFields = {
  id: true,
  claimId: true,
  rationale: true,
  decidedAt: true,
  reopenedAt: true,
  reopenReason: true,
  decidedBy: { select: { id: true, name: true } },
  reopenedBy: { select: { id: true, name: true } },
  level: { select: levelFields },
} as const;
