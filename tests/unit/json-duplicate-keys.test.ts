import { describe, expect, it } from "vitest";
import { firstRepeatedKey } from "@/lib/domain/text/json-duplicate-keys";

describe("a key named twice in one JSON object", () => {
  it("is found, also written with escapes and inside nested objects and arrays", () => {
    expect(firstRepeatedKey('{"body":"a","body":"b"}')).toBe("body");
    expect(firstRepeatedKey('{"body":"a","\\u0062ody":"b"}')).toBe("body");
    expect(firstRepeatedKey('{"claims":[{"id":1,"version":2,"id":3}]}')).toBe("id");
    expect(firstRepeatedKey('{"a":{"x":1},"b":{"x":2,"y":{"z":[1,{"q":1,"q":2}]}}}')).toBe("q");
  });

  it("is not the same key in different objects, a value that reads like a key, or a string with quotes and braces", () => {
    expect(firstRepeatedKey('{"a":{"id":1},"b":{"id":1},"id":"id"}')).toBeNull();
    expect(firstRepeatedKey('[{"id":1},{"id":2}]')).toBeNull();
    expect(firstRepeatedKey('{"text":"\\"text\\": {\\"x\\", \\"x\\"}","note":"text"}')).toBeNull();
    expect(firstRepeatedKey('{ "a" : 1 , "b" : [ "a" , "a" ] }')).toBeNull();
  });
});
