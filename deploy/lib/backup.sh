# Backup and restore of one body: its schema (plans, follow-up, meetings, audit tables, migration history)
# and its registry row, in one plain SQL file. A restore replaces that body's schema and row in one
# transaction and touches nothing else: the file names its body, and a file of another body is refused.

BACKUP_MARK="-- concerto-backup-of-body:"

psql_concerto() {
  as_db_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$(pg_socket_dir)" -p "$CONCERTO_DB_PORT" -d "$CONCERTO_DB_NAME" "$@"
}

require_slug() {
  [[ "$1" =~ ^[a-z][a-z0-9]*(-[a-z0-9]+)*$ ]] || die "not a body's identifier: $1"
}

# The schema the registry gives the body: never derived from the argument.
body_schema() {
  printf "SELECT schema_name FROM platform.tenant WHERE slug = :'slug'" | psql_concerto -At -v slug="$1"
}

backup_body() {
  [ $# -eq 2 ] || die "usage: deploy/concerto backup SLUG FILE"
  local slug=$1 file=$2 schema
  require_slug "$slug"
  postgres_running || die "PostgreSQL is not running (deploy/concerto start)"
  schema=$(body_schema "$slug")
  [ -n "$schema" ] || die "no body $slug in the registry"
  {
    printf '%s %s\n-- schema %s, taken %s\n' "$BACKUP_MARK" "$slug" "$schema" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    as_db_owner "$PG_BIN/pg_dump" -h "$(pg_socket_dir)" -p "$CONCERTO_DB_PORT" -d "$CONCERTO_DB_NAME" \
      --schema="$schema" --no-comments
    printf "SELECT format('INSERT INTO platform.tenant (slug, display_name, region, kind, schema_name, status, schema_version, registered_at) VALUES (%%L, %%L, %%L, %%L, %%L, %%L, %%s, %%L) ON CONFLICT (slug) DO UPDATE SET display_name = EXCLUDED.display_name, region = EXCLUDED.region, kind = EXCLUDED.kind, status = EXCLUDED.status, schema_version = EXCLUDED.schema_version, registered_at = EXCLUDED.registered_at;', slug, display_name, region, kind, schema_name, status, coalesce(schema_version::text, 'NULL'), registered_at) FROM platform.tenant WHERE slug = :'slug'" \
      | psql_concerto -At -v slug="$slug"
  } >"$file" || die "the backup of $slug failed"
  done_step "backed up $slug (schema $schema) to $file"
}

restore_body() {
  [ $# -eq 2 ] || die "usage: deploy/concerto restore SLUG FILE"
  local slug=$1 file=$2 schema
  require_slug "$slug"
  [ -r "$file" ] || die "cannot read $file"
  postgres_running || die "PostgreSQL is not running (deploy/concerto start)"
  [ "$(head -n 1 "$file")" = "$BACKUP_MARK $slug" ] \
    || die "$file is not a backup of $slug (its first line: $(head -n 1 "$file" | cut -c1-80)); nothing was changed"
  schema=$(sed -n '2s/^-- schema \([a-z0-9_]*\), taken .*/\1/p' "$file")
  [ -n "$schema" ] || die "$file does not name its schema; nothing was changed"
  local registered
  registered=$(body_schema "$slug")
  [ -z "$registered" ] || [ "$registered" = "$schema" ] \
    || die "$slug's schema is $registered, the backup's $schema; nothing was changed"
  # The restored plans may differ from those the network has a copy of: the next network read copies them again.
  { printf 'DROP SCHEMA IF EXISTS %s CASCADE;\n' "$schema"; cat "$file";
    printf "UPDATE platform.tenant SET network_stale = true WHERE slug = '%s';\n" "$slug"; } \
    | psql_concerto --single-transaction >/dev/null || die "the restore of $slug failed; nothing was changed"
  done_step "restored $slug (schema $schema) from $file"
}
