// The one answer to "may this role do that". Services call it through lib/server/auth/authorize.ts;
// the UI uses it only to hide controls a person could not use anyway.

export const ROLES = ["admin", "editor", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

const GRANTS = {
  "article.read": ["admin", "editor", "reviewer", "viewer"],
  "article.create": ["admin", "editor"],
  "article.edit": ["admin", "editor"],
  /** Re-score an article's undecided claims with the team's current claim model. */
  "article.rerank": ["admin", "editor"],
  "claim.edit": ["admin", "editor", "reviewer"],
  "claim.assign": ["admin", "editor"],
  "source.manage": ["admin", "editor", "reviewer"],
  "verdict.submit": ["admin", "editor", "reviewer"],
  "verdict.finalize": ["admin", "editor"],
  "comment.write": ["admin", "editor", "reviewer"],
  "scale.manage": ["admin", "editor"],
  "team.manage": ["admin"],
  "claim-model.read": ["admin", "editor", "reviewer", "viewer"],
  "claim-model.reset": ["admin"],
  "report.share": ["admin", "editor"],
  /** Import other fact-checkers' ClaimReviews as the team's known fact-checks. */
  "known-check.import": ["admin", "editor"],
  "outlet.rate": ["admin", "editor"],
  "member.read": ["admin"],
  "member.manage": ["admin"],
  "api-token.manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof GRANTS;

/** What a permission lets a person do, in words a refusal can use ("does not allow you to …"); the German is in the catalogue. */
export const PERMISSION_ACTIONS: Record<Permission, string> = {
  "article.read": "read articles",
  "article.create": "add articles",
  "article.edit": "edit articles",
  "article.rerank": "re-score an article's claims",
  "claim.edit": "edit claims",
  "claim.assign": "assign claims to others",
  "source.manage": "cite and edit sources",
  "verdict.submit": "give verdicts",
  "verdict.finalize": "set final verdicts",
  "comment.write": "write comments",
  "scale.manage": "change the rating scale",
  "team.manage": "manage the team's settings",
  "claim-model.read": "see the claim model",
  "claim-model.reset": "reset the claim model",
  "report.share": "share public fact-check links",
  "known-check.import": "import known fact-checks",
  "outlet.rate": "rate outlets",
  "member.read": "see the team's members",
  "member.manage": "manage the team's members",
  "api-token.manage": "manage API tokens",
};

export function can(role: Role, permission: Permission): boolean {
  return (GRANTS[permission] as readonly Role[]).includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Of two roles, the one with less power (ROLES runs from most to least; each role's grants include the next one's). */
export function weakerRole(a: Role, b: Role): Role {
  return ROLES.indexOf(a) >= ROLES.indexOf(b) ? a : b;
}
