#!/bin/sh
# Letter-check speed: `parolekit lint` on 100 letters in one run (cold JVM, as users run it, via
# the launcher), median of RUNS (default 3) runs; then the checks' own time per letter in one warm
# JVM (org.parolekit.bench.LintSpeed, 10 rounds over the project's corpus). The 100 letters are
# the first 100 of the project's fictional corpus, without their label headers.
set -e
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
mvn -B -q -DskipTests package
mvn -B -q test-compile
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
for f in src/test/resources/org/parolekit/check/corpus/*.txt; do
  n=$((n + 1)); [ $n -gt 100 ] && break
  awk 'f{print} /^---$/{f=1}' "$f" > "$work/$(basename "$f")"
done
times=""
i=0
while [ $i -lt "$runs" ]; do
  i=$((i + 1))
  start=$(date +%s.%N)
  bin/parolekit lint "$work"/*.txt > /dev/null || true
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  echo "run $i: lint of 100 letters: ${t} s"
  times="$times $t"
done
echo "$times" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {printf "median of %d runs: %.2f s for 100 letters (%.0f ms a letter, JVM start included)\n", NR, a[int((NR+1)/2)], a[int((NR+1)/2)]*10}'
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -cp "$cp:target/classes:target/test-classes" org.parolekit.bench.LintSpeed 10 src/test/resources/org/parolekit/check/corpus
