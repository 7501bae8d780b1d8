# Sourced by scripts that need PostgreSQL: start_throwaway_postgres starts an
# empty server for this run only (installed from Debian's packages when
# missing), exports TEST_POSTGRES_URL, and stops and deletes it on exit.

source scripts/lib/debian-packages.sh

postgres_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

ensure_postgres() {
  if [ -n "$(postgres_bin)" ]; then return; fi
  echo "› Installing PostgreSQL from Debian's packages"
  install_debian_package postgresql
}

start_throwaway_postgres() {
  ensure_postgres
  local bin port
  bin="$(postgres_bin)"
  POSTGRES_DIR="$(mktemp -d -t community-kit-postgres-XXXXXX)"
  port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  # PostgreSQL refuses to run as root: then it runs as the postgres user, which owns the folder.
  POSTGRES_AS=()
  if [ "$(id -u)" = "0" ]; then
    chown postgres "$POSTGRES_DIR"
    POSTGRES_AS=(runuser -u postgres --)
  fi
  # C.UTF-8 collation: text sorts by code point, as it does on SQLite. Durability is off: the data is thrown away.
  "${POSTGRES_AS[@]}" "$bin/initdb" -D "$POSTGRES_DIR/data" -A trust -U ck -E UTF8 --locale=C.UTF-8 >/dev/null
  "${POSTGRES_AS[@]}" "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/log" -w -s \
    -o "-p $port -k $POSTGRES_DIR -c listen_addresses=127.0.0.1 -c max_connections=500 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start
  POSTGRES_BIN="$bin"
  trap stop_throwaway_postgres EXIT
  export TEST_POSTGRES_URL="postgres://ck@127.0.0.1:$port/postgres"
  export POSTGRES_VERSION="$("$bin/postgres" --version | awk '{print $3}')"
  echo "› PostgreSQL $POSTGRES_VERSION on port $port (thrown away after this run)"
}

stop_throwaway_postgres() {
  if [ -z "${POSTGRES_DIR:-}" ]; then return; fi
  "${POSTGRES_AS[@]}" "$POSTGRES_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -m immediate -s stop >/dev/null 2>&1 || true
  rm -rf "$POSTGRES_DIR"
  POSTGRES_DIR=""
}
