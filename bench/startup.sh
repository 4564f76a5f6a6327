#!/usr/bin/env bash
# Cold start-up of the quick commands: `bin/parolekit --version`, `validate` of the María example
# and `lint` of one .txt letter, each a fresh JVM, against a bare `java -cp` hello world with the
# launcher's JVM options (the floor no Java command goes under).
#
#   bench/startup.sh            9 runs of each, medians
#   RUNS=15 bench/startup.sh    more runs (a noisy machine wants more)
#   BEFORE=/tmp/old.jar bench/startup.sh
#                               also times --version, validate and lint of an earlier build's
#                               jar (java -jar, the launcher's options, no archive) in the same
#                               rounds, for a before/after ratio
#   BEFORE_HOME=/tmp/old-clone bench/startup.sh
#                               the same with an earlier clone's own launcher (bin/parolekit,
#                               with its class-data archive): like for like
#
# The runs are interleaved (hello, --version, validate, lint, hello, ...) so that a machine whose
# load changes during the benchmark slows all four alike; each ratio is the median of the ratios
# taken within one round, next to the ratio of the medians. Builds the jar (and the class-data
# archive the build makes) if the sources are newer. Results go to bench/startup-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-9}
# The launcher's JVM options (bin/parolekit), for the hello world; PAROLEKIT_JAVA_OPTS replaces
# them in both.
JVM_OPTS=${PAROLEKIT_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx1g}

if [[ ! -f target/parolekit.jar || -n "$(find src/main templates pom.xml -newer target/parolekit.jar -print -quit)" ]]; then
  mvn -q -B -o package -DskipTests -Dasciidoctor.skip=true
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/parolekit-startup.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
OUTFILE="bench/startup-$(date -u +%Y-%m-%d).txt"
# An earlier run of the same day keeps its file: this one goes to -2, -3, ...
n=2
while [[ -e "$OUTFILE" ]]; do OUTFILE="bench/startup-$(date -u +%Y-%m-%d)-$n.txt"; n=$((n + 1)); done

cat > "$WORK/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
JAVA
javac -d "$WORK" "$WORK/Hello.java"

NAMES=(hello version validate lint)
if [[ -n "${BEFORE:-}" || -n "${BEFORE_HOME:-}" ]]; then NAMES+=(version0 validate0 lint0); fi
run() {
  if [[ -n "${BEFORE_HOME:-}" ]]; then
    case $1 in
      version0) "$BEFORE_HOME/bin/parolekit" --version; return ;;
      validate0) "$BEFORE_HOME/bin/parolekit" validate examples/maria-hernandez/case.yaml; return ;;
      lint0) "$BEFORE_HOME/bin/parolekit" lint examples/maria-hernandez/letters/jennifer-morales.txt; return ;;
    esac
  fi
  case $1 in
    # shellcheck disable=SC2086
    version0) java $JVM_OPTS -jar "$BEFORE" --version ;;
    # shellcheck disable=SC2086
    validate0) java $JVM_OPTS -jar "$BEFORE" validate examples/maria-hernandez/case.yaml ;;
    # shellcheck disable=SC2086
    lint0) java $JVM_OPTS -jar "$BEFORE" lint examples/maria-hernandez/letters/jennifer-morales.txt ;;
    # shellcheck disable=SC2086
    hello) java $JVM_OPTS -cp "$WORK" Hello ;;
    version) bin/parolekit --version ;;
    validate) bin/parolekit validate examples/maria-hernandez/case.yaml ;;
    lint) bin/parolekit lint examples/maria-hernandez/letters/jennifer-morales.txt ;;
  esac
}

# Wall time of one run in seconds (the exit status of validate and lint is not the point here).
seconds() {
  local start end
  start=$(date +%s%N)
  run "$1" > /dev/null 2> "$WORK/stderr.txt" || true
  end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}

median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.3f\n", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# One warm-up round: the first run after a build reads the jar from disk.
for name in "${NAMES[@]}"; do seconds "$name" > /dev/null; done

{
  echo "# parolekit start-up benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
  echo "# runs=$RUNS, JVM options: $JVM_OPTS; times in seconds"
  printf "%-6s" run; printf " %9s" "${NAMES[@]}"; echo
} | tee "$OUTFILE"

for name in "${NAMES[@]}"; do : > "$WORK/$name.t"; : > "$WORK/$name.r"; done
for round in $(seq "$RUNS"); do
  line=$(printf "%-6s" "#$round")
  for name in "${NAMES[@]}"; do
    s=$(seconds "$name")
    echo "$s" >> "$WORK/$name.t"
    line+=$(printf " %9.3f" "$s")
    eval "t_$name=$s"
  done
  for name in "${NAMES[@]}"; do
    eval "echo \"scale=4; \$t_$name / \$t_hello\"" | bc >> "$WORK/$name.r"
  done
  echo "$line" | tee -a "$OUTFILE"
done

line=$(printf "%-6s" median)
ratios=$(printf "%-6s" ratio)
rounds=$(printf "%-6s" "ratio*")
hello=$(median < "$WORK/hello.t")
for name in "${NAMES[@]}"; do
  m=$(median < "$WORK/$name.t")
  line+=$(printf " %9.3f" "$m")
  ratios+=$(printf " %9.2f" "$(echo "$m / $hello" | bc -l)")
  rounds+=$(printf " %9.2f" "$(median < "$WORK/$name.r")")
done
{
  echo "$line"
  echo "$ratios"
  echo "$rounds"
  echo "# ratio: median time / median hello; ratio*: median of the per-round ratios to hello"
  if [[ -n "${BEFORE:-}" || -n "${BEFORE_HOME:-}" ]]; then
    for name in version validate lint; do
      paste -d' ' "$WORK/$name.t" "$WORK/${name}0.t" | awk '{ print $1 / $2 }' | median | xargs printf "# %s now / before (median of per-round ratios): %.2f\n" "$name"
    done
  fi
} | tee -a "$OUTFILE"
