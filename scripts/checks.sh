#!/usr/bin/env bash
# The checks before the tests, side by side (they are single-threaded and the machines have 2 cores):
# types, lint, and the client build when its sources changed. Each one's output is printed whole when
# it ends; the script fails if any of them does.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

run() {
  local name=$1; shift
  ( "$@" >"$out/$name.log" 2>&1; echo $? >"$out/$name.code" ) &
}
run types npx tsc --noEmit
run lint npx eslint --max-warnings 0 .
run client npx tsx scripts/build-client.ts
wait

failed=0
for name in types lint client; do
  code=$(cat "$out/$name.code")
  if [ "$code" = 0 ]; then echo "✓ $name"; else echo "✗ $name (exit $code)"; failed=1; fi
  [ -s "$out/$name.log" ] && sed "s/^/  $name | /" "$out/$name.log"
done
exit $failed
