/** Badge colour per stance, the same on the claim and on the source page. */
export const STANCE_TONE = { supports: "green", refutes: "red", context: "blue" } as const;
