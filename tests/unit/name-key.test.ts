import { describe, expect, it } from "vitest";
import { nameKey } from "@/lib/domain/text/name-key";

// Hostile probes of stops 45 and 47: team names that pass for another team's.
describe("how a name reads", () => {
  it("is the same for look-alikes: case, width, other scripts' letters, punctuation-like letters, rn for m, digits of any script", () => {
    const key = nameKey("Demo desk 49");
    for (const alike of ["DEMO DESK 49", "Ｄemo desk ４９", "Demo ԁеѕk 49", "ᎠᎬᎷᎾ ᎠᎬᏚᏦ 49", "Demo deskǃ 49", "Demoʼ desk 49", "Derno desk 49", "Demo desk ٤٩", "Demo desk ۴۹", "Demo desk ४९"]) {
      expect(nameKey(alike), alike).toBe(key);
    }
  });

  it("tells different names apart", () => {
    expect(nameKey("Demo desk 48")).not.toBe(nameKey("Demo desk 49"));
    expect(nameKey("Night desk")).not.toBe(nameKey("Demo desk"));
  });
});
