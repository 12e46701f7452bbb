#!/usr/bin/env bash
# Runs tempo's whole test suite (JUnit, the specs of tempo's own JS, end-to-end CLI runs on fixtures)
# with the JDK 25 the launcher finds.
set -euo pipefail
cd "$(dirname "$0")"
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] \
     && "$candidate/bin/java" -XshowSettings:properties -version 2>&1 | grep -Eq 'java.specification.version = (2[5-9]|[3-9][0-9])'; then
    export JAVA_HOME="$candidate"
    break
  fi
done
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | grep -Eq 'java.specification.version = (2[5-9]|[3-9][0-9])'; then
  echo "test.sh: needs a JDK 25 or newer (set JAVA_HOME; looked at /usr/lib/jvm/temurin-25-jdk-amd64)" >&2
  exit 2
fi
exec mvn -B -ntp verify "$@"
