# WildFly, from the distribution on Maven Central, with the application EAR deployed by its deployment scanner.
# One server by default (standalone.xml configured by deploy/wildfly/configure.cli). With CONCERTO_NODES=N (or
# `start --nodes N`), N servers of one cluster instead: the HA profile configured by configure.cli then
# deploy/wildfly/cluster.cli, each node in its own base directory (node1, node2… beside standalone), behind the
# balancer of deploy/lib/balancer.sh on CONCERTO_HTTP_PORT.
# A server's ports follow its socket-binding port offset: CONCERTO_HTTP_PORT - 8080 for the single server, and
# 10 more per node for a cluster's (node 1 serves HTTP on CONCERTO_HTTP_PORT + 10, node 2 on + 20).

wildfly_dir() { printf '%s/wildfly-%s\n' "$CONCERTO_HOME" "$WILDFLY_VERSION"; }
wildfly_offset() { echo $((CONCERTO_HTTP_PORT - 8080)); }

# Node 0 is the single server; nodes 1 to N make a cluster.
node_service() { if [ "$1" -eq 0 ]; then echo wildfly; else echo "wildfly-node$1"; fi; }
node_base() { if [ "$1" -eq 0 ]; then echo "$(wildfly_dir)/standalone"; else echo "$(wildfly_dir)/node$1"; fi; }
node_offset() { echo $(($(wildfly_offset) + 10 * $1)); }
node_http_port() { echo $((8080 + $(node_offset "$1"))); }
node_management_port() { echo $((9990 + $(node_offset "$1"))); }
node_jgroups_port() { echo $((7600 + $(node_offset "$1"))); }
# The nodes this run asks for: 0 alone, or 1 to N.
wanted_nodes() { if [ "$CONCERTO_NODES" -eq 1 ]; then echo 0; else seq 1 "$CONCERTO_NODES"; fi; }
# The nodes running now, whatever a previous run asked for.
running_nodes() {
  local service
  for service in "$RUN_DIR"/wildfly*.pid; do
    [ -e "$service" ] || continue
    service=$(basename "$service" .pid)
    running "$service" && { [ "$service" = wildfly ] && echo 0 || echo "${service#wildfly-node}"; }
  done
}

wildfly_install() {
  local dir
  dir=$(wildfly_dir)
  unpack_once "$DIST_DIR/wildfly-dist-$WILDFLY_VERSION.zip" "$dir"
  local module="$dir/modules/org/postgresql/main"
  mkdir -p "$module"
  cp "$DEPLOY_DIR/wildfly/modules/org/postgresql/main/module.xml" "$module/"
  cp "$DIST_DIR/postgresql-$POSTGRESQL_DRIVER_VERSION.jar" "$module/postgresql.jar"
  # The distribution's configuration as unpacked: every configured one starts from it.
  if [ ! -d "$dir/configuration.pristine" ]; then
    cp -r "$dir/standalone/configuration" "$dir/configuration.pristine"
    [ -f "$dir/standalone/configuration/standalone.xml.pristine" ] \
      && cp "$dir/standalone/configuration/standalone.xml.pristine" "$dir/configuration.pristine/standalone.xml"
    rm -rf "$dir/configuration.pristine/standalone_xml_history" "$dir/configuration.pristine"/*.pristine
  fi
}

# The CLI scripts a node's configuration comes from, in order.
node_scripts() {
  echo "$DEPLOY_DIR/wildfly/configure.cli"
  [ "$1" -eq 0 ] || echo "$DEPLOY_DIR/wildfly/cluster.cli"
}
node_configuration_id() { local scripts; mapfile -t scripts < <(node_scripts "$1"); checksum "${scripts[@]}"; }
node_configuration_changed() {
  [ "$(cat "$(node_base "$1")/configuration/.concerto-configured" 2>/dev/null)" != "$(node_configuration_id "$1")" ]
}

# Configures a node once; changed scripts are applied to the pristine configuration again (the node stopped).
# A cluster's nodes share one configuration: it is made once, in cluster/, and copied to each node.
wildfly_configure_node() {
  local node=$1 base profile=standalone.xml source
  base=$(node_base "$node")
  node_configuration_changed "$node" || return 0
  if [ "$node" -eq 0 ]; then
    source=$base
  else
    source="$(wildfly_dir)/cluster"
    profile=standalone-ha.xml
  fi
  if [ "$(cat "$source/configuration/.concerto-configured" 2>/dev/null)" != "$(node_configuration_id "$node")" ]; then
    info "configuring WildFly ($(node_scripts "$node" | xargs -n1 basename | paste -sd' '))"
    rm -rf "$source/configuration"
    mkdir -p "$source"
    cp -r "$(wildfly_dir)/configuration.pristine" "$source/configuration"
    [ "$profile" = standalone.xml ] || cp "$source/configuration/$profile" "$source/configuration/standalone.xml"
    local script
    for script in $(node_scripts "$node"); do
      JAVA_OPTS="-Djboss.server.base.dir=$source" "$(wildfly_dir)/bin/jboss-cli.sh" --file="$script" \
        >"$LOG_DIR/wildfly-configure.log" 2>&1 \
        || { cat "$LOG_DIR/wildfly-configure.log" >&2; die "configuring WildFly failed ($(basename "$script"))"; }
    done
    rm -rf "$source/configuration/standalone_xml_history"
    node_configuration_id "$node" >"$source/configuration/.concerto-configured"
  fi
  if [ "$source" != "$base" ]; then
    rm -rf "$base/configuration"
    mkdir -p "$base"
    cp -r "$source/configuration" "$base/configuration"
  fi
}

wildfly_deploy_to_node() {
  local deployments
  deployments="$(node_base "$1")/deployments"
  mkdir -p "$deployments"
  if ! cmp -s "$DIST_DIR/concerto.ear" "$deployments/concerto.ear"; then
    rm -f "$deployments"/concerto.ear.*
    cp "$DIST_DIR/concerto.ear" "$deployments/concerto.ear"
  fi
}

wildfly_start() {
  [ "$(wildfly_offset)" -ge 0 ] || die "CONCERTO_HTTP_PORT must be 8080 or above: WildFly's other ports are offset from their defaults by CONCERTO_HTTP_PORT - 8080"
  wildfly_install
  local node
  # A node of another shape than this run's (one server against a cluster), or of a changed configuration, stops.
  for node in $(running_nodes); do
    if ! wanted_nodes | grep -qx "$node" || node_configuration_changed "$node"; then
      info "stopping $(node_service "$node"): this run asks for $CONCERTO_NODES node(s) of the current configuration"
      wildfly_node_stop "$node"
    fi
  done
  for node in $(wanted_nodes); do
    wildfly_configure_node "$node"
    wildfly_deploy_to_node "$node"
    if running "$(node_service "$node")"; then
      info "$(node_service "$node") already running on port $(node_http_port "$node")"
    else
      wildfly_launch "$node"
    fi
  done
  # The nodes start together: the first to reach the platform's start-up runs it, the others wait for it (D55).
  for node in $(wanted_nodes); do
    wildfly_wait_for_deployment "$node"
    wait_for_http "http://127.0.0.1:$(node_http_port "$node")/" "302 303" "$(read_pid "$(node_service "$node")")" 60 \
      "Concerto ($(node_service "$node"))" "$LOG_DIR/$(node_service "$node").log"
  done
  if [ "$CONCERTO_NODES" -eq 1 ]; then
    done_step "WildFly $WILDFLY_VERSION on port $CONCERTO_HTTP_PORT with concerto.ear"
  else
    done_step "WildFly $WILDFLY_VERSION: $CONCERTO_NODES nodes of one cluster on ports $(for node in $(wanted_nodes); do node_http_port "$node"; done | paste -sd' '), with concerto.ear"
  fi
}

wildfly_launch() {
  local node=$1 service base offset
  service=$(node_service "$node")
  base=$(node_base "$node")
  offset=$(node_offset "$node")
  require_free_port $((8080 + offset)) "WildFly HTTP ($service), follows CONCERTO_HTTP_PORT" CONCERTO_HTTP_PORT
  require_free_port $((8443 + offset)) "WildFly HTTPS ($service), follows CONCERTO_HTTP_PORT" CONCERTO_HTTP_PORT
  require_free_port $((9990 + offset)) "WildFly management ($service), follows CONCERTO_HTTP_PORT" CONCERTO_HTTP_PORT
  local cluster=()
  if [ "$node" -gt 0 ]; then
    require_free_port "$(node_jgroups_port "$node")" "JGroups ($service), follows CONCERTO_HTTP_PORT" CONCERTO_HTTP_PORT
    cluster=(-bprivate 127.0.0.1 -Djboss.node.name="node$node" -Djboss.tx.node.id="node$node")
  fi
  # A failure marker of an earlier run says nothing of this one, which deploys the EAR again.
  rm -f "$base/deployments/concerto.ear.failed" "$RUN_DIR/$service.pid"
  local members
  members=$(for member in $(wanted_nodes); do printf '127.0.0.1[%s]\n' "$(node_jgroups_port "$member")"; done | paste -sd,)
  CONCERTO_CLUSTER_MEMBERS="$members" JBOSS_PIDFILE="$RUN_DIR/$service.pid" LAUNCH_JBOSS_IN_BACKGROUND=true \
    JBOSS_JAVA_SIZING="-Xms$CONCERTO_HEAP -Xmx$CONCERTO_HEAP" \
    setsid nohup "$(wildfly_dir)/bin/standalone.sh" --stability=preview -b 127.0.0.1 -bmanagement 127.0.0.1 \
      -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$offset" "${cluster[@]}" \
      >"$LOG_DIR/$service.log" 2>&1 </dev/null &
  STARTED+=("wildfly_node_stop $node")
  local waited=0
  while [ ! -s "$RUN_DIR/$service.pid" ] && [ "$waited" -lt 30 ]; do sleep 1; waited=$((waited + 1)); done
  [ -s "$RUN_DIR/$service.pid" ] || { tail -n 30 "$LOG_DIR/$service.log" >&2; die "WildFly ($service) did not start; its log: $LOG_DIR/$service.log"; }
}

wildfly_wait_for_deployment() {
  local node=$1 service base waited=0
  service=$(node_service "$node")
  base=$(node_base "$node")
  local ear="$base/deployments/concerto.ear"
  while [ "$waited" -lt 300 ]; do
    [ -f "$ear.deployed" ] && return 0
    if [ -f "$ear.failed" ]; then
      cat "$ear.failed" >&2
      die "the application failed to deploy; WildFly's log: $base/log/server.log"
    fi
    pid_alive "$(read_pid "$service")" || { tail -n 40 "$LOG_DIR/$service.log" >&2; die "WildFly ($service) stopped while deploying; its log: $LOG_DIR/$service.log"; }
    sleep 1
    waited=$((waited + 1))
  done
  die "the application was not deployed within 300s; WildFly's log: $base/log/server.log"
}

wildfly_node_stop() { stop_service "$(node_service "$1")" "WildFly ($(node_service "$1"))" 60; }

wildfly_stop() {
  local node
  for node in $(running_nodes); do wildfly_node_stop "$node"; done
}

wildfly_status() {
  local node any=false
  for node in $(running_nodes); do
    any=true
    echo "WildFly     running  $(node_service "$node"): http://127.0.0.1:$(node_http_port "$node")/ (management: http://127.0.0.1:$(node_management_port "$node"))"
  done
  $any || echo "WildFly     stopped"
}
