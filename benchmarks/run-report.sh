#!/usr/bin/env bash
# One command for the whole persistence report: JMH benchmarks of every port operation through each adapter and
# as raw driver calls, on every database here, at 10k users and (full mode) at 100k and 1M; the HTTP load on the
# running service; profiles and query plans; then docs/benchmarks/report.md with its charts.
#
#   benchmarks/run-report.sh [quick|full]
#                            [--databases "H2 SQLITE POSTGRESQL MARIADB MONGO_EMBEDDED REDIS CASSANDRA"]
#                            [--scaling-databases "POSTGRESQL CASSANDRA"] [--no-http] [--no-build] [--report DIR]
#
# quick: about 5-10 minutes (4 databases, short iterations, 100k reads only, short HTTP runs, no profiles).
# full:  about 60 minutes on an idle machine. MONGODB (a real server) joins when MONGODB_URI is set.
# --scaling-databases: those of the databases that also run at 100k and 1M (default: all of them).
# CASSANDRA runs on one node that this script starts (Cassandra 5.0 in a child JVM, its data kept in
# benchmarks/target/bench-data/cassandra) and stops before the HTTP load.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mode=full
databases=""
scaling_databases=""
http=yes
build=yes
report="$root/docs/benchmarks"
while [[ $# -gt 0 ]]; do
  case "$1" in
    quick|full) mode="$1"; shift ;;
    --databases) databases="$2"; shift 2 ;;
    --scaling-databases) scaling_databases="$2"; shift 2 ;;
    --no-http) http=no; shift ;;
    --no-build) build=no; shift ;;
    --report) report="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

if [[ "$mode" == quick ]]; then
  # Cassandra is left to the full mode: its node alone takes a minute to start on a busy machine.
  databases="${databases:-H2 POSTGRESQL MONGO_EMBEDDED REDIS}"
  iterations=(-wi 2 -w 1s -i 3 -r 1s)
  scaling_sizes="100000"
  http_seconds=5
  http_targets="sql:POSTGRESQL mongo:MONGO_EMBEDDED redis:REDIS"
else
  databases="${databases:-H2 SQLITE POSTGRESQL MARIADB MONGO_EMBEDDED REDIS CASSANDRA}"
  iterations=(-wi 3 -w 1s -i 5 -r 1s)
  scaling_sizes="100000 1000000"
  http_seconds=20
  http_targets="sql:POSTGRESQL sql:H2 mongo:MONGO_EMBEDDED redis:REDIS cassandra:CASSANDRA"
fi
if [[ -n "${MONGODB_URI:-}" ]]; then
  databases="$databases MONGODB"
  http_targets="$http_targets mongo:MONGODB"
fi

results="$root/benchmarks/target/report-run"
data="$root/benchmarks/target/bench-data"
rm -rf "$results"
mkdir -p "$results/evidence" "$data"

note() { printf '%s\t%s\n' "$1" "$2" >> "$results/machine.tsv"; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
phase() { echo "== $1 (load average $(load_average))" >&2; note "load average (1, 5, 15 min) before $1" "$(load_average)"; }

# Leaves out a server that does not answer, and says so in the report.
reachable=""
for database in $databases; do
  case "$database" in
    POSTGRESQL) pg_isready -q -h 127.0.0.1 -p 5432 && reachable="$reachable $database" || note "left out" "PostgreSQL: no server on 127.0.0.1:5432" ;;
    MARIADB) mysqladmin -h 127.0.0.1 -u root ping > /dev/null 2>&1 && reachable="$reachable $database" || note "left out" "MariaDB: no server on 127.0.0.1:3306" ;;
    REDIS) redis-cli -h 127.0.0.1 -p 6379 ping > /dev/null 2>&1 && reachable="$reachable $database" || note "left out" "Redis: no server on 127.0.0.1:6379" ;;
    *) reachable="$reachable $database" ;;
  esac
done
database_list="$(echo $reachable | tr ' ' ',')"
# The databases of the scaling run: the chosen ones that are reachable, in the same order.
scaling_list=""
for database in $reachable; do
  [[ -z "$scaling_databases" || " $scaling_databases " == *" $database "* ]] && scaling_list="$scaling_list,$database"
done
scaling_list="${scaling_list#,}"

if [[ "$build" == yes ]]; then
  modules=benchmarks
  [[ "$http" == yes && -d bootstrap ]] && modules=benchmarks,bootstrap
  echo "== building $modules" >&2
  ./mvnw -B -q package -DskipTests -pl "$modules" -am
fi
classpath="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/benchmark.classpath")"

# The Cassandra node of every benchmark JVM, started once: a node takes tens of seconds to start.
cassandra_pid=""
cassandra_property=""
stop_cassandra() {
  if [[ -n "$cassandra_pid" ]] && kill -0 "$cassandra_pid" 2> /dev/null; then
    kill "$cassandra_pid"
    # It drains the node before it ends; bounded, like the node's own stop.
    for _ in $(seq 1 900); do kill -0 "$cassandra_pid" 2> /dev/null || break; sleep 0.1; done
    kill -0 "$cassandra_pid" 2> /dev/null && kill -9 "$cassandra_pid"
  fi
  cassandra_pid=""
  return 0
}
trap stop_cassandra EXIT
if [[ ",$database_list," == *",CASSANDRA,"* ]]; then
  echo "== starting the Cassandra node" >&2
  java -Xmx256m -Dusers.cassandra.node.lib="$root/benchmarks/target/cassandra-node" -cp "$classpath" \
    org.acme.users.benchmarks.store.BenchmarkCassandraNode "$data" > "$results/cassandra-node.out" 2>&1 &
  cassandra_pid=$!
  for _ in $(seq 1 3000); do
    grep -q '^contact-point=' "$results/cassandra-node.out" 2> /dev/null && break
    kill -0 "$cassandra_pid" 2> /dev/null || break
    sleep 0.1
  done
  contact_point="$(sed -n 's/^contact-point=//p' "$results/cassandra-node.out")"
  if [[ -n "$contact_point" ]]; then
    cassandra_property="-Dbench.cassandra=$contact_point"
  else
    echo "the Cassandra node did not start; see $results/cassandra-node.out and $data/cassandra/node.log" >&2
    note "left out" "Cassandra: the benchmarks' node did not start"
    stop_cassandra
    database_list="$(echo ",$database_list," | sed 's/,CASSANDRA,/,/; s/^,//; s/,$//')"
    scaling_list="$(echo ",$scaling_list," | sed 's/,CASSANDRA,/,/; s/^,//; s/,$//')"
  fi
fi

note "run" "$mode mode, started $(date -u +%Y-%m-%dT%H:%MZ)"
note "CPU" "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
note "memory" "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
note "operating system" "$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
note "JDK on the path" "$(java -version 2>&1 | head -1)"

jmh() {
  local output="$1"
  shift
  java -cp "$classpath" org.openjdk.jmh.Main "$@" "${iterations[@]}" -f 1 -rf json -rff "$output" \
    -jvmArgsAppend "-Xms1g -Xmx4g -Dbench.runLog=$results/run.log -Dbench.dataDir=$data $cassandra_property" \
    > "${output%.json}.log" 2>&1 || echo "JMH ended with an error; see ${output%.json}.log" >&2
  # A benchmark that throws is left out of the JSON; the report lists it with its first exception line.
  awk -F': ' '/^# Benchmark: /{b=$2} /^# Parameters: /{p=$2} /<failure>/{f=1; next}
    f && /^[a-zA-Z][a-zA-Z0-9_.$]*(Exception|Error)/{print b "\t" p "\t" $0; f=0}' \
    "${output%.json}.log" | tee -a "$results/failures.tsv" >&2
}

# The HTTP targets of the databases that take part.
http_list=""
for target in $http_targets; do
  [[ ",$database_list," == *",${target#*:},"* ]] && http_list="$http_list $target"
done

phase "the port / raw comparison at 10k users"
jmh "$results/jmh-10000.json" 'UserOperationsBenchmark\.' -p users=10000 -p access=PORT,RAW \
  -p database="$database_list" -prof gc

if [[ ",$database_list," == *",CASSANDRA,"* ]]; then
  phase "Cassandra's lightweight transactions against plain writes"
  jmh "$results/jmh-10000-cassandra-writes.json" 'CassandraWriteCostBenchmark\.' -p users=10000 -p access=RAW \
    -p database=CASSANDRA
fi

if [[ "$mode" == full ]]; then
  # The pairs that the overhead target names, again with longer iterations: on a busy machine one-second
  # iterations move too much. The report takes, of two measurements of the same pair, the one with more samples.
  targets="$(echo ",$database_list," | grep -oE ',(POSTGRESQL|MONGO_EMBEDDED|MONGODB)' | tr -d '\n' | sed 's/^,//')"
  if [[ -n "$targets" ]]; then
    phase "the overhead targets' pairs, measured longer"
    short_iterations=("${iterations[@]}")
    iterations=(-wi 3 -w 2s -i 5 -r 3s)
    jmh "$results/jmh-10000-targets.json" 'UserOperationsBenchmark\.(findById|insert)$' -p users=10000 \
      -p access=PORT,RAW -p database="$targets" -prof gc
    iterations=("${short_iterations[@]}")
  fi
fi

[[ -z "$scaling_list" ]] && scaling_sizes=""
for size in $scaling_sizes; do
  phase "the scaling run at $size users"
  if [[ "$mode" == quick ]]; then
    jmh "$results/jmh-$size.json" 'UserOperationsBenchmark\.(findById|findByEmail|pageOf50)$' -p users="$size" \
      -p access=PORT -p database="$scaling_list"
  else
    if [[ "$size" == 1000000 && ",$scaling_list," == *",MONGO_EMBEDDED,"* ]]; then
      # The in-memory server scans every document for a versioned change or delete (about a second per call at
      # a million, in a trial) and must be seeded in each fork: those two are left to the 100k figures.
      jmh "$results/jmh-$size-port-memory-mongo.json" 'UserOperationsBenchmark\.(insert|findById|findByEmail|pageOf50)$' \
        -p users="$size" -p access=PORT -p database=MONGO_EMBEDDED
      note "left out" "change and delete on MONGO_EMBEDDED at 1M users (a full scan per call; see the 100k figures)"
      others="$(echo ",$scaling_list," | sed 's/,MONGO_EMBEDDED,/,/; s/^,//; s/,$//')"
    else
      others="$scaling_list"
    fi
    [[ -n "$others" ]] && jmh "$results/jmh-$size-port.json" 'UserOperationsBenchmark\.' -p users="$size" \
      -p access=PORT -p database="$others"
    if [[ "$size" == 1000000 && -n "$others" ]]; then
      jmh "$results/jmh-$size-raw.json" 'UserOperationsBenchmark\.(findById|findByEmail|pageOf50)$' \
        -p users="$size" -p access=RAW -p database="$others"
    fi
  fi
done

# The HTTP load's Cassandra is the service's own embedded node: this one is done.
stop_cassandra

if [[ "$http" == yes ]]; then
  phase "the HTTP load"
  if [[ -f bootstrap/target/users-service.jar ]]; then
    benchmarks/http/load.sh --results "$results" --seconds "$http_seconds" --targets "$http_list" \
      || echo "the HTTP load failed; the report goes on without it" >&2
    note "HTTP load" "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), 2 threads, 16 connections, ${http_seconds} s per scenario after a 5 s warm-up; service JVM -Xmx1g"
    [[ " $http_list " == *" cassandra:CASSANDRA "* ]] && note "HTTP load on Cassandra" \
      "the service's own embedded node (Cassandra 5.0 in a child JVM, -Xmx256m, the benchmarks' node build and options), data in a scratch directory"
  else
    note "HTTP load" "not run: no bootstrap/target/users-service.jar"
  fi
fi

if [[ "$mode" == full ]]; then
  phase "profiles and query plans"
  benchmarks/collect-evidence.sh "$results" "$classpath" "$data" "$database_list"
fi

note "load average (1, 5, 15 min) at the end" "$(load_average)"
rm -rf "$report/charts"
java -Djava.awt.headless=true -cp "$classpath" org.acme.users.benchmarks.report.ReportGenerator \
  "$results" "$report" "$root/benchmarks/report/analysis.md"
rm -rf "$report/results"
mkdir -p "$report/results"
# The raw results beside the report, compressed (JMH's JSON carries every sample's histogram).
cp "$results"/*.tsv "$results"/run.log "$report/results/" 2> /dev/null || true
for json in "$results"/*.json; do gzip -9 -c "$json" > "$report/results/$(basename "$json").gz"; done
echo "== done: $report/report.md" >&2
