#!/usr/bin/env bash
# End-to-end timings over the spec corpus: apistatus (a fresh JVM per run), Redocly CLI and Spectral (from npm, at
# the versions pinned in bench/peers/package.json), each run interleaved with the others so that all see the same
# machine load. Prints per spec and tool the median wall time, the median CPU time (user+sys) and the peak RSS, and
# the ratio of apistatus's median wall time to Redocly's.
#
#   bench/run-corpus.sh                       # every spec of the corpus, 3 runs each
#   RUNS=5 SPECS="github.json box.json" bench/run-corpus.sh
#   TOOLS="apistatus redocly" bench/run-corpus.sh
#   APISTATUS_CMD="java -jar cli/target/apistatus-cli.jar lint --fail-on none --spec" bench/run-corpus.sh
#
# Environment:
#   CORPUS         spec directory (default: ../shared/corpus/specs beside the repository)
#   SPECS          file names in CORPUS (default: every .json/.yaml/.yml in it, smallest first)
#   RUNS           runs per spec and tool (default 3)
#   TOOLS          any of: apistatus redocly spectral (default: all three)
#   APISTATUS_CMD  command that lints one spec given as its last argument with every core rule on (default:
#                  the CLI as users run it, cli/target/apistatus-cli-bin/bin/apistatus lint --fail-on none
#                  --max-per-rule 0 --spec; its launcher keeps a class-data sharing archive in
#                  APISTATUS_CACHE_DIR, made by a first run that is not measured)
#   JAVA_OPTS      JVM options, added by the launcher after its own
#   OUT            also write the raw measurements there as TSV (default: bench/target/corpus-runs.tsv)
#   REPORT_ONLY    set to 1: measure nothing, print the table of an existing OUT file
#
# Needs: bash, GNU time (/usr/bin/time, Debian package `time`), awk, Java 17+, Node.js 20+ and npm (for the peers,
# installed on first use with `npm ci` in bench/peers), and the CLI's distribution
# (./mvnw -B -pl cli -am package -DskipTests).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="${CORPUS:-$ROOT/../shared/corpus/specs}"
RUNS="${RUNS:-3}"
TOOLS="${TOOLS:-apistatus redocly spectral}"
LAUNCHER="$ROOT/cli/target/apistatus-cli-bin/bin/apistatus"
APISTATUS_CMD="${APISTATUS_CMD:-$LAUNCHER lint --fail-on none --max-per-rule 0 --spec}"
export APISTATUS_CACHE_DIR="${APISTATUS_CACHE_DIR:-$ROOT/bench/target/cds}"
PEERS="$ROOT/bench/peers"
OUT="${OUT:-$ROOT/bench/target/corpus-runs.tsv}"
TIME=/usr/bin/time

[ -x "$TIME" ] || { echo "needs GNU time at $TIME (apt-get install time)" >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS (set CORPUS=DIR)" >&2; exit 2; }
CORPUS="$(cd "$CORPUS" && pwd)"
if [[ " $TOOLS " == *" apistatus "* && "$APISTATUS_CMD" == "$LAUNCHER"* && ! -x "$LAUNCHER" ]]; then
  echo "no $LAUNCHER: build it with ./mvnw -B -pl cli -am package -DskipTests" >&2
  exit 2
fi
if [[ " $TOOLS " == *" redocly "* || " $TOOLS " == *" spectral "* ]]; then
  if [ ! -x "$PEERS/node_modules/.bin/redocly" ] || [ ! -x "$PEERS/node_modules/.bin/spectral" ]; then
    echo "installing the peers (npm ci in bench/peers) ..." >&2
    (cd "$PEERS" && npm ci --no-audit --no-fund >&2)
  fi
fi
# Redocly: no telemetry (it would wait up to 1 s on a network check), no update notice.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true

if [ -z "${SPECS:-}" ]; then
  SPECS="$(cd "$CORPUS" && find . -maxdepth 1 -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' \) -printf '%s %f\n' \
    | sort -n | cut -d' ' -f2- | tr '\n' ' ')"
  [ -n "$SPECS" ] || { echo "no .json/.yaml/.yml file in $CORPUS" >&2; exit 2; }
fi

command_for() { # tool spec-path
  case "$1" in
    apistatus) echo "$APISTATUS_CMD $2" ;;
    redocly) echo "$PEERS/node_modules/.bin/redocly lint --format=stylish $2" ;;
    spectral) echo "$PEERS/node_modules/.bin/spectral lint --ruleset $PEERS/spectral.yaml --format stylish $2" ;;
    *) echo "unknown tool $1" >&2; exit 2 ;;
  esac
}

if [ -z "${REPORT_ONLY:-}" ]; then
  mkdir -p "$(dirname "$OUT")"
  printf 'spec\ttool\trun\twall_s\tuser_s\tsys_s\tmax_rss_kb\texit\n' > "$OUT"
  cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores ($cpu), $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "# $(java -version 2>&1 | head -1); node $(node --version 2>/dev/null || echo none)"
  echo "# apistatus: $APISTATUS_CMD SPEC"
  echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  tmp="$(mktemp)"
  trap 'rm -f "$tmp"' EXIT
  if [[ " $TOOLS " == *" apistatus "* ]]; then
    # Not measured: the launcher's first run makes its class-data archive (once per jar and JVM, as for a user).
    # shellcheck disable=SC2046
    (cd "$PEERS" && $(command_for apistatus "$CORPUS/$(echo $SPECS | cut -d' ' -f1)") > /dev/null 2>&1) || true
  fi
  for spec in $SPECS; do
    path="$CORPUS/$spec"
    [ -f "$path" ] || { echo "no $path" >&2; exit 2; }
    for run in $(seq 1 "$RUNS"); do
      for tool in $TOOLS; do
        # shellcheck disable=SC2046
        set +e
        (cd "$PEERS" && $TIME -f '%e %U %S %M %x' -o "$tmp" $(command_for "$tool" "$path") > /dev/null 2>&1)
        set -e
        read -r wall user sys rss code < <(tail -1 "$tmp")
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$spec" "$tool" "$run" "$wall" "$user" "$sys" "$rss" "$code" >> "$OUT"
      done
    done
  done
  echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
echo
awk -F'\t' '
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  NR > 1 {
    if (!($1 in seenSpec)) { seenSpec[$1] = 1; specs = specs " " $1 }
    if (!($2 in seenTool)) { seenTool[$2] = 1; tools = tools " " $2 }
    k = $1 SUBSEP $2
    wall[k] = wall[k] " " $4; cpu[k] = cpu[k] " " ($5 + $6)
    if ($7 + 0 > rss[k] + 0) rss[k] = $7
    if ($8 != 0 && $8 != 1) bad[k] = bad[k] " " $8
  }
  END {
    nt = split(tools, t, " "); ns = split(specs, s, " ")
    printf "%-26s", "spec"
    for (i = 1; i <= nt; i++) printf " | %-30s", t[i] " wall / cpu / peak"
    printf " | %s\n", "apistatus / redocly: wall, cpu"
    for (j = 1; j <= ns; j++) {
      printf "%-26s", s[j]
      for (i = 1; i <= nt; i++) {
        k = s[j] SUBSEP t[i]
        w[i] = median(wall[k]); c[i] = median(cpu[k])
        printf " | %6.2f s / %6.2f s / %5.0f MiB%s", w[i], c[i], rss[k] / 1024, (bad[k] == "" ? " " : "!")
      }
      ra = ""; rr = ""
      for (i = 1; i <= nt; i++) { if (t[i] == "apistatus") { ra = w[i]; ca = c[i] } if (t[i] == "redocly") { rr = w[i]; cr = c[i] } }
      if (ra != "" && rr != "" && rr > 0 && cr > 0) printf " | %.2f×, %.2f×", ra / rr, ca / cr; else printf " | -"
      printf "\n"
    }
    print "\n(medians of the runs; cpu = user + sys; peak = the largest max RSS of the runs; ! = an exit code other than 0 or 1)"
  }' "$OUT"
