import { describe, expect, it } from "vitest";
import { firstRepeatedKey } from "@/lib/domain/text/json-duplicate-keys";

const repeated = (text: string) => firstRepeatedKey(text, JSON.parse(text));

describe("a key named twice in one JSON object", () => {
  it("is found, also written with escapes and inside nested objects and arrays", () => {
    expect(repeated('{"body":"a","body":"b"}')).toBe("body");
    expect(repeated('{"body":"a","\\u0062ody":"b"}')).toBe("body");
    expect(repeated('{"claims":[{"id":1,"version":2,"id":3}]}')).toBe("id");
    expect(repeated('{"a":{"x":1},"b":{"x":2,"y":{"z":[1,{"q":1,"q":2}]}}}')).toBe("q");
  });

  it("is not the same key in different objects, a value that reads like a key, or a string with quotes and braces", () => {
    expect(repeated('{"a":{"id":1},"b":{"id":1},"id":"id"}')).toBeNull();
    expect(repeated('[{"id":1},{"id":2}]')).toBeNull();
    expect(repeated('{"text":"\\"text\\": {\\"x\\", \\"x\\"}","note":"text"}')).toBeNull();
    expect(repeated('{ "a" : 1 , "b" : [ "a" , "a" ] }')).toBeNull();
  });

  it("costs one pass over the text when no key repeats, also for 150,000 keys", () => {
    const many = JSON.stringify({ x: Object.fromEntries(Array.from({ length: 150_000 }, (_, i) => [`k${i}`, i])) });
    expect(repeated(many)).toBeNull();
    expect(repeated(`${many.slice(0, -2)},"k7":1}}`)).toBe("k7");
    // "__proto__" parses as an own key; a key with a colon inside a string value is no key.
    expect(repeated('{"__proto__":1,"a":"b:c","d":":"}')).toBeNull();
  });
});
