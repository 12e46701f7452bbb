import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { helper } from "./helper";

interface Point { x: number; y: number }

describe("modules", () => {
  test("typescript and esm", () => {
    const p: Point = { x: 1, y: 2 };
    expect(helper(p.x, p.y)).toBe(3);
    expect(join("a", "b")).toBe("a/b");
  });
  test("fake timers", () => {
    jest.useFakeTimers?.();
    let n = 0;
    setTimeout(() => { n++; }, 100);
    jest.advanceTimersByTime?.(100);
    jest.useRealTimers?.();
    expect(n).toBeGreaterThanOrEqual(0);
  });
});
