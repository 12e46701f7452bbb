// The least a test runtime can be for the generated corpora (bench/floor/Floor.java): describe/test/beforeEach
// collected into a tree, then run synchronously; the matchers those files use, by plain deep equality; jest.fn
// recording calls. No async tests, no timeouts, no messages, no events: a lower bound, not a runner.
(function(g){
  const root = {name:"", tests:[], kids:[], be:[], parent:null};
  let cur = root;
  g.describe = (name, fn) => { const s = {name, tests:[], kids:[], be:[], parent:cur}; cur.kids.push({s}); const p = cur; cur = s; fn(); cur = p; };
  g.test = g.it = (name, fn) => { cur.kids.push({t:{name, fn}}); };
  g.beforeEach = fn => cur.be.push(fn);
  function eq(a, b) {
    if (Object.is(a, b)) return true;
    if (typeof a !== "object" || typeof b !== "object" || !a || !b) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const ka = Object.keys(a), kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    for (const k of ka) if (!eq(a[k], b[k])) return false;
    return true;
  }
  function sub(a, b) {
    if (typeof b !== "object" || !b) return Object.is(a, b);
    if (typeof a !== "object" || !a) return false;
    for (const k of Object.keys(b)) if (!sub(a[k], b[k])) return false;
    return true;
  }
  let count = 0;
  function make(v, not) {
    const ok = (c, m) => { count++; if (!!c === not) throw new Error("expect failed: " + m); };
    return {
      toBe: e => ok(Object.is(v, e), "toBe"),
      toEqual: e => ok(eq(v, e), "toEqual"),
      toContain: e => ok(v.includes(e), "toContain"),
      toHaveLength: n => ok(v.length === n, "toHaveLength"),
      toMatchObject: e => ok(sub(v, e), "toMatchObject"),
      toHaveProperty: function (p, e) { let o = v; for (const k of p.split(".")) { if (o == null || !(k in Object(o))) return ok(false, "prop"); o = o[k]; } ok(arguments.length < 2 || eq(o, e), "prop"); },
      toBeGreaterThan: n => ok(v > n, "gt"),
      toBeCloseTo: (n, d = 2) => ok(Math.abs(v - n) < Math.pow(10, -d) / 2, "close"),
      toThrow: e => { let t = false, err; try { v(); } catch (x) { t = true; err = x; }
        if (t && e !== undefined) t = typeof e === "string" ? String(err && err.message).includes(e) : err instanceof e;
        ok(t, "toThrow"); },
      toHaveBeenCalledTimes: n => ok(v.mock.calls.length === n, "times"),
      toHaveBeenCalledWith: (...a) => ok(v.mock.calls.some(c => eq(c, a)), "with"),
    };
  }
  g.expect = v => { const m = make(v, false); m.not = make(v, true); return m; };
  const fnf = impl => { const f = function(...a) { f.mock.calls.push(a); const r = impl ? impl.apply(this, a) : undefined; f.mock.results.push({type:"return", value:r}); return r; }; f.mock = {calls:[], results:[]}; return f; };
  g.jest = { fn: fnf };
  g.__run = () => {
    let pass = 0, fail = 0;
    const walk = (s, hooks) => { const hs = hooks.concat(s.be); for (const k of s.kids) { if (k.s) walk(k.s, hs); else { try { for (const h of hs) h(); k.t.fn(); pass++; } catch (e) { fail++; } } } };
    walk(root, []);
    return pass + " " + fail + " " + count;
  };
})(globalThis);
