#!/usr/bin/env bash
# Mutation testing (PIT) of one core package: small deliberate bugs put into its classes, then the
# tests that cover them run; a mutant the tests do not notice "survived".
#
#   bench/mutation.sh output          org.parolekit.output, with the tests of every package
#   bench/mutation.sh load 'org.parolekit.load.*Test'   the load package with its own tests only
#
# Prints the mutants killed, timed out (also a detection), survived and not covered, and the
# share detected; the whole report is target/pit-reports/index.html (mutations.csv beside it).
# Slow on 2 cores (a package takes minutes to an hour): not part of `mvn -B verify`.
set -euo pipefail
cd "$(dirname "$0")/.."

package=${1:?"which package: load, check, output, batch, packet, ..."}
tests=${2:-'org.parolekit.*'}
mkdir -p target
mvn -B -q -P mutation test-compile org.pitest:pitest-maven:mutationCoverage \
  -DtargetClasses="org.parolekit.$package.*" -DtargetTests="$tests" >target/mutation-$package.log 2>&1 \
  || { tail -n 30 target/mutation-$package.log >&2; exit 1; }

awk -F, '{n[$6]++; t++} END {
  detected = n["KILLED"] + n["TIMED_OUT"] + n["MEMORY_ERROR"] + n["RUN_ERROR"]
  printf "%s: %d mutants, %d killed, %d timed out, %d survived, %d not covered; %.0f%% detected\n",
    pkg, t, n["KILLED"], n["TIMED_OUT"], n["SURVIVED"], n["NO_COVERAGE"], t ? 100 * detected / t : 0
}' pkg="$package" target/pit-reports/mutations.csv
