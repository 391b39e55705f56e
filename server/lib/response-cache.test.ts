import { describe, expect, it } from "vitest";
import { ResponseCache } from "./response-cache.ts";

const bytes = (n: number) => Buffer.alloc(n, 0x61);

describe("the response cache", () => {
  it("never holds more bytes than its cap: the least recently used answers go first", () => {
    const cache = new ResponseCache(1000);
    cache.set("a", bytes(400));
    cache.set("b", bytes(400));
    cache.get("a"); // a is now the most recently used
    cache.set("c", bytes(400)); // 1200 > 1000: b goes
    expect(cache.stats()).toEqual({ entries: 2, bytes: 800, maxBytes: 1000 });
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")?.length).toBe(400);

    // 500 distinct queries of 300 bytes each: still within the cap.
    for (let i = 0; i < 500; i += 1) cache.set(`q${i}`, bytes(300));
    expect(cache.stats()).toEqual({ entries: 3, bytes: 900, maxBytes: 1000 });
  });

  it("keeps nothing larger than the cap, and empties on clear", () => {
    const cache = new ResponseCache(1000);
    cache.set("big", bytes(1001));
    expect(cache.stats()).toEqual({ entries: 0, bytes: 0, maxBytes: 1000 });
    cache.set("a", bytes(10));
    cache.clear();
    expect(cache.stats()).toEqual({ entries: 0, bytes: 0, maxBytes: 1000 });
  });
});
