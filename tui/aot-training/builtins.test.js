// Everyday JavaScript in a test file: string, array, object, JSON, Map/Set, classes, regular expressions run often
// enough to get their fast form, errors thrown and caught, async functions. (Training only: see README.md.)
const { describe, test, expect, it } = require("@jest/globals");

class Account {
  #balance = 0;
  constructor(owner) { this.owner = owner; }
  deposit(n) { if (n <= 0) throw new RangeError("amount must be positive"); this.#balance += n; return this; }
  get balance() { return this.#balance; }
}

describe("builtins", () => {
  it("strings and regular expressions", () => {
    const words = [];
    for (let i = 0; i < 300; i++) {
      const s = `item-${i} Value_${i * 3}`;
      words.push(s.toUpperCase().replace(/_(\d+)/g, (m, d) => ":" + d).split(" ")[1].trim());
      expect(/^item-\d+/.test(s)).toBe(true);
    }
    expect(words[2]).toMatch(/VALUE:6/);
    expect("a,b,,c".split(",").filter(Boolean).join("|")).toEqual("a|b|c");
    expect("padded".padStart(8, "*").endsWith("ed")).toBeTruthy();
    expect("x".repeat(3).at(-1)).toBe("x");
  });
  it("arrays, objects and JSON", () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ id: i, tags: ["t" + (i % 3)], nested: { ok: i % 2 === 0 } }));
    const byTag = rows.reduce((acc, r) => { (acc[r.tags[0]] ||= []).push(r.id); return acc; }, {});
    expect(Object.keys(byTag).sort()).toEqual(["t0", "t1", "t2"]);
    expect(JSON.parse(JSON.stringify(rows[4]))).toStrictEqual(rows[4]);
    expect(Object.entries({ a: 1, b: 2 }).map(([k, v]) => k + v)).toContain("b2");
    expect(rows.find((r) => r.id === 7)).toHaveProperty("nested.ok", false);
    expect({ ...rows[1], extra: [1, 2] }).toMatchObject({ id: 1, extra: [1, 2] });
    expect([3, 1, 2].sort((a, b) => a - b).includes(2)).not.toBe(false);
    expect(() => JSON.parse("{")).toThrow(SyntaxError);
  });
  it("maps, sets, classes and errors", () => {
    const m = new Map([["a", 1]]);
    m.set("b", 2);
    const s = new Set([1, 2, 2, 3]);
    expect([...m.keys()]).toEqual(["a", "b"]);
    expect(s.size).toBeGreaterThan(2);
    const acc = new Account("ann").deposit(5).deposit(7);
    expect(acc.balance).toBe(12);
    expect(() => acc.deposit(-1)).toThrow("amount must be positive");
    expect(() => acc.deposit(1)).not.toThrow();
    expect(acc).toBeInstanceOf(Account);
    expect(new Date(Date.UTC(2024, 0, 2)).toISOString().slice(0, 10)).toBe("2024-01-02");
    expect(Math.max(...[1, 5, 3])).toBeLessThanOrEqual(5);
    expect(typeof Symbol("x")).toBe("string".length > 0 ? "symbol" : "");
  });
  test("async functions and generators", async () => {
    function* gen() { yield 1; yield 2; }
    const wait = (v) => new Promise((resolve) => setImmediate(() => resolve(v)));
    let total = 0;
    for (const v of gen()) total += await wait(v);
    expect(total).toBe(3);
    await expect(Promise.reject(new Error("no"))).rejects.toThrow("no");
    expect(await Promise.all([wait(1), Promise.resolve(2)])).toEqual([1, 2]);
  });
});
