#!/usr/bin/env python3
"""Save-to-result latency of watch mode: `tempo test --watch` against `bun test --watch`.

Generates the corpus with /work/shared/bench/gen_corpus.py (or --gen), starts each runner in watch
mode in the corpus directory, waits for its first full run, then --reps times: saves one test file
(one line changed) and measures from just before the write to the moment the run's result line
("Ran N tests across M files") is read from the runner's stderr. Reports the median, min and max.

Runners are measured one after the other (each keeps its own watcher running); a pause between
saves lets each rerun finish and the watcher settle. Absolute numbers on a shared 2-core machine
drift with other load: measure on a quiet machine before quoting them.
"""
import argparse
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RESULT = "Ran "


def reader(stream, lines):
    for raw in iter(stream.readline, b""):
        lines.put((time.monotonic(), raw.decode("utf-8", "replace").rstrip("\n")))
    lines.put((time.monotonic(), None))


def wait_result(lines, timeout, proc_name):
    """The time the next result line was read; fails if the runner exits or stays silent."""
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise SystemExit(f"{proc_name}: no result line within {timeout:.0f} s")
        try:
            at, line = lines.get(timeout=left)
        except queue.Empty:
            continue
        if line is None:
            raise SystemExit(f"{proc_name}: exited before printing a result line")
        if line.strip().startswith(RESULT):
            return at, line.strip()


def measure(name, cmd, cwd, env, target, reps, pause, timeout):
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    lines = queue.Queue()
    threading.Thread(target=reader, args=(proc.stderr, lines), daemon=True).start()
    try:
        _, first = wait_result(lines, timeout, name)
        print(f"{name}: first run: {first}", flush=True)
        with open(target, encoding="utf-8") as f:
            original = f.read()
        times = []
        for i in range(reps):
            time.sleep(pause)
            while not lines.empty():  # anything printed since the last result
                lines.get_nowait()
            start = time.monotonic()
            with open(target, "w", encoding="utf-8") as f:
                f.write(original + f"// save {i}\n")
            at, summary = wait_result(lines, timeout, name)
            times.append((at - start) * 1000)
            print(f"{name}: save {i + 1}: {times[-1]:7.1f} ms  ({summary})", flush=True)
        with open(target, "w", encoding="utf-8") as f:
            f.write(original)
        return times
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="large", help="tiny, small, large (400 files), cpu or timers")
    ap.add_argument("--reps", type=int, default=20)
    ap.add_argument("--pause", type=float, default=1.0, help="seconds between saves")
    ap.add_argument("--timeout", type=float, default=600, help="seconds to wait for any one result line")
    ap.add_argument("--tempo", default=os.path.join(ROOT, "tempo"))
    ap.add_argument("--bun", default="/tmp/peers/node_modules/bun/bin/bun.exe", help="'' to skip bun")
    ap.add_argument("--gen", default="/work/shared/bench/gen_corpus.py")
    ap.add_argument("--keep", help="generate into this directory and keep it")
    args = ap.parse_args()

    runners = [("tempo", [args.tempo, "test", "--watch"])]
    if args.bun and os.path.exists(args.bun):
        runners.append(("bun", [args.bun, "test", "--watch"]))
    elif args.bun:
        print(f"bun not found at {args.bun}; measuring tempo alone", file=sys.stderr)

    out = args.keep or tempfile.mkdtemp(prefix="tempo-watch-bench-")
    subprocess.run([sys.executable, args.gen, out], check=True, stdout=subprocess.DEVNULL)
    cwd = os.path.join(out, args.corpus, "jest")
    tests = sorted(f for f in os.listdir(cwd) if f.endswith(".test.js"))
    target = os.path.join(cwd, tests[len(tests) // 2])
    env = dict(os.environ, NO_COLOR="1")
    env.pop("FORCE_COLOR", None)
    # Build tempo (and its start-up cache) outside the measurement.
    subprocess.run([args.tempo, "test", "--pass-with-no-tests", "./nothing-here"], cwd=cwd, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    results = {}
    try:
        for name, cmd in runners:
            results[name] = measure(name, cmd, cwd, env, target, args.reps, args.pause, args.timeout)
    finally:
        if not args.keep:
            shutil.rmtree(out, ignore_errors=True)

    print()
    print(f"| runner | save-to-result, median of {args.reps} | min | max |")
    print("|---|---|---|---|")
    for name, t in results.items():
        print(f"| {name} | {statistics.median(t):.0f} ms | {min(t):.0f} ms | {max(t):.0f} ms |")
    print(f"\n{args.corpus} corpus ({len(tests)} files), one test file saved; {time.strftime('%Y-%m-%d')}, "
          f"{os.cpu_count()} cores, load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
