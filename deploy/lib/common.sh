# Shared settings and helpers of deploy/concerto. Every setting has a local default and an environment
# variable to override it; README.md lists them.

DEPLOY_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROOT_DIR=$(dirname "$DEPLOY_DIR")
DIST_DIR="$DEPLOY_DIR/target/dist"

: "${CONCERTO_HOME:=$DEPLOY_DIR/work/dev}"
: "${CONCERTO_HOST:=localhost}"
: "${CONCERTO_HTTP_PORT:=8080}"
: "${CONCERTO_KEYCLOAK_PORT:=8180}"
: "${CONCERTO_KEYCLOAK_MANAGEMENT_PORT:=9100}"
: "${CONCERTO_DB_PORT:=5433}"
: "${CONCERTO_DB_NAME:=concerto}"
: "${CONCERTO_DB_OWNER:=concerto}"
: "${CONCERTO_DB_OWNER_PASSWORD:=concerto}"
: "${CONCERTO_DB_USER:=concerto_app}"
: "${CONCERTO_DB_PASSWORD:=concerto_app}"
: "${CONCERTO_DB_NETWORK_USER:=concerto_network}"
: "${CONCERTO_DB_NETWORK_PASSWORD:=concerto_network}"
: "${CONCERTO_DEMO_DATA:=true}"
: "${CONCERTO_KEYCLOAK_DB_PASSWORD:=keycloak}"
: "${CONCERTO_KEYCLOAK_ADMIN_PASSWORD:=admin}"
: "${CONCERTO_OIDC_SECRET:=concerto-dev-secret}"
: "${CONCERTO_PROVISIONING_SECRET:=concerto-provisioning-dev-secret}"
: "${CONCERTO_DEMO_PASSWORD:=concerto}"
: "${CONCERTO_SKIP_BUILD:=false}"
# How many WildFly nodes serve the platform: 1, or a cluster behind HAProxy (deploy/lib/wildfly.sh, balancer.sh).
: "${CONCERTO_NODES:=1}"
# WildFly's heap (-Xms and -Xmx). WildFly's own 512 MB default filled with the sessions' pages under load: the
# collector then took a sixth of the CPU (docs/benchmarks.md).
: "${CONCERTO_HEAP:=1g}"
: "${CONCERTO_ADMIN_USER:=admin.plateforme}"
: "${CONCERTO_ADMIN_PASSWORD:=$CONCERTO_DEMO_PASSWORD}"

CONCERTO_HOME=$(mkdir -p "$CONCERTO_HOME" && cd "$CONCERTO_HOME" && pwd)
LOG_DIR="$CONCERTO_HOME/logs"
RUN_DIR="$CONCERTO_HOME/run"
mkdir -p "$LOG_DIR" "$RUN_DIR"

# What WildFly and the realm import read (see deploy/wildfly/configure.cli and deploy/keycloak).
export CONCERTO_DB_PORT CONCERTO_DB_NAME CONCERTO_DB_USER CONCERTO_DB_PASSWORD CONCERTO_DB_OWNER CONCERTO_DB_OWNER_PASSWORD
export CONCERTO_DB_NETWORK_USER CONCERTO_DB_NETWORK_PASSWORD
export CONCERTO_OIDC_SECRET CONCERTO_PROVISIONING_SECRET CONCERTO_DEMO_PASSWORD CONCERTO_DEMO_DATA
export CONCERTO_KEYCLOAK_URL="http://$CONCERTO_HOST:$CONCERTO_KEYCLOAK_PORT"
export CONCERTO_DB_HOST=127.0.0.1
export CONCERTO_APP_URL="http://$CONCERTO_HOST:$CONCERTO_HTTP_PORT"
export CONCERTO_OIDC_PROVIDER_URL="http://$CONCERTO_HOST:$CONCERTO_KEYCLOAK_PORT/realms/concerto"

if [ -t 1 ]; then BOLD=$'\e[1m'; GREEN=$'\e[32m'; RED=$'\e[31m'; RESET=$'\e[0m'; else BOLD=; GREEN=; RED=; RESET=; fi

step() { printf '%s==>%s %s\n' "$BOLD" "$RESET" "$*"; }
info() { printf '    %s\n' "$*"; }
done_step() { printf '    %sok%s %s\n' "$GREEN" "$RESET" "$*"; }
die() { printf '%serror:%s %s\n' "$RED" "$RESET" "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Refuses to go on when another program holds a port a service needs.
require_free_port() {
  local port=$1 what=$2 variable=$3
  if port_in_use "$port"; then
    die "port $port ($what) is already in use by another program. Stop that program, or choose another port: $variable=<port> $(basename "$0") start"
  fi
}

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
read_pid() { [ -f "$RUN_DIR/$1.pid" ] && cat "$RUN_DIR/$1.pid" || true; }
running() { pid_alive "$(read_pid "$1")"; }

# Waits until a URL answers with one of the given HTTP statuses, while the process is alive.
wait_for_http() {
  local url=$1 statuses=$2 pid=$3 timeout=$4 what=$5 log=$6 waited=0 status
  while [ "$waited" -lt "$timeout" ]; do
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
    case " $statuses " in *" $status "*) return 0 ;; esac
    pid_alive "$pid" || { tail -n 40 "$log" >&2; die "$what stopped while starting; its log: $log"; }
    sleep 1
    waited=$((waited + 1))
    if [ $((waited % 15)) -eq 0 ]; then info "still waiting for $what (${waited}s)"; fi
  done
  tail -n 40 "$log" >&2
  die "$what did not answer at $url within ${timeout}s; its log: $log"
}

# Starts a server in the background, out of this terminal's session, records its process id under its name, and
# registers its stop (NAME_stop) for a start that fails later.
launch() {
  local name=$1 log=$2
  shift 2
  setsid nohup "$@" >"$log" 2>&1 </dev/null &
  echo "$!" >"$RUN_DIR/$name.pid"
  STARTED+=("${name}_stop")
}

# Stops a server this script started, by the process id it recorded; says so when there was one.
stop_service() {
  local name=$1 label=$2 grace=$3
  if running "$name"; then
    stop_pid "$(read_pid "$name")" "$grace"
    done_step "$label stopped"
  fi
  rm -f "$RUN_DIR/$name.pid"
}

# Sends TERM, then KILL if the process outlives the grace period.
stop_pid() {
  local pid=$1 grace=${2:-30} waited=0
  pid_alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  while pid_alive "$pid" && [ "$waited" -lt "$grace" ]; do sleep 1; waited=$((waited + 1)); done
  pid_alive "$pid" && kill -KILL "$pid" 2>/dev/null || true
}

# Unpacks a distribution zip into CONCERTO_HOME once; later runs reuse it.
unpack_once() {
  local zip=$1 directory=$2
  [ -d "$directory" ] && return 0
  [ -f "$zip" ] || die "missing $zip: run the build first (mvn package), or unset CONCERTO_SKIP_BUILD"
  info "unpacking $(basename "$zip")"
  local staging="$directory.partial"
  rm -rf "$staging" && mkdir -p "$staging"
  unzip -q "$zip" -d "$staging"
  mv "$staging"/* "$directory" && rmdir "$staging"
}

load_versions() {
  [ -f "$DIST_DIR/versions.env" ] || die "missing $DIST_DIR/versions.env: run the build first (mvn package)"
  # shellcheck source=/dev/null
  . "$DIST_DIR/versions.env"
}

checksum() { cat "$@" | sha256sum | cut -c1-16; }
