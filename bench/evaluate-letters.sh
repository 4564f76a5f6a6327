#!/bin/sh
# Measures the letter checks on folders of labelled letters (the format of ../shared/letters-real:
# a header of "key: value" lines with the labels, a line "---", then the letter), as `lint` runs
# them: no case file. Prints agreement, precision and recall per criterion and for case merits,
# letters wrongly reported as meeting all three, and the same per language and per kind of writer.
#
#   bench/evaluate-letters.sh                      the project's corpus, then ../shared/letters-real
#   bench/evaluate-letters.sh [--json] [--quiet] [--include REGEX] [--exclude REGEX] DIR...
#
# The real letters are read where they are; nothing of them is copied into the project.
set -e
cd "$(dirname "$0")/.."
mvn -B -q test-compile
run() {
  mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.parolekit.check.LetterEvaluation \
    -Dexec.args="$*"
}
if [ $# -gt 0 ]; then
  run "$@"
  exit
fi
echo "== project corpus (fictional, ours): src/test/resources/org/parolekit/check/corpus"
run --quiet src/test/resources/org/parolekit/check/corpus
if [ -d ../shared/letters-real ]; then
  echo
  echo "== ../shared/letters-real"
  run ../shared/letters-real
fi
