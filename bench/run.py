#!/usr/bin/env python3
"""Times `tempo test` against `bun test` (and optionally jest/vitest) on the generated corpora.

Each corpus is generated into a temporary directory with /work/shared/bench/gen_corpus.py (or
--gen), then every runner runs it in turn (alternating, so drift on a shared machine hits all of
them alike), --reps times. Reports the median wall time per runner and tempo's ratio to each peer.
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
    ap.add_argument("--gen", default="/work/shared/bench/gen_corpus.py")
    ap.add_argument("--keep", help="generate into this directory and keep it")
    args = ap.parse_args()

    runners = [("tempo", [args.tempo, "test"])]
    if os.path.exists(args.bun):
        runners.append(("bun", [args.bun, "test"]))
    else:
        print(f"bun not found at {args.bun} (cd /tmp/peers && npm i bun@1.4.5); timing tempo alone", file=sys.stderr)
    if args.jest:
        runners.append(("jest", [args.jest]))
    if args.vitest:
        runners.append(("vitest", [args.vitest, "run", "--globals"]))

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
            cwd = os.path.join(out, corpus, "jest")
            times = {name: [] for name, _ in runners}
            notes = {}
            for rep in range(args.reps):
                for name, cmd in runners:
                    wall, rc, summary = run_once(cmd, cwd, env)
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

    names = [n for n, _ in runners]
    print()
    print(f"| corpus | " + " | ".join(f"{n} (median of {args.reps})" for n in names)
          + "".join(f" | tempo/{n}" for n in names[1:]) + " |")
    print("|---" * (len(names) * 2) + "|")
    for corpus, med, _ in rows:
        print(f"| {corpus} | " + " | ".join(f"{med[n]:.2f} s" for n in names)
              + "".join(f" | {med['tempo'] / med[n]:.1f}x" for n in names[1:]) + " |")
    print(f"\n{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, "
          f"load average before the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
