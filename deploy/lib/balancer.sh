# The load balancer in front of a cluster's nodes (CONCERTO_NODES > 1): HAProxy from Debian, on
# CONCERTO_HTTP_PORT, so that the platform keeps one address whatever the number of nodes. It keeps a session on
# the node that served it (a cookie), sends it to another node when that one fails its health check or refuses
# the connection, and asks each node's readiness (MicroProfile Health, on the node's management port).

HAPROXY=/usr/sbin/haproxy

balancer_config() { echo "$RUN_DIR/haproxy.cfg"; }

balancer_write_config() {
  local node
  cat <<CONFIG
# Written by deploy/lib/balancer.sh at each start; changes here are lost.
global
    maxconn 4096

defaults
    mode http
    # A request refused by a node that has just died is sent to another node: the session lives on in the
    # cluster (distributable web sessions), so the person does not notice.
    option redispatch
    retries 3
    timeout connect 2s
    timeout client 5m
    timeout server 5m
    timeout http-keep-alive 10s

frontend concerto
    bind 127.0.0.1:$CONCERTO_HTTP_PORT
    default_backend nodes

backend nodes
    balance roundrobin
    cookie CONCERTO_NODE insert indirect nocache httponly
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
CONFIG
  for node in $(wanted_nodes); do
    echo "    server node$node 127.0.0.1:$(node_http_port "$node") check port $(node_management_port "$node") cookie node$node"
  done
}

balancer_start() {
  [ -x "$HAPROXY" ] || die "HAProxy is needed for a cluster: sudo apt-get install -y haproxy (or deploy/concerto prerequisites)"
  local config
  config=$(balancer_config)
  if running balancer && [ "$(balancer_write_config)" = "$(cat "$config" 2>/dev/null)" ]; then
    done_step "HAProxy already running on port $CONCERTO_HTTP_PORT"
    return 0
  fi
  balancer_stop
  require_free_port "$CONCERTO_HTTP_PORT" "the balancer's HTTP" CONCERTO_HTTP_PORT
  balancer_write_config >"$config"
  "$HAPROXY" -c -q -f "$config" || die "HAProxy refuses its configuration: $config"
  local log="$LOG_DIR/haproxy.log"
  launch balancer "$log" "$HAPROXY" -db -f "$config"
  wait_for_http "$CONCERTO_APP_URL/" "302 303" "$(read_pid balancer)" 30 HAProxy "$log"
  done_step "HAProxy on port $CONCERTO_HTTP_PORT, in front of $CONCERTO_NODES nodes"
}

balancer_stop() {
  stop_service balancer HAProxy 10
}

balancer_status() {
  if running balancer; then echo "HAProxy     running  $CONCERTO_APP_URL/ in front of the nodes below"; fi
}
