#!/usr/bin/env bash
# The evidence behind the report's explanations, written to <results>/evidence: Flight Recorder profiles of the
# operations whose overhead the targets name (summarised by library and hottest methods), a profile of the embedded
# MongoDB server paging at 100k users, and the query plans of the lookups and pages at 10k and 1M users on the
# server databases. Called by run-report.sh in full mode.
#
#   benchmarks/collect-evidence.sh <results dir> <class path> <data dir> <comma-separated databases>
set -euo pipefail

results="$1"
classpath="$2"
data="$3"
databases="$4"
evidence="$results/evidence"
recordings="$results/jfr"
mkdir -p "$evidence" "$recordings"

profiled=""
for database in POSTGRESQL MONGO_EMBEDDED MONGODB; do
  [[ ",$databases," == *",$database,"* ]] && profiled="$profiled,$database"
done
profiled="${profiled#,}"

profile() {
  local users="$1" access="$2" pattern="$3" targets="$4"
  java -cp "$classpath" org.openjdk.jmh.Main "$pattern" -p users="$users" -p access="$access" \
    -p database="$targets" -wi 2 -w 1s -i 1 -r 15s -f 1 -prof "jfr:dir=$recordings" \
    -jvmArgsAppend "-Xms1g -Xmx4g -Dbench.dataDir=$data" > "$recordings/jmh-$users-$access.log" 2>&1 \
    || echo "profiling run failed; see $recordings/jmh-$users-$access.log" >&2
}

if [[ -n "$profiled" ]]; then
  profile 10000 PORT,RAW 'UserOperationsBenchmark\.(findById|insert)$' "$profiled"
fi
if [[ ",$databases," == *",MONGO_EMBEDDED,"* ]]; then
  profile 100000 PORT 'UserOperationsBenchmark\.pageOf50$' MONGO_EMBEDDED
fi
if [[ ",$databases," == *",H2,"* ]]; then
  # On H2 a lookup by id through the port costs several times a lookup by e-mail: both, side by side.
  profile 10000 PORT 'UserOperationsBenchmark\.(findById|findByEmail)$' H2
fi
for recording in "$recordings"/*/profile.jfr; do
  [[ -f "$recording" ]] || continue
  # e.g. ...UserOperationsBenchmark.findById-SampleTime-access-PORT-database-POSTGRESQL-users-10000
  run="$(basename "$(dirname "$recording")")"
  label="$(sed -E 's/.*Benchmark\.([A-Za-z0-9]+)-SampleTime-access-([A-Z]+)-database-([A-Z0-9_]+)-users-([0-9]+)/\1 \2 \3 \4/' <<< "$run")"
  read -r operation access database users <<< "$label"
  java -cp "$classpath" org.acme.users.benchmarks.report.ProfileSummary \
    "Flight Recorder profile: $operation through $access on $database with $users users (15 s)" \
    "$recording" "$evidence/profile-$database-$operation-$access-$users.txt"
done

explain_postgresql() {
  local users="$1" middle=$(( $1 / 2 ))
  psql -q -h 127.0.0.1 -U postgres -d "users_bench_$users" > "$evidence/plans-POSTGRESQL-$users.txt" 2>&1 <<SQL
\echo '-- PostgreSQL, $users users: the statements of the port (as Hibernate sends them, in essence)'
select id as middle_id, email as middle_email from users where email = 'seed-$middle@bench.example' \gset
\echo '-- find by id'
explain (analyze, buffers, costs off) select id, created_at, email, name, updated_at, version from users where id = :'middle_id';
\echo '-- find by e-mail'
explain (analyze, buffers, costs off) select id, created_at, email, name, updated_at, version from users where email = :'middle_email';
\echo '-- page of 50 after an id (keyset)'
explain (analyze, buffers, costs off) select id, created_at, email, name, updated_at, version from users where id > :'middle_id' order by id fetch first 50 rows only;
\echo '-- table and index sizes'
select pg_size_pretty(pg_relation_size('users')) as table_size, pg_size_pretty(pg_relation_size('users_pkey')) as id_index, pg_size_pretty(pg_relation_size('users_email_unique')) as email_index;
SQL
}

explain_mariadb() {
  local users="$1" middle=$(( $1 / 2 ))
  mysql -h 127.0.0.1 -u root -t "users_bench_$users" > "$evidence/plans-MARIADB-$users.txt" 2>&1 <<SQL
select '-- MariaDB, $users users: ANALYZE runs each statement and adds the rows it really read (r_rows)' as note;
select id into @middle_id from users where email = 'seed-$middle@bench.example';
analyze select id, created_at, email, name, updated_at, version from users where id = @middle_id;
analyze select id, created_at, email, name, updated_at, version from users where email = 'seed-$middle@bench.example';
analyze select id, created_at, email, name, updated_at, version from users where id > @middle_id order by id limit 50;
SQL
}

for users in 10000 1000000; do
  if [[ ",$databases," == *",POSTGRESQL,"* ]] && psql -h 127.0.0.1 -U postgres -lqt | cut -d'|' -f1 | grep -qw "users_bench_$users"; then
    explain_postgresql "$users"
  fi
  if [[ ",$databases," == *",MARIADB,"* ]] && mysql -h 127.0.0.1 -u root -N -e 'show databases' | grep -qx "users_bench_$users"; then
    explain_mariadb "$users"
  fi
done
