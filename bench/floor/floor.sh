#!/usr/bin/env bash
# bench/floor/floor.sh DIR [THREADS]: runs the corpus in DIR (a gen_corpus.py jest/ folder) on the floor
# harness (see Floor.java) with the launcher's JVM flags and a start-up cache of its own, built on first use.
# Needs a built tempo (tui/target/lib holds the GraalJS jars). Prints the harness's line and the wall time.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JDK="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
OUT="$ROOT/bench/floor/target"
LIB="$ROOT/tui/target/lib"
[ -d "$LIB" ] || { echo "floor: build tempo first (./tempo --version)" >&2; exit 2; }
mkdir -p "$OUT"
if [ ! -f "$OUT/floor.jar" ] || [ "$HERE/Floor.java" -nt "$OUT/floor.jar" ]; then
  "$JDK/bin/javac" -d "$OUT/classes" -cp "$LIB/*" "$HERE/Floor.java"
  "$JDK/bin/jar" cf "$OUT/floor.jar" -C "$OUT/classes" .
  rm -f "$OUT/floor.aot"
fi
FLAGS=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:+UseSerialGC
  -XX:TieredStopAtLevel=1 -XX:SweeperThreshold=50 -Xmn320m -Dfloor.runtime="$HERE/minimal-runtime.js"
  -cp "$OUT/floor.jar:$LIB/*")
if [ ! -f "$OUT/floor.aot" ]; then
  "$JDK/bin/java" -XX:AOTCacheOutput="$OUT/floor.aot" "${FLAGS[@]}" Floor "$1" "${2:-2}" >/dev/null 2>&1
fi
start=$(date +%s%N)
"$JDK/bin/java" -XX:AOTCache="$OUT/floor.aot" -Xlog:aot=off -Xlog:cds=off "${FLAGS[@]}" Floor "$1" "${2:-2}"
echo "wall $(( ($(date +%s%N) - start) / 1000000 )) ms"
