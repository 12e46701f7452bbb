import { slugify } from "../src/slugify.js";

test("slugifies titles", () => {
  expect(slugify("  Hello, World!  ")).toBe("hello-world");
});

test("waits for a timer", async () => {
  const value = await new Promise((resolve) => setTimeout(() => resolve("done"), 10));
  expect(value).toBe("done");
});

test.todo("handles unicode");
