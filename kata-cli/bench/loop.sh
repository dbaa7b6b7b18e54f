#!/usr/bin/env bash
# kata-cli/bench/loop.sh - how fast is the learner's loop? A measurement, not a test.
#
# Times `./kata check` (warm: one untimed run first) RUNS times for each case and prints the
# median and the maximum wall time in seconds:
#   - step 01 and step 02 with nothing changed,
#   - step 01 and step 02 after touching one source file of the step (Maven recompiles it),
#   - `./kata watch` re-runs on the current step: from touching a file to the next prompt.
# It also prints the core count and the load average, because on a shared machine the figures
# mean little without them. The design target is a median of 10 s on step 01 (2 cores).
#
# Usage: kata-cli/bench/loop.sh [RUNS]       (RUNS defaults to 5; from any folder)
# Maven settings come from the environment as usual (MAVEN_ARGS, MAVEN_OPTS).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
cd "$root"

# Seconds since the epoch, with decimals where the shell has them (bash 5), whole otherwise.
now() { if [ -n "${EPOCHREALTIME:-}" ]; then echo "${EPOCHREALTIME/,/.}"; else date +%s; fi; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*load averages*: //'; }
cores() { getconf _NPROCESSORS_ONLN 2>/dev/null || sysctl -n hw.ncpu 2>/dev/null || echo "?"; }

# "8.1 7.9 9.0 8.3 8.0" -> "median 8.1  max 9.0"
summary() {
  printf '%s\n' "$@" | sort -n | awk '{ t[NR] = $1 } END {
    m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "median %5.1f   max %5.1f", m, t[NR] }'
}

# The first main source file of a step: touching it makes Maven compile the step again.
source_of() { find "$1/src/main/java" -name '*.java' | sort | head -n 1; }
step_dir() { ls -d "step-$(printf '%02d' "$1")"-*/ | head -n 1 | sed 's:/$::'; }

check_once() { # STEP -> seconds
  local start; start="$(now)"
  ./kata check "$1" >/dev/null 2>&1 || true # a red step exits 1: still a measurement
  elapsed "$start" "$(now)"
}

bench_check() { # LABEL STEP TOUCH(yes/no)
  local label="$1" step="$2" touch="$3" times=() i
  check_once "$step" >/dev/null # warm-up, not counted
  for ((i = 0; i < runs; i++)); do
    if [ "$touch" = yes ]; then touch "$(source_of "$(step_dir "$step")")"; fi
    times+=("$(check_once "$step")")
  done
  printf '%-52s %s   runs: %s   load after: %s\n' "$label" "$(summary "${times[@]}")" "${times[*]}" "$(load)"
}

# ./kata watch in the background; each round touches a file of the step it watches and waits
# until it says "Watching ..." again, i.e. until the tests ran and the board is printed.
bench_watch() { # LABEL
  local label="$1" log pid dir file times=() i seen start
  log="$(mktemp)"
  ./kata watch >"$log" 2>&1 &
  pid=$!
  rounds() { grep -c "^Watching .*/src for changes" "$log" || true; }
  until [ "$(rounds)" -ge 1 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$label: watch ended early:"; tail -n 5 "$log"; return; fi
    sleep 0.2
  done
  dir="$(sed -n 's:^Watching \(.*\)/src for changes.*:\1:p' "$log" | head -n 1)"
  file="$(source_of "$dir")"
  for ((i = 0; i < runs; i++)); do
    seen="$(rounds)"; start="$(now)"
    touch "$file"
    while [ "$(rounds)" -le "$seen" ]; do
      kill -0 "$pid" 2>/dev/null || { echo "$label: watch ended:"; tail -n 5 "$log"; return; }
      sleep 0.1
    done
    times+=("$(elapsed "$start" "$(now)")")
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -f "$log"
  printf '%-52s %s   runs: %s   load after: %s\n' "$label ($dir)" "$(summary "${times[@]}")" "${times[*]}" "$(load)"
}

echo "kata loop benchmark: $runs runs per case, $(cores) cores, load before: $(load)"
./kata status >/dev/null 2>&1 || true # builds the tool if needed, outside every timing
bench_check "check step 01, nothing changed" 1 no
bench_check "check step 02, nothing changed" 2 no
bench_check "check step 01, one source file touched" 1 yes
bench_check "check step 02, one source file touched" 2 yes
bench_watch "watch re-run, one file touched"
