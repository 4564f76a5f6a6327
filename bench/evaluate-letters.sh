#!/bin/sh
# Prints precision, recall and confusion tables of the letter check on the tuning corpus and on
# the held-out letters. Run from the repository root.
set -e
mvn -q compile
for set in corpus heldout; do
  echo "== $set"
  mvn -q exec:java -Dexec.mainClass=org.parolekit.check.CorpusEvaluation \
    -Dexec.args="src/test/resources/org/parolekit/check/$set"
done
