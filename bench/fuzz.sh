#!/usr/bin/env bash
# Fuzzes one of parolekit's untrusted-input readers for a while with Jazzer.
#
#   bench/fuzz.sh roster 600        the roster reader (RosterReaderFuzzTest), 600 seconds
#   bench/fuzz.sh attachment 600    the attachment inspector and packet pages
#   bench/fuzz.sh letter 600        .txt/.md letters: reading, sentences, checks
#   bench/fuzz.sh case 600          the case-file loader
#
# Seconds default to 600. The seed corpus is src/test/resources/<package>/<Test>Inputs/<method>/,
# which plain `mvn test` replays; a finding is written there as crash-<sha1> (keep it, once fixed,
# as a regression seed under a descriptive name). Inputs the fuzzer found interesting go to
# .cifuzz-corpus/ (not committed). Run targets one after another: each takes both cores.
# Prints the last libFuzzer status line (executions, coverage) and the test result; the whole
# log goes to target/fuzz-<target>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?"which target: roster, attachment, letter or case"}
seconds=${2:-600}
# Jazzer's regular-expression hooks steer inputs towards what each pattern would match; the
# letter checks run hundreds of lexicon patterns per letter, and with those hooks one letter takes
# seconds (415 runs in ten minutes). Without them the target runs about 60 letters a second, and
# coverage of the reader, the splitter and the detectors still guides the fuzzer.
disabled_hooks=''
case "$target" in
  roster) test=RosterReaderFuzzTest ;;
  attachment) test=AttachmentInspectorFuzzTest ;;
  letter)
    test=LetterTextFuzzTest
    disabled_hooks='com.code_intelligence.jazzer.sanitizers.RegexRoadblocks:com.code_intelligence.jazzer.sanitizers.RegexInjection'
    ;;
  case) test=CaseLoaderFuzzTest ;;
  *) echo "unknown target '$target': roster, attachment, letter or case" >&2; exit 2 ;;
esac

mkdir -p target
log=target/fuzz-$target.log
status=0
JAZZER_FUZZ=1 \
JAZZER_MAX_DURATION=${seconds}s \
JAZZER_DISABLED_HOOKS=$disabled_hooks \
JAZZER_INSTRUMENT='org.parolekit.**,com.lowagie.**,com.fasterxml.jackson.**,org.yaml.snakeyaml.**' \
  mvn -B -o test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || status=$?

grep -E '^#[0-9]+' "$log" | tail -n 1 || true
grep -E 'Tests run:|FuzzTestFindingException|crash-|Test unit written' "$log" | sort -u | head -n 20 || true
exit "$status"
