# Debian packages the platform needs. As root, missing ones are installed; otherwise the exact command is given.

PG_BIN=/usr/lib/postgresql/15/bin

missing_packages() {
  local missing=()
  command -v curl >/dev/null || missing+=(curl)
  command -v unzip >/dev/null || missing+=(unzip)
  [ -x "$PG_BIN/initdb" ] || missing+=(postgresql-15)
  local with
  for with in "$@"; do
    case "$with" in
      --with-browser)
        [ -x /usr/bin/chromium ] || missing+=(chromium)
        [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver) ;;
      --with-balancer)
        [ -x /usr/sbin/haproxy ] || missing+=(haproxy) ;;
    esac
  done
  printf '%s\n' "${missing[@]}"
}

ensure_packages() {
  local missing
  mapfile -t missing < <(missing_packages "$@" | sed '/^$/d')
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! is_root; then
    die "missing Debian packages: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}"
  fi
  step "Installing Debian packages: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$LOG_DIR/apt.log" 2>&1 || { cat "$LOG_DIR/apt.log" >&2; die "apt-get update failed"; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$LOG_DIR/apt.log" 2>&1 \
    || { tail -n 30 "$LOG_DIR/apt.log" >&2; die "could not install ${missing[*]}; see $LOG_DIR/apt.log"; }
  done_step "installed ${missing[*]}"
}

ensure_java() {
  command -v java >/dev/null || die "Java 17 or later is needed: sudo apt-get install -y openjdk-17-jdk"
  local major
  major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')
  [ "${major%%.*}" -ge 17 ] 2>/dev/null || die "Java 17 or later is needed; found Java $major"
}
