#!/usr/bin/env bash
# roadmap overdue beside taskwarrior and calcurse, in one run, on the same items.
#
#   bash Sources/roadmap-bench/Scripts/compare-peers.sh            # 100,000 progress records
#   RECORDS=10000 RUNS=10 bash Sources/roadmap-bench/Scripts/compare-peers.sh
#
# Installs the peers (Debian packages taskwarrior, calcurse, hyperfine) when
# missing, builds release, generates a synthetic region marked up to today,
# imports the same occurrences into taskwarrior and calcurse in temporary
# homes, times the three listings (roadmap with its index and without) with hyperfine and prints the table, the
# ratios and each tool's peak memory.
set -euo pipefail

RECORDS=${RECORDS:-100000}
RUNS=${RUNS:-5}
SEED=${SEED:-1}
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."

# --- peers ---------------------------------------------------------------
missing=()
command -v task >/dev/null || missing+=(taskwarrior)
command -v calcurse >/dev/null || missing+=(calcurse)
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then
    echo "installing: ${missing[*]}"
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- build and generate ----------------------------------------------------
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
swift build -c release >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
BIN=$(swift build -c release --show-bin-path)
TODAY=$(date +%Y-%m-%d)            # taskwarrior's `overdue` means "due before now"
CALCURSE_DAY=$(date +%m/%d/%Y)     # calcurse's default date form

"$BIN/roadmap-bench" generate "$WORK/region" --records "$RECORDS" --seed "$SEED" --as-of "$TODAY" \
    --export-taskwarrior "$WORK/tasks.json" --export-calcurse "$WORK/calcurse"

export TASKDATA="$WORK/taskdata" TASKRC="$WORK/taskrc"
mkdir -p "$TASKDATA"
printf 'data.location=%s\nconfirmation=off\nhooks=off\n' "$TASKDATA" > "$TASKRC"
echo "task import …"
task rc.verbose=nothing import "$WORK/tasks.json" >/dev/null
# The first report moves completed tasks out of pending.data; do it before timing.
task rc.verbose=nothing overdue >/dev/null

# `roadmap overdue` keeps its index in $XDG_CACHE_HOME/roadmap: the first run
# reads the JSON files and builds it (hyperfine's warm-up is that run), later
# runs answer from it while the files are unchanged. `--no-cache` times the
# JSON path alone.
export XDG_CACHE_HOME="$WORK/cache"
ROADMAP=("$BIN/roadmap" overdue --data "$WORK/region" --as-of "$TODAY" --format json)
JSONONLY=("$BIN/roadmap" overdue --data "$WORK/region" --as-of "$TODAY" --format json --no-cache)
TASK=(task rc.verbose=nothing overdue)
CALCURSE=(calcurse -D "$WORK/calcurse" -G --filter-type apt --filter-start-before "$CALCURSE_DAY")

# --- the same answer? ------------------------------------------------------
roadmap_count=$("${ROADMAP[@]}" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
task_count=$(task rc.verbose=nothing count +OVERDUE)
calcurse_count=$("${CALCURSE[@]}" | wc -l)
echo
echo "overdue on $TODAY: roadmap $roadmap_count, taskwarrior $task_count;" \
     "calcurse lists $calcurse_count appointments before the day (it keeps no done mark on appointments)"
if [ "$roadmap_count" != "$task_count" ]; then echo "roadmap and taskwarrior disagree" >&2; exit 1; fi
"${JSONONLY[@]}" > "$WORK/json.json"
"${ROADMAP[@]}" | cmp -s - "$WORK/json.json" || { echo "the index answers differently" >&2; exit 1; }

# --- peak memory: the largest resident set of one run ------------------------
peak() {
    python3 - "$@" <<'PY'
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
PY
}
roadmap_mb=$(peak "${ROADMAP[@]}")
json_mb=$(peak "${JSONONLY[@]}")
task_mb=$(peak "${TASK[@]}")
calcurse_mb=$(peak "${CALCURSE[@]}")

# --- time -------------------------------------------------------------------
q() { printf '%q ' "$@"; }
hyperfine --style none --warmup 1 --runs "$RUNS" --export-json "$WORK/times.json" \
    -n roadmap "$(q "${ROADMAP[@]}")" \
    -n "roadmap --no-cache" "$(q "${JSONONLY[@]}")" \
    -n taskwarrior "$(q "${TASK[@]}")" \
    -n calcurse "$(q "${CALCURSE[@]}")" >/dev/null

python3 - "$WORK/times.json" "$RECORDS" "$roadmap_mb" "$json_mb" "$task_mb" "$calcurse_mb" <<'PY'
import json, statistics, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
names = ["roadmap", "roadmap --no-cache", "taskwarrior", "calcurse"]
records, memory = sys.argv[2], dict(zip(names, sys.argv[3:7]))
median = {name: statistics.median(r["times"]) for name, r in results.items()}
print(f"\n{records} progress records, {len(results['roadmap']['times'])} runs each (hyperfine), median (min–max)\n")
print(f"{'tool':<20}{'median':>10}   {'min–max':<17}{'peak memory':>12}   {'÷ roadmap':>10}{'÷ no-cache':>11}")
for name in names:
    r = results[name]
    span = f"{min(r['times']):.3f}–{max(r['times']):.3f} s"
    print(f"{name:<20}{median[name]:>8.3f} s   {span:<17}{memory[name]:>9} MB   ×{median[name] / median['roadmap']:>7.1f}   ×{median[name] / median['roadmap --no-cache']:>8.1f}")
print()
for name in ["roadmap", "roadmap --no-cache"]:
    verdicts = [
        ("≥ 10× faster than taskwarrior", median["taskwarrior"] / median[name] >= 10),
        ("no slower than calcurse", median[name] <= median["calcurse"]),
        ("peak memory < 100 MB", int(memory[name]) < 100),
    ]
    for text, ok in verdicts:
        print(f"{'met   ' if ok else 'MISSED'} {name}: {text}")
PY
