#!/usr/bin/env bash
# HTTP load on the running service, once per adapter: seeds users through the API, then runs wrk for a bounded
# time per scenario (GET by id, POST, 90/10 GET/PUT mix) against 127.0.0.1 only, and appends one line per
# scenario to <results>/http.tsv. The service is started and stopped here, by its own process id.
#
#   benchmarks/http/load.sh [--jar PATH] [--results DIR] [--seconds N] [--connections N] [--users N]
#                           [--targets "sql:POSTGRESQL mongo:MONGO_EMBEDDED"] [--scenarios "get-by-id post mix"]
#
# SERVICE_JAVA_OPTIONS, when set, is added to the service's JVM options (e.g. a Flight Recorder recording).
#
# Targets are ADAPTER:DATABASE with DATABASE one of H2, POSTGRESQL, MARIADB, SQLITE for sql, MONGO_EMBEDDED or
# MONGODB (needs MONGODB_URI) for mongo, REDIS for redis and CASSANDRA for cassandra. Each target gets a fresh
# database of its own (users_http_load). MONGO_EMBEDDED is the benchmarks' in-memory mongo-java-server in a JVM of
# its own (the class path comes from benchmarks/target/benchmark.classpath), the same kind of server as in the JMH
# runs; the service's own fallback keeps its data in a file instead. REDIS is the server on 127.0.0.1:6379, under
# the key prefix users_http_load: (emptied first). CASSANDRA is the node at CASSANDRA_CONTACT_POINTS when that is
# set (a keyspace of its own per run), else the service's own embedded node (Cassandra 5.0 in a child JVM, the
# same build and JVM options as the benchmarks' node) with its data in the scratch directory.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/bootstrap/target/users-service.jar"
results="$root/benchmarks/target/report-run"
seconds=20
connections=16
wrk_threads=2
users=1000
targets="sql:POSTGRESQL mongo:MONGO_EMBEDDED"
scenarios="get-by-id post mix"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --results) results="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --users) users="$2"; shift 2 ;;
    --targets) targets="$2"; shift 2 ;;
    --scenarios) scenarios="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

if ! command -v wrk > /dev/null; then
  echo "wrk is missing: installing Debian's package" >&2
  apt-get update -qq && apt-get install -y -qq wrk > /dev/null
fi
[[ -f "$jar" ]] || { echo "no service jar at $jar: build it first (./mvnw -B -q package -pl bootstrap -am -DskipTests)" >&2; exit 1; }

mkdir -p "$results"
work="$(mktemp -d)"
service_pid=""
mongo_pid=""
# Stops a process this script started, by its id, and waits (bounded) for it to end.
stop_process() {
  local pid="$1"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2> /dev/null; then
    kill "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2> /dev/null && kill -9 "$pid"
  fi
  return 0
}
stop_service() {
  stop_process "$service_pid"
  stop_process "$mongo_pid"
  service_pid=""
  mongo_pid=""
}
trap 'stop_service; rm -rf "$work"' EXIT

# Starts the in-memory MongoDB-compatible server; sets mongo_pid and mongo_port.
start_memory_mongo() {
  local classpath="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/benchmark.classpath")"
  java -Xmx2g -cp "$classpath" org.acme.users.benchmarks.store.StandaloneMemoryMongo > "$work/mongo.out" 2>&1 &
  mongo_pid=$!
  for _ in $(seq 1 300); do
    grep -q '^port=' "$work/mongo.out" 2> /dev/null && break
    sleep 0.1
  done
  mongo_port="$(sed -n 's/^port=//p' "$work/mongo.out")"
}

free_port() {
  local port
  for port in $(seq 18080 18180); do
    if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port in 18080-18180" >&2
  exit 1
}

# Prints the environment assignments that point the service at a target's database, creating it empty first.
database_environment() {
  local adapter="$1" database="$2"
  case "$adapter:$database" in
    sql:POSTGRESQL)
      psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists users_http_load" \
        -c "create database users_http_load" > /dev/null
      echo "DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/users_http_load DATABASE_USER=postgres DATABASE_PASSWORD=" ;;
    sql:MARIADB)
      mysql -h 127.0.0.1 -u root -e "drop database if exists users_http_load; create database users_http_load"
      echo "DATABASE_URL=jdbc:mariadb://127.0.0.1:3306/users_http_load DATABASE_USER=root DATABASE_PASSWORD=" ;;
    sql:H2) echo "DATABASE_URL=jdbc:h2:file:$work/h2/users DATABASE_USER=sa DATABASE_PASSWORD=" ;;
    sql:SQLITE) echo "DATABASE_URL=jdbc:sqlite:$work/users.db DATABASE_USER= DATABASE_PASSWORD=" ;;
    mongo:MONGO_EMBEDDED)
      start_memory_mongo
      [[ -n "$mongo_port" ]] || { echo "the in-memory MongoDB server did not start: $(cat "$work/mongo.out")" >&2; exit 1; }
      echo "MONGODB_URI=mongodb://127.0.0.1:$mongo_port MONGODB_DATABASE=users_http_load" ;;
    mongo:MONGODB)
      [[ -n "${MONGODB_URI:-}" ]] || { echo "mongo:MONGODB needs MONGODB_URI" >&2; exit 1; }
      echo "MONGODB_URI=$MONGODB_URI MONGODB_DATABASE=users_http_load_$(date +%s)" ;;
    redis:REDIS)
      redis-cli -h 127.0.0.1 -p 6379 --scan --pattern 'users_http_load:*' | xargs -r -n 1000 redis-cli -h 127.0.0.1 -p 6379 unlink > /dev/null
      echo "REDIS_URL=redis://127.0.0.1:6379 REDIS_KEY_PREFIX=users_http_load:" ;;
    cassandra:CASSANDRA)
      if [[ -n "${CASSANDRA_CONTACT_POINTS:-}" ]]; then
        echo "CASSANDRA_CONTACT_POINTS=$CASSANDRA_CONTACT_POINTS CASSANDRA_KEYSPACE=users_http_load_$(date +%s)"
      else
        echo "CASSANDRA_KEYSPACE=users_http_load"
      fi ;;
    *) echo "unknown target $adapter:$database" >&2; exit 2 ;;
  esac
}

# Seeds users one POST at a time over one curl process (a reused connection); writes "id email" lines.
seed_users() {
  local base="$1" count="$2" out="$3" config="$work/seed.curl" run="$(date +%s)"
  : > "$config"
  for i in $(seq 1 "$count"); do
    [[ "$i" -gt 1 ]] && echo "next" >> "$config"
    printf 'url = "%s/api/users"\nrequest = "POST"\nheader = "Content-Type: application/json"\n' "$base" >> "$config"
    printf 'data = "{\\"email\\":\\"http-%s-%d@load.example\\",\\"name\\":\\"HTTP user %d\\"}"\n' "$run" "$i" "$i" >> "$config"
    printf 'write-out = "\\t%%{http_code}\\n"\n' >> "$config"
  done
  curl -s -K "$config" > "$work/seed.out"
  sed -nE 's/^.*"id":"([0-9a-f-]{36})".*"email":"([^"]+)".*\t201$/\1 \2/p' "$work/seed.out" > "$out"
  local stored
  stored=$(wc -l < "$out")
  [[ "$stored" -eq "$count" ]] || { echo "seeding stored $stored of $count users; first answers:" >&2; head -3 "$work/seed.out" >&2; exit 1; }
}

[[ -f "$results/http.tsv" ]] || printf 'adapter\tdatabase\tscenario\tconnections\tseconds\trequests\trequests_per_second\tp50_ms\tp99_ms\tnon_2xx\tsocket_errors\n' > "$results/http.tsv"

for target in $targets; do
  adapter="${target%%:*}"
  database="${target#*:}"
  port="$(free_port)"
  base="http://127.0.0.1:$port"
  # Not in a subshell: the in-memory MongoDB server's process id must stay known here, to stop it.
  database_environment "$adapter" "$database" > "$work/environment"
  environment="$(cat "$work/environment")"
  echo "== $adapter on $database: starting the service on port $port" >&2
  # shellcheck disable=SC2086 # the assignments are meant to split into words
  # Started in the scratch directory, so the service's ./data and any .env are its own.
  (cd "$work" && exec env -u MONGODB_URI -u DATABASE_URL -u REDIS_URL -u CASSANDRA_CONTACT_POINTS $environment PERSISTENCE="$adapter" PORT="$port" \
    HOST=127.0.0.1 java -Xms512m -Xmx1g ${SERVICE_JAVA_OPTIONS:-} -jar "$jar") > "$results/service-$adapter-$database.log" 2>&1 &
  service_pid=$!
  # An embedded Cassandra node takes a minute or more to start on a busy machine; the others take seconds.
  for _ in $(seq 1 3000); do
    curl -sf "$base/health" > /dev/null 2>&1 && break
    kill -0 "$service_pid" 2> /dev/null || { echo "the service stopped; see $results/service-$adapter-$database.log" >&2; exit 1; }
    sleep 0.1
  done
  curl -sf "$base/health" >&2 || { echo "the service did not become healthy in 5 minutes" >&2; exit 1; }
  echo >&2

  seed_users "$base" "$users" "$work/users.txt"
  # A short unrecorded run first, so the JIT has compiled the request path before measuring.
  LUA_DIRECTORY="$here" SEEDED_USERS_FILE="$work/users.txt" \
    wrk -t "$wrk_threads" -c "$connections" -d 5s -s "$here/mix.lua" "$base" > /dev/null
  for scenario in $scenarios; do
    echo "-- $scenario: ${seconds}s, $connections connections" >&2
    line=$(LUA_DIRECTORY="$here" SEEDED_USERS_FILE="$work/users.txt" \
      wrk -t "$wrk_threads" -c "$connections" -d "${seconds}s" --timeout 5s -s "$here/$scenario.lua" "$base" \
      | tee "$results/wrk-$adapter-$database-$scenario.txt" | grep '^RESULT' | cut -f2-)
    name="$scenario"
    [[ "$scenario" == mix ]] && name="mix-90-get-10-put"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$adapter" "$database" "$name" "$connections" "$seconds" "$line" >> "$results/http.tsv"
    echo "   $line" >&2
  done
  stop_service
done
echo "HTTP results in $results/http.tsv" >&2
