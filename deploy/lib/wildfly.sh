# WildFly, from the distribution on Maven Central, configured by deploy/wildfly/configure.cli (PostgreSQL
# driver module, datasource, OIDC), with the application EAR deployed by its deployment scanner.
# All of WildFly's ports follow CONCERTO_HTTP_PORT through the socket-binding port offset.

wildfly_dir() { printf '%s/wildfly-%s\n' "$CONCERTO_HOME" "$WILDFLY_VERSION"; }
wildfly_offset() { echo $((CONCERTO_HTTP_PORT - 8080)); }

wildfly_install() {
  local dir configuration
  dir=$(wildfly_dir)
  unpack_once "$DIST_DIR/wildfly-dist-$WILDFLY_VERSION.zip" "$dir"
  local module="$dir/modules/org/postgresql/main"
  mkdir -p "$module"
  cp "$DEPLOY_DIR/wildfly/modules/org/postgresql/main/module.xml" "$module/"
  cp "$DIST_DIR/postgresql-$POSTGRESQL_DRIVER_VERSION.jar" "$module/postgresql.jar"

  # Configure once; a changed script is applied to a pristine configuration again (WildFly stopped).
  local config="$dir/standalone/configuration"
  [ -f "$config/standalone.xml.pristine" ] || cp "$config/standalone.xml" "$config/standalone.xml.pristine"
  configuration=$(checksum "$DEPLOY_DIR/wildfly/configure.cli")
  if wildfly_configuration_changed; then
    info "configuring WildFly (deploy/wildfly/configure.cli)"
    cp "$config/standalone.xml.pristine" "$config/standalone.xml"
    rm -rf "$config/standalone_xml_history"
    "$dir/bin/jboss-cli.sh" --file="$DEPLOY_DIR/wildfly/configure.cli" >"$LOG_DIR/wildfly-configure.log" 2>&1 \
      || { cat "$LOG_DIR/wildfly-configure.log" >&2; die "configuring WildFly failed"; }
    echo "$configuration" >"$config/.concerto-configured"
  fi

  local deployments="$dir/standalone/deployments"
  if ! cmp -s "$DIST_DIR/concerto.ear" "$deployments/concerto.ear"; then
    rm -f "$deployments"/concerto.ear.*
    cp "$DIST_DIR/concerto.ear" "$deployments/concerto.ear"
  fi
}

wildfly_configuration_changed() {
  [ "$(cat "$(wildfly_dir)/standalone/configuration/.concerto-configured" 2>/dev/null)" != "$(checksum "$DEPLOY_DIR/wildfly/configure.cli")" ]
}

wildfly_start() {
  [ "$(wildfly_offset)" -ge 0 ] || die "CONCERTO_HTTP_PORT must be 8080 or above: WildFly's other ports are offset from their defaults by CONCERTO_HTTP_PORT - 8080"
  if running wildfly && wildfly_configuration_changed; then
    info "deploy/wildfly/configure.cli changed: restarting WildFly to apply it"
    wildfly_stop
  fi
  if running wildfly; then
    wildfly_install
    wildfly_wait_for_deployment "$(wildfly_dir)/standalone/deployments/concerto.ear" "$LOG_DIR/wildfly.log"
    done_step "WildFly already running on port $CONCERTO_HTTP_PORT, with the current concerto.ear"
    return 0
  fi
  local offset
  offset=$(wildfly_offset)
  require_free_port "$CONCERTO_HTTP_PORT" "WildFly HTTP" CONCERTO_HTTP_PORT
  require_free_port $((8443 + offset)) "WildFly HTTPS, follows CONCERTO_HTTP_PORT" CONCERTO_HTTP_PORT
  require_free_port $((9990 + offset)) "WildFly management, follows CONCERTO_HTTP_PORT" CONCERTO_HTTP_PORT
  wildfly_install
  local dir log="$LOG_DIR/wildfly.log"
  dir=$(wildfly_dir)
  # A failure marker of an earlier run says nothing of this one, which deploys the EAR again.
  rm -f "$dir/standalone/deployments/concerto.ear.failed"

  JBOSS_PIDFILE="$RUN_DIR/wildfly.pid" LAUNCH_JBOSS_IN_BACKGROUND=true \
    JBOSS_JAVA_SIZING="-Xms$CONCERTO_HEAP -Xmx$CONCERTO_HEAP" \
    setsid nohup "$dir/bin/standalone.sh" --stability=preview -b 127.0.0.1 -bmanagement 127.0.0.1 \
      -Djboss.socket.binding.port-offset="$offset" >"$log" 2>&1 </dev/null &
  STARTED+=(wildfly)
  local waited=0
  while [ ! -s "$RUN_DIR/wildfly.pid" ] && [ "$waited" -lt 30 ]; do sleep 1; waited=$((waited + 1)); done
  [ -s "$RUN_DIR/wildfly.pid" ] || { tail -n 30 "$log" >&2; die "WildFly did not start; its log: $log"; }
  wildfly_wait_for_deployment "$dir/standalone/deployments/concerto.ear" "$log"
  wait_for_http "$CONCERTO_APP_URL/" "302 303" "$(read_pid wildfly)" 60 "Concerto" "$log"
  done_step "WildFly $WILDFLY_VERSION on port $CONCERTO_HTTP_PORT with concerto.ear"
}

wildfly_wait_for_deployment() {
  local ear=$1 log=$2 waited=0
  while [ "$waited" -lt 180 ]; do
    [ -f "$ear.deployed" ] && return 0
    if [ -f "$ear.failed" ]; then
      cat "$ear.failed" >&2
      die "the application failed to deploy; WildFly's log: $(wildfly_dir)/standalone/log/server.log"
    fi
    pid_alive "$(read_pid wildfly)" || { tail -n 40 "$log" >&2; die "WildFly stopped while deploying; its log: $log"; }
    sleep 1
    waited=$((waited + 1))
  done
  die "the application was not deployed within 180s; WildFly's log: $(wildfly_dir)/standalone/log/server.log"
}

wildfly_stop() {
  stop_service wildfly WildFly 60
}

wildfly_status() {
  if running wildfly; then echo "WildFly     running  $CONCERTO_APP_URL/ (management: http://127.0.0.1:$((9990 + $(wildfly_offset))))"; else echo "WildFly     stopped"; fi
}
