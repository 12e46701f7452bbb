const { describe, test, expect, beforeEach, mock } = require("bun:test");

describe("basics", () => {
  let list;
  beforeEach(() => { list = [1, 2, 3]; });
  test("equality", () => {
    expect(list).toEqual([1, 2, 3]);
    expect({ a: 1, b: { c: [1, "x"] } }).toStrictEqual({ a: 1, b: { c: [1, "x"] } });
    expect({ a: 1, b: 2 }).toMatchObject({ a: 1 });
    expect("hello world").toContain("world");
    expect(0.1 + 0.2).toBeCloseTo(0.3);
    expect(list).toHaveLength(3);
    expect(() => { throw new TypeError("bad"); }).toThrow(TypeError);
  });
  test("mocks", () => {
    const fn = mock((x) => x * 2);
    list.forEach((v) => fn(v));
    expect(fn).toHaveBeenCalledTimes(3);
    expect(fn).toHaveBeenCalledWith(2);
    const o = { m: () => 1 };
    jest.spyOn(o, "m").mockReturnValue(5);
    expect(o.m()).toBe(5);
  });
  test.each([[1, 2], [2, 4]])("each %i", (a, b) => { expect(a * 2).toBe(b); });
  test("async and timers", async () => {
    const v = await new Promise((r) => setTimeout(() => r(7), 1));
    expect(v).toBe(7);
    await expect(Promise.resolve(1)).resolves.toBe(1);
  });
  test("console", () => {
    console.log("training", { a: 1 }, [1, 2]);
  });
  test("a failure, for the error report path", () => {
    expect({ a: 1, b: [1, 2] }).toEqual({ a: 1, b: [1, 3] });
  });
});
