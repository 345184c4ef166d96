# Keycloak, from the distribution on Maven Central, in development mode on the platform's PostgreSQL,
# with the concerto realm (deploy/keycloak/concerto-realm.json) imported on first start.

keycloak_dir() { printf '%s/keycloak-%s\n' "$CONCERTO_HOME" "$KEYCLOAK_VERSION"; }

# What was imported: the realm file and the settings its placeholders take from the environment.
keycloak_realm_fingerprint() {
  (cat "$DEPLOY_DIR/keycloak/concerto-realm.json"
   echo "$CONCERTO_APP_URL $CONCERTO_OIDC_SECRET $CONCERTO_PROVISIONING_SECRET $CONCERTO_DEMO_PASSWORD") | sha256sum | cut -c1-16
}

keycloak_realm_changed() {
  local imported="$(keycloak_dir)/data/import/.imported"
  [ -f "$imported" ] && [ "$(cat "$imported")" != "$(keycloak_realm_fingerprint)" ]
}

keycloak_install() {
  unpack_once "$DIST_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" "$(keycloak_dir)"
  local import="$(keycloak_dir)/data/import"
  mkdir -p "$import"
  cp "$DEPLOY_DIR/keycloak/concerto-realm.json" "$import/concerto-realm.json"
  if keycloak_realm_changed; then
    info "the realm file or its settings changed: recreating Keycloak's database to import it again"
    postgres_recreate_keycloak_database
  fi
  keycloak_realm_fingerprint >"$import/.imported"
}

keycloak_start() {
  if running keycloak && keycloak_realm_changed; then
    info "deploy/keycloak/concerto-realm.json changed: restarting Keycloak to import it"
    keycloak_stop
  fi
  if running keycloak; then
    done_step "Keycloak already running on port $CONCERTO_KEYCLOAK_PORT"
    return 0
  fi
  require_free_port "$CONCERTO_KEYCLOAK_PORT" "Keycloak HTTP" CONCERTO_KEYCLOAK_PORT
  require_free_port "$CONCERTO_KEYCLOAK_MANAGEMENT_PORT" "Keycloak management" CONCERTO_KEYCLOAK_MANAGEMENT_PORT
  keycloak_install
  local log="$LOG_DIR/keycloak.log"
  launch keycloak "$log" env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$CONCERTO_KEYCLOAK_ADMIN_PASSWORD" \
    KC_DB_PASSWORD="$CONCERTO_KEYCLOAK_DB_PASSWORD" \
    "$(keycloak_dir)/bin/kc.sh" start-dev --import-realm \
      --http-host=127.0.0.1 --http-port="$CONCERTO_KEYCLOAK_PORT" \
      --http-management-port="$CONCERTO_KEYCLOAK_MANAGEMENT_PORT" \
      --db=postgres --db-url="jdbc:postgresql://127.0.0.1:$CONCERTO_DB_PORT/keycloak" --db-username=keycloak
  wait_for_http "$CONCERTO_OIDC_PROVIDER_URL/.well-known/openid-configuration" "200" "$(read_pid keycloak)" 300 Keycloak "$log"
  done_step "Keycloak $KEYCLOAK_VERSION on port $CONCERTO_KEYCLOAK_PORT (realm concerto)"
}

keycloak_stop() {
  stop_service keycloak Keycloak 30
}

keycloak_status() {
  if running keycloak; then echo "Keycloak    running  $CONCERTO_OIDC_PROVIDER_URL (admin console: http://$CONCERTO_HOST:$CONCERTO_KEYCLOAK_PORT/admin, admin / \$CONCERTO_KEYCLOAK_ADMIN_PASSWORD)"; else echo "Keycloak    stopped"; fi
}
