import { describe, expect, it } from "vitest";
import { jsonPieces, jsonStream, placeholder } from "@/lib/server/http/json-stream";

// The pieces must add up to exactly what JSON.stringify writes: clients parse it, tests compare it.
describe("jsonStream", () => {
  const items = Array.from({ length: 1234 }, (_, i) => ({ id: i, text: `t${i}\n"x" ü 😀`, nested: { a: [1, { b: null }] } }));

  it("writes JSON.stringify's text, compact and indented, for no, one and many items", async () => {
    for (const indent of [0, 2]) {
      for (const count of [0, 1, 3, 1234]) {
        const value = { data: { id: "x", claims: placeholder() as unknown, after: true }, tail: [1, 2] };
        const full = { data: { id: "x", claims: items.slice(0, count), after: true }, tail: [1, 2] };
        expect(await new Response(jsonStream(value, items.slice(0, count), indent)).text()).toBe(JSON.stringify(full, null, indent));
      }
    }
  });

  it("refuses a value without the placeholder", () => {
    expect(() => [...jsonPieces({ data: [] }, [])]).toThrow("placeholder");
  });
});
