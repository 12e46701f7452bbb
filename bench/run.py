#!/usr/bin/env python3
"""Times `tempo test` against `bun test` (and optionally jest, vitest and node --test) on the generated corpora.

Each corpus is generated into a temporary directory with /work/shared/bench/gen_corpus.py (or
--gen), then every runner runs it in turn (alternating, so drift on a shared machine hits all of
them alike), --reps times. Reports the median wall time per runner and tempo's ratio to each peer.

With --reference (the peers' table in the README beside gen_corpus.py, measured on another machine of
the same kind), it also says how much slower or faster each peer ran here than there, and what tempo's
time comes to at the peers' median factor: a machine's speed drifts, the ratios between runners much less.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run_once(cmd, cwd, env):
    start = time.monotonic()
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.monotonic() - start
    summary = [l.strip() for l in p.stderr.splitlines() if l.strip().startswith("Ran ")]
    return wall, p.returncode, (summary[-1] if summary else p.stderr.strip().splitlines()[-1:] or "")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", default="tiny,small,large", help="comma list of tiny,small,large,cpu,timers")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--tempo", default=os.path.join(ROOT, "tempo"))
    ap.add_argument("--bun", default="/tmp/peers/node_modules/bun/bin/bun.exe")
    ap.add_argument("--jest", help="path to a jest binary (node_modules/.bin/jest), optional")
    ap.add_argument("--vitest", help="path to a vitest binary (node_modules/.bin/vitest), optional")
    ap.add_argument("--vitest-isolation", choices=["isolate", "no-isolate", "both"], default="isolate",
                    help="vitest's default isolation, --no-isolate, or both (default: isolate)")
    ap.add_argument("--node", help="path to node: times `node --test` on the node/ flavour, optional")
    ap.add_argument("--reference", help="the README with the peers' reference table (default: beside --gen)")
    ap.add_argument("--gen", default="/work/shared/bench/gen_corpus.py")
    ap.add_argument("--keep", help="generate into this directory and keep it")
    args = ap.parse_args()

    # (name, command, corpus flavour)
    runners = [("tempo", [args.tempo, "test"], "jest")]
    if os.path.exists(args.bun):
        runners.append(("bun", [args.bun, "test"], "jest"))
    else:
        print(f"bun not found at {args.bun} (cd /tmp/peers && npm i bun@1.4.5); timing tempo alone", file=sys.stderr)
    if args.jest:
        runners.append(("jest", [args.jest], "jest"))
    if args.vitest:
        if args.vitest_isolation != "no-isolate":
            runners.append(("vitest", [args.vitest, "run", "--globals"], "jest"))
        if args.vitest_isolation != "isolate":
            runners.append(("vitest-no-isolate", [args.vitest, "run", "--globals", "--no-isolate"], "jest"))
    if args.node:
        runners.append(("node-test", [args.node, "--test"], "node"))
    reference = load_reference(args.reference or os.path.join(os.path.dirname(args.gen), "README.md"))

    out = args.keep or tempfile.mkdtemp(prefix="tempo-bench-")
    subprocess.run([sys.executable, args.gen, out], check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ, NO_COLOR="1")
    env.pop("FORCE_COLOR", None)

    # One untimed tempo run first: builds tempo and its start-up cache if needed.
    first = os.path.join(out, "tiny", "jest")
    run_once(runners[0][1], first, env)

    rows = []
    try:
        for corpus in args.corpora.split(","):
            times = {name: [] for name, _, _ in runners}
            notes = {}
            for rep in range(args.reps):
                for name, cmd, flavour in runners:
                    wall, rc, summary = run_once(cmd, os.path.join(out, corpus, flavour), env)
                    times[name].append(wall)
                    notes[name] = f"rc={rc} {summary}"
            med = {n: statistics.median(t) for n, t in times.items()}
            rows.append((corpus, med, times))
            line = f"{corpus:7s} " + "  ".join(f"{n} {med[n]:6.2f}s" for n in med)
            for n in med:
                if n != "tempo" and med[n] > 0:
                    line += f"  tempo/{n} {med['tempo'] / med[n]:5.1f}x"
            print(line, flush=True)
            for n in notes:
                print(f"        {n}: {notes[n]}", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(out, ignore_errors=True)

    names = [n for n, _, _ in runners]
    print()
    print(f"| corpus | " + " | ".join(f"{n} (median of {args.reps})" for n in names)
          + "".join(f" | tempo/{n}" for n in names[1:]) + " |")
    print("|---" * (len(names) * 2) + "|")
    for corpus, med, _ in rows:
        print(f"| {corpus} | " + " | ".join(f"{med[n]:.2f} s" for n in names)
              + "".join(f" | {med['tempo'] / med[n]:.1f}x" for n in names[1:]) + " |")
    print(f"\n{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, "
          f"load average before the end: {os.getloadavg()[0]:.2f}")
    if reference:
        print_against_reference(rows, names, reference)


# Runner names in the reference table's first column -> ours.
REFERENCE_NAMES = {"bun": "bun", "vitest 4 (default isolation)": "vitest", "vitest --no-isolate": "vitest-no-isolate",
                   "jest": "jest", "node --test": "node-test"}


def load_reference(path):
    """{runner: {corpus: seconds}} from the reference README's markdown table; {} when there is none."""
    if not os.path.exists(path):
        return {}
    table, columns = {}, None
    for line in open(path, encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) < 2:
            continue
        if cells[0] == "runner":
            columns = cells[1:]
            continue
        if columns is None or set(cells[0]) <= set("-"):
            continue
        name = next((ours for theirs, ours in REFERENCE_NAMES.items() if cells[0].startswith(theirs)), None)
        if name is None:
            continue
        for corpus, cell in zip(columns, cells[1:]):
            numbers = [float(x) for x in cell.replace("\u2013", " ").replace("s", " ").split()[:2] if is_number(x)]
            if numbers:
                table.setdefault(name, {})[corpus] = sum(numbers) / len(numbers)
    return table


def is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def print_against_reference(rows, names, reference):
    print("\nAgainst the reference machine (peers' table; here / there, above 1 = slower here):")
    for corpus, med, _ in rows:
        factors = {n: med[n] / reference[n][corpus] for n in names
                   if n != "tempo" and corpus in reference.get(n, {}) and reference[n][corpus] > 0}
        if not factors:
            continue
        middle = statistics.median(factors.values())
        print(f"  {corpus}: " + ", ".join(f"{n} {f:.2f}x" for n, f in factors.items())
              + f"; median {middle:.2f}x, so tempo's {med['tempo']:.2f} s here is about "
              + f"{med['tempo'] / middle:.2f} s there")


if __name__ == "__main__":
    main()
