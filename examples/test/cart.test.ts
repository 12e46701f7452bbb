import { describe, test, expect, beforeEach, mock } from "bun:test";
import { Cart } from "../src/cart";

describe("Cart", () => {
  let cart: Cart;
  beforeEach(() => {
    cart = new Cart();
  });

  test("starts empty", () => {
    expect(cart.total()).toBe(0);
    expect(cart.names()).toEqual([]);
  });

  test("adds up prices", () => {
    cart.add({ name: "tea", price: 3, qty: 2 }).add({ name: "milk", price: 1.5, qty: 1 });
    expect(cart.total()).toBeCloseTo(7.5);
    expect(cart.names()).toContain("milk");
  });

  test("rejects a zero quantity", () => {
    expect(() => cart.add({ name: "air", price: 0, qty: 0 })).toThrow(RangeError);
  });

  test.each([
    [1, 1],
    [2, 4],
    [3, 9],
  ])("%i items of price %i", (qty, expected) => {
    cart.add({ name: "x", price: qty, qty });
    expect(cart.total()).toBe(expected);
  });

  test("calls a listener", () => {
    const listener = mock((n: number) => n * 2);
    [1, 2].forEach(listener);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(listener.mock.results[1].value).toBe(4);
  });
});
