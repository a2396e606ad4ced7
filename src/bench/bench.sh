#!/usr/bin/env bash
# Load benchmark of a running Maquis Archive: prints requests/s and latency for a few typical queries.
# Machines are shared and noisy: it warms the JIT up first, runs each query several times, and quotes the
# median. Timings are figures to compare within one run, never assertions.
#
#   src/bench/bench.sh [BASE_URL] [SECONDS_PER_RUN] [RUNS]      (defaults: http://127.0.0.1:8080 10 3)
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
SECONDS_PER_RUN=${2:-10}
RUNS=${3:-3}
command -v hey >/dev/null || { apt-get update -qq && apt-get install -y -qq hey >/dev/null; }

declare -A QUERIES=(
  [slug]='{"query":"{ person(slug: \"marlena-moreau\") { name died { wording } diedAt { name } } }"}'
  [timeline]='{"query":"{ events(first: 50) { totalCount nodes { name date { wording } place { name } } } }"}'
  [three-levels]='{"query":"{ factions(first: 20) { nodes { name members(first: 20) { nodes { role person { name leads { name } } } } } } }"}'
  [search]='{"query":"{ search(query: \"Marlena Moro\", first: 5) { nodes { id } } }"}'
)

run() { # prints "requests/s p50-latency-ms"
  hey -z "${2}s" -c 8 -m POST -T application/json -d "$1" "$BASE/graphql" \
    | awk '/Requests\/sec/ {rps=$2} /50% in/ {p50=$3*1000} END {printf "%.0f %.1f\n", rps, p50}'
}

echo "warming up for 60 s against $BASE ..."
for q in "${QUERIES[@]}"; do run "$q" 15 >/dev/null; done
printf '%-14s %12s %14s   (median of %d runs of %d s, 8 connections)\n' query "requests/s" "p50 latency ms" "$RUNS" "$SECONDS_PER_RUN"
for name in slug timeline three-levels search; do
  results=$(for _ in $(seq "$RUNS"); do run "${QUERIES[$name]}" "$SECONDS_PER_RUN"; done | sort -n)
  median=$(echo "$results" | sed -n "$(( (RUNS + 1) / 2 ))p")
  printf '%-14s %12s %14s\n' "$name" $median
done
