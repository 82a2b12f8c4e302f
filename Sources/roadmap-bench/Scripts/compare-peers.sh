#!/usr/bin/env bash
# roadmap overdue beside taskwarrior and calcurse, in one run, on the same items.
#
#   bash Sources/roadmap-bench/Scripts/compare-peers.sh            # 100,000 progress records
#   RECORDS=10000 RUNS=10 bash Sources/roadmap-bench/Scripts/compare-peers.sh
#
# Installs the peers (Debian packages taskwarrior, calcurse, hyperfine) when
# missing, builds release, generates a synthetic region marked up to today,
# imports the same occurrences into taskwarrior and calcurse in temporary
# homes, asks the three the same question — what is not done and was due
# before the day — and times it with hyperfine: roadmap from a warm index,
# right after a mark (cold: the index reads the changed file again) and
# without the index, and `roadmap mark` itself as a command. Prints the
# table, the ratios, each tool's peak memory, and the date, the machine and
# its load at the start and the end of the run.
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

# --- the run: when, on what, under what load ------------------------------------
echo "run of $(date -u '+%Y-%m-%d %H:%M UTC'): $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)," \
     "$(free -g | awk '/^Mem:/ {print $2 " GB"}'); load at the start:$(uptime | sed 's/.*load average://')"

# --- build and generate ----------------------------------------------------
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
swift build -c release --static-swift-stdlib >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
BIN=$(swift build -c release --static-swift-stdlib --show-bin-path)
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
# calcurse keeps the done mark on todos, not on appointments, and no due day
# on a todo: the export writes «(срок YYYY-MM-DD)» into its text, and the
# question «not completed and due before the day» is a pattern for every
# day before it (digits compared place by place, as the days are ordered).
BEFORE=$(python3 - "$TODAY" <<'PY'
import sys
digits = sys.argv[1].replace("-", "")
def dashed(parts):  # 8 digit patterns → YYYY-MM-DD
    return "".join(parts[:4]) + "-" + "".join(parts[4:6]) + "-" + "".join(parts[6:])
alternatives = []
for i, d in enumerate(digits):
    if d == "0":
        continue
    parts = list(digits[:i]) + [f"[0-{int(d) - 1}]"] + ["[0-9]"] * (len(digits) - i - 1)
    alternatives.append(dashed(parts))
print("срок (" + "|".join(alternatives) + ")\\)")
PY
)
CALCURSE=(calcurse -D "$WORK/calcurse" -G --filter-type todo --filter-uncompleted --filter-pattern "$BEFORE")
CALCURSE_APTS=(calcurse -D "$WORK/calcurse" -G --filter-type apt --filter-start-before "$CALCURSE_DAY")

# `roadmap mark` as a user runs it: a per-school measure with one deadline,
# a school of the region. Two statuses in turn, so every timed mark writes.
SCHOOL=$(python3 -c 'import json,sys; print(next(s["id"] for s in json.load(open(sys.argv[1]))["schools"] if not s.get("left")))' "$WORK/region/schools.json")
MEASURE=""
for id in $(python3 -c 'import json,sys; print(" ".join(m["id"] for m in json.load(open(sys.argv[1]))["measures"] if m.get("scope") == "every-school"))' "$WORK/region/measures.json"); do
    if "$BIN/roadmap" mark "$id" --school "$SCHOOL" --data "$WORK/region" --status not-done --by bench >/dev/null 2>&1; then MEASURE=$id; break; fi
done
[ -n "$MEASURE" ] || { echo "no measure to mark" >&2; exit 1; }
MARK=("$BIN/roadmap" mark "$MEASURE" --school "$SCHOOL" --data "$WORK/region" --status in-progress --by bench)
UNMARK=("$BIN/roadmap" mark "$MEASURE" --school "$SCHOOL" --data "$WORK/region" --status not-done --by bench)

# --- the same answer? ------------------------------------------------------
roadmap_count=$("${ROADMAP[@]}" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
task_count=$(task rc.verbose=nothing count +OVERDUE)
calcurse_count=$("${CALCURSE[@]}" | grep -c '^\[' || true)   # `-G` prints todos as `[N] text`
calcurse_apts=$("${CALCURSE_APTS[@]}" | wc -l)
echo
echo "overdue on $TODAY: roadmap $roadmap_count, taskwarrior $task_count, calcurse $calcurse_count" \
     "(its todos not completed and due before the day; all $calcurse_apts appointments before the day would be the wrong question)"
if [ "$roadmap_count" != "$task_count" ]; then echo "roadmap and taskwarrior disagree" >&2; exit 1; fi
if [ "$roadmap_count" != "$calcurse_count" ]; then echo "note: calcurse counts $calcurse_count, roadmap $roadmap_count" >&2; fi
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
# Cold: each timed `overdue` comes right after a mark changed one school's file.
hyperfine --style none --runs "$RUNS" --export-json "$WORK/cold.json" \
    --prepare "$(q "${MARK[@]}") >/dev/null; $(q "${UNMARK[@]}") >/dev/null" \
    -n "roadmap after a mark" "$(q "${ROADMAP[@]}")" >/dev/null
hyperfine --style none --runs "$RUNS" --export-json "$WORK/mark.json" \
    --prepare "$(q "${UNMARK[@]}") >/dev/null" \
    -n "roadmap mark" "$(q "${MARK[@]}")" >/dev/null
python3 - "$WORK/times.json" "$WORK/cold.json" "$WORK/mark.json" <<'PY' > "$WORK/merged.json"
import json, sys
results = [r for f in sys.argv[1:] for r in json.load(open(f))["results"]]
print(json.dumps({"results": results}))
PY

python3 - "$WORK/merged.json" "$RECORDS" "$roadmap_mb" "$json_mb" "$task_mb" "$calcurse_mb" <<'PY'
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
for name in ["roadmap after a mark", "roadmap mark"]:
    r = results[name]
    span = f"{min(r['times']):.3f}–{max(r['times']):.3f} s"
    print(f"{name:<20}{median[name]:>8.3f} s   {span:<17}{'':>12}   ×{median[name] / median['roadmap']:>7.1f}")
print()
print(f"{'met   ' if median['roadmap after a mark'] < 1.5 * median['roadmap'] else 'MISSED'} overdue after a mark: under 1.5× a warm answer")
print(f"{'met   ' if median['roadmap after a mark'] <= median['roadmap --no-cache'] else 'MISSED'} overdue after a mark: no slower than --no-cache")
print(f"{'met   ' if median['roadmap mark'] < 0.030 else 'MISSED'} roadmap mark: under 30 ms")
for name in ["roadmap", "roadmap --no-cache"]:
    verdicts = [
        ("≥ 10× faster than taskwarrior", median["taskwarrior"] / median[name] >= 10),
        ("no slower than calcurse", median[name] <= median["calcurse"]),
        ("peak memory < 100 MB", int(memory[name]) < 100),
    ]
    for text, ok in verdicts:
        print(f"{'met   ' if ok else 'MISSED'} {name}: {text}")
PY
echo "load at the end:$(uptime | sed 's/.*load average://')"
