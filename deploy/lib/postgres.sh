# The platform's own PostgreSQL 15 server: its own data directory and port, listening on 127.0.0.1 only.
# As root it runs as the postgres OS user (initdb refuses root). Concerto and Keycloak each get a database
# and a role of their own.

# Where the server lives: under CONCERTO_HOME, unless the postgres user cannot reach it (e.g. a clone
# under /root), in which case a directory of its own under /var/lib/concerto.
pg_home() {
  local home="$CONCERTO_HOME/postgres"
  if is_root && ! runuser -u postgres -- test -x "$CONCERTO_HOME" 2>/dev/null; then
    home="/var/lib/concerto/$(printf '%s' "$CONCERTO_HOME" | sha256sum | cut -c1-12)/postgres"
  fi
  printf '%s\n' "$home"
}

as_db_owner() {
  if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_socket_dir() { printf '%s/run\n' "$(pg_home)"; }

psql_admin() {
  as_db_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$(pg_socket_dir)" -p "$CONCERTO_DB_PORT" -d postgres "$@"
}

postgres_running() {
  [ -f "$(pg_home)/data/postmaster.pid" ] && as_db_owner "$PG_BIN/pg_ctl" -D "$(pg_home)/data" status >/dev/null 2>&1
}

postgres_start() {
  local home data
  home=$(pg_home)
  data="$home/data"
  if postgres_running; then
    # Roles and databases a newer version of Concerto needs are added to a server started by an older one.
    postgres_bootstrap
    done_step "PostgreSQL already running on port $CONCERTO_DB_PORT"
    return 0
  fi
  require_free_port "$CONCERTO_DB_PORT" "PostgreSQL" CONCERTO_DB_PORT
  mkdir -p "$home/run"
  is_root && chown -R postgres:postgres "$home"
  if [ ! -f "$data/PG_VERSION" ]; then
    info "creating the database cluster in $data"
    as_db_owner "$PG_BIN/initdb" -D "$data" --encoding=UTF8 --locale=C.UTF-8 \
      --auth-local=peer --auth-host=scram-sha-256 >"$home/initdb.log" 2>&1 \
      || { cat "$home/initdb.log" >&2; die "initdb failed"; }
  fi
  as_db_owner "$PG_BIN/pg_ctl" -D "$data" -l "$home/postgres.log" -w -t 60 \
    -o "-p $CONCERTO_DB_PORT -c listen_addresses=127.0.0.1 -k $home/run" start >/dev/null \
    || { tail -n 30 "$home/postgres.log" >&2; die "PostgreSQL did not start; its log: $home/postgres.log"; }
  ln -sfn "$home/postgres.log" "$LOG_DIR/postgres.log"
  STARTED+=(postgres_stop)
  postgres_bootstrap
  done_step "PostgreSQL 15 on port $CONCERTO_DB_PORT (data: $data)"
}

# A fast restart: the sessions in flight are cut, as a failover or a crash would cut them.
postgres_restart() {
  postgres_running || die "PostgreSQL is not running under $(pg_home)"
  as_db_owner "$PG_BIN/pg_ctl" -D "$(pg_home)/data" -l "$(pg_home)/postgres.log" -w -t 60 -m fast restart >/dev/null \
    || die "PostgreSQL did not restart; its log: $(pg_home)/postgres.log"
  done_step "PostgreSQL restarted on port $CONCERTO_DB_PORT"
}

# Roles and databases of Concerto and Keycloak; passwords follow the environment at every start.
# Concerto has three roles: the owner of its database and schemas, which runs the migrations, the
# application's role, which may only do what the migrations grant it, and the network's role, which may
# only read the adopted plans' views of every tenant.
postgres_bootstrap() {
  psql_admin -v owner="$CONCERTO_DB_OWNER" -v owner_password="$CONCERTO_DB_OWNER_PASSWORD" \
    -v app_user="$CONCERTO_DB_USER" -v app_password="$CONCERTO_DB_PASSWORD" \
    -v network_user="$CONCERTO_DB_NETWORK_USER" -v network_password="$CONCERTO_DB_NETWORK_PASSWORD" \
    -v app_db="$CONCERTO_DB_NAME" -v kc_password="$CONCERTO_KEYCLOAK_DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'owner') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner')\gexec
SELECT format('CREATE ROLE %I LOGIN', :'app_user') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app_user')\gexec
SELECT format('CREATE ROLE %I LOGIN', :'network_user') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'network_user')\gexec
SELECT 'CREATE ROLE keycloak LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'keycloak')\gexec
ALTER ROLE :"owner" PASSWORD :'owner_password';
ALTER ROLE :"app_user" PASSWORD :'app_password';
ALTER ROLE :"network_user" PASSWORD :'network_password';
ALTER ROLE keycloak PASSWORD :'kc_password';
SELECT format('CREATE DATABASE %I OWNER %I', :'app_db', :'owner') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'app_db')\gexec
SELECT 'CREATE DATABASE keycloak OWNER keycloak' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'keycloak')\gexec
SQL
}

# Keycloak imports a realm only when it does not exist: a changed realm file needs a fresh database.
postgres_recreate_keycloak_database() {
  psql_admin -c 'DROP DATABASE IF EXISTS keycloak' -c 'CREATE DATABASE keycloak OWNER keycloak'
}

postgres_stop() {
  if postgres_running; then
    as_db_owner "$PG_BIN/pg_ctl" -D "$(pg_home)/data" -m fast -w stop >/dev/null
    done_step "PostgreSQL stopped"
  fi
}

postgres_status() {
  if postgres_running; then echo "PostgreSQL  running  port $CONCERTO_DB_PORT"; else echo "PostgreSQL  stopped"; fi
}
