#!/usr/bin/env bash
# Benchmark of `parolekit batch`: N organizational letters (English, PDF, embedded fonts) from a
# cold start, against a bare OpenPDF loop writing the same text with the same fonts and logo in
# the same run (org.parolekit.bench.BareOpenPdf, under src/test/java, run with the test class
# path).
#
#   bench/batch.sh                 N = 100, 1000 and 10000, 3 runs each, medians
#   bench/batch.sh --skip-10000    N = 100 and 1000 only
#   bench/batch.sh --libreoffice   also LibreOffice headless (soffice) turning the same 1,000
#                                  letters, as Word files, into PDF, 200 files per soffice run
#                                  (LO_N=100 for fewer)
#   RUNS=1 bench/batch.sh          one run each
#
# Each size is measured three ways: `bin/parolekit batch` as users run it (the launcher's JVM
# options: serial GC, client compiler), the bare OpenPDF loop with the JVM's defaults (the
# reference the goal names), and the bare loop with the launcher's options (like for like). The
# bare loop writes the organizational letter's text with what that letter carries: the logo at
# the top, the organization's name and the Re: line in Liberation Serif Bold, the rest in
# Liberation Serif, both faces embedded as subsets.
#
# Needs GNU time (/usr/bin/time -v) for peak memory: `sudo apt-get install time` if missing.
# Run from the repository root. Prints wall time, letters per second and peak RSS per run and
# the medians; results go to bench/results-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=(100 1000 10000)
LIBREOFFICE=
for arg in "$@"; do
  case $arg in
    --skip-10000) SIZES=(100 1000) ;;
    --libreoffice) LIBREOFFICE=yes ;;
    *) echo "unknown option $arg (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
if [[ -n "$LIBREOFFICE" ]] && ! command -v soffice >/dev/null 2>&1; then
  echo "soffice is missing: install it with 'sudo apt-get install libreoffice-writer-nogui'" >&2
  exit 1
fi
RUNS=${RUNS:-3}
JOBS=${JOBS:-$(nproc)}

if [[ ! -x /usr/bin/time ]]; then
  echo "GNU time is missing: install it with 'sudo apt-get install time'" >&2
  exit 1
fi
if [[ ! -f target/parolekit.jar || -n "$(find src pom.xml -newer target/parolekit.jar -print -quit)" ]]; then
  mvn -q -B -o package -DskipTests
fi
if [[ ! -f target/test-classes/org/parolekit/bench/BareOpenPdf.class ]]; then
  mvn -q -B -o test-compile
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/parolekit-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
OUTFILE="bench/results-$(date -u +%Y-%m-%d).txt"
# An earlier run of the same day keeps its file: this one goes to -2, -3, ...
n=2
while [[ -e "$OUTFILE" ]]; do OUTFILE="bench/results-$(date -u +%Y-%m-%d)-$n.txt"; n=$((n + 1)); done

# A fictional roster: names with accents and two family names; every 5th person reads Spanish,
# but the benchmark asks for English only (--lang en), one letter per person.
roster() {
  awk -v n="$1" 'BEGIN {
    split("María José,José Ángel,Luz Elena,Nadia,Ruslan,Anaïs,Thi Lan,Darnell,Blessing,Iñaki", g, ",");
    split("Hernández López,Ramírez Coj,Díaz de la Cruz,Haddad,Núñez Ortega,Pierre-Louis,Nguyễn,Okafor,Ayuk Tabe,Echeverría", f, ",");
    print "givenNames,familyNames,aNumber,pronouns,languages,facility,fieldOffice,contact,since,volunteer";
    for (i = 0; i < n; i++) {
      printf "%s,%s %d,A%09d,%s,%s,Otay Mesa Detention Center,san-diego,visits,2026-03,Ana Méndez\n",
        g[i % 10 + 1], f[int(i / 10) % 10 + 1], i, 100000000 + i, (i % 2 ? "he" : "she"), (i % 5 ? "en" : "es en");
    }
  }' > "$2"
}

# Runs a command under GNU time; prints "seconds peak_kb".
measure() {
  /usr/bin/time -v -o "$WORK/time.txt" "$@" > /dev/null 2> "$WORK/stderr.txt" || {
    cat "$WORK/stderr.txt" >&2; return 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
              /Maximum resident set size/ { kb = $2 } END { printf "%.2f %d\n", s, kb }' "$WORK/time.txt"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# The letter text the bare loop writes: the English organizational letter of one roster row.
roster 1 "$WORK/one.csv"
java -jar target/parolekit.jar batch --org examples/organization.yaml "$WORK/one.csv" -o "$WORK/one" \
  --lang en --file-format txt --date 2026-11-27 --quiet > /dev/null
TEXT=$(find "$WORK/one" -name '*.txt' | head -1)
CP="target/test-classes:target/parolekit.jar"
LOGO=examples/$(awk '/^logo:/ { print $2 }' examples/organization.yaml)

{
  echo "# parolekit batch benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "# jobs=$JOBS runs=$RUNS; times in seconds, RSS in MB"
  printf "%-8s %-10s %8s %10s %8s\n" N what wall letters/s peakMB
} | tee "$OUTFILE"

LAUNCHER_OPTS=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)

for n in "${SIZES[@]}"; do
  roster "$n" "$WORK/roster-$n.csv"
  : > "$WORK/batch-t"; : > "$WORK/batch-m"; : > "$WORK/bare-t"; : > "$WORK/bare-m"; : > "$WORK/same-t"; : > "$WORK/same-m"
  for run in $(seq "$RUNS"); do
    rm -rf "$WORK/out" "$WORK/bare"
    read -r s kb < <(measure bin/parolekit batch --org examples/organization.yaml \
      "$WORK/roster-$n.csv" -o "$WORK/out" --lang en --file-format pdf --date 2026-11-27 --jobs "$JOBS" --quiet)
    echo "$s" >> "$WORK/batch-t"; echo "$kb" >> "$WORK/batch-m"
    printf "%-8s %-10s %8.2f %10.0f %8.0f\n" "$n" "batch#$run" "$s" "$(echo "$n / $s" | bc -l)" "$((kb / 1024))" | tee -a "$OUTFILE"
    read -r s kb < <(measure java -cp "$CP" org.parolekit.bench.BareOpenPdf "$n" "$TEXT" "$WORK/bare" "$JOBS" "$LOGO")
    echo "$s" >> "$WORK/bare-t"; echo "$kb" >> "$WORK/bare-m"
    printf "%-8s %-10s %8.2f %10.0f %8.0f\n" "$n" "bare#$run" "$s" "$(echo "$n / $s" | bc -l)" "$((kb / 1024))" | tee -a "$OUTFILE"
    rm -rf "$WORK/bare"
    read -r s kb < <(measure java "${LAUNCHER_OPTS[@]}" -cp "$CP" org.parolekit.bench.BareOpenPdf "$n" "$TEXT" "$WORK/bare" "$JOBS" "$LOGO")
    echo "$s" >> "$WORK/same-t"; echo "$kb" >> "$WORK/same-m"
    printf "%-8s %-10s %8.2f %10.0f %8.0f\n" "$n" "bare-same#$run" "$s" "$(echo "$n / $s" | bc -l)" "$((kb / 1024))" | tee -a "$OUTFILE"
  done
  bt=$(median < "$WORK/batch-t"); rt=$(median < "$WORK/bare-t"); st=$(median < "$WORK/same-t")
  eval "batch_med_$n=$bt"
  bm=$(median < "$WORK/batch-m"); rm_=$(median < "$WORK/bare-m"); sm=$(median < "$WORK/same-m")
  printf "%-8s %-10s %8.2f %10.0f %8.0f\n" "$n" "batch-med" "$bt" "$(echo "$n / $bt" | bc -l)" "$(echo "$bm / 1024" | bc)" | tee -a "$OUTFILE"
  printf "%-8s %-10s %8.2f %10.0f %8.0f\n" "$n" "bare-med" "$rt" "$(echo "$n / $rt" | bc -l)" "$(echo "$rm_ / 1024" | bc)" | tee -a "$OUTFILE"
  printf "%-8s %-10s %8.2f %10.0f %8.0f\n" "$n" "same-med" "$st" "$(echo "$n / $st" | bc -l)" "$(echo "$sm / 1024" | bc)" | tee -a "$OUTFILE"
  printf "%-8s %-10s %8.2f %10s %8s\n" "$n" "ratio" "$(echo "$bt / $rt" | bc -l)" "same:" "$(printf %.2f "$(echo "$bt / $st" | bc -l)")" | tee -a "$OUTFILE"
done

if [[ -n "$LIBREOFFICE" ]]; then
  # The same letters as Word files (written by parolekit, not timed), then one LibreOffice
  # headless process turning them all into PDF, as an office suite's batch would.
  lo_n=${LO_N:-1000}
  roster "$lo_n" "$WORK/roster-lo.csv"
  rm -rf "$WORK/docx" "$WORK/lo-pdf"
  java -jar target/parolekit.jar batch --org examples/organization.yaml "$WORK/roster-lo.csv" \
    -o "$WORK/docx" --lang en --file-format docx --date 2026-11-27 --quiet > /dev/null
  # Each person's letter has the same file name in its own folder: flat, numbered copies, so that
  # every letter gets a PDF of its own in the one output folder.
  mkdir -p "$WORK/docx-flat"
  i=0
  while IFS= read -r f; do i=$((i + 1)); cp "$f" "$WORK/docx-flat/letter-$i.docx"; done \
    < <(find "$WORK/docx" -name '*.docx')
  find "$WORK/docx-flat" -name '*.docx' > "$WORK/docx.list"
  : > "$WORK/lo-t"
  for run in $(seq "$RUNS"); do
    rm -rf "$WORK/lo-pdf" "$WORK/lo-profile"
    # soffice converts at most a few hundred files named on one command line (the rest are
    # dropped without a word), so the files go 200 at a time, as xargs would send them.
    read -r s kb < <(measure xargs -n 200 soffice "-env:UserInstallation=file://$WORK/lo-profile" \
      --headless --convert-to pdf --outdir "$WORK/lo-pdf" < "$WORK/docx.list")
    echo "$s" >> "$WORK/lo-t"
    printf "%-8s %-10s %8.2f %10.0f %8.0f\n" "$lo_n" "soffice#$run" "$s" "$(echo "$lo_n / $s" | bc -l)" "$((kb / 1024))" | tee -a "$OUTFILE"
  done
  made=$(find "$WORK/lo-pdf" -name '*.pdf' | wc -l)
  lt=$(median < "$WORK/lo-t")
  printf "%-8s %-10s %8.2f %10.0f %8s\n" "$lo_n" "soffice-med" "$lt" "$(echo "$lo_n / $lt" | bc -l)" "($made PDFs)" | tee -a "$OUTFILE"
  bt=$(eval "echo \${batch_med_$lo_n:-}")
  if [[ -n "$bt" ]]; then
    printf "%-8s %-10s %8.2f   (soffice / batch at the same N)\n" "$lo_n" "ratio-lo" "$(echo "$lt / $bt" | bc -l)" | tee -a "$OUTFILE"
  fi
fi
