# Sourced by .ci/run: a throwaway PostgreSQL cluster on 127.0.0.1 for the hub tests.
# Sets XASO_TEST_PG_URL and a trap that stops the cluster and deletes its folder on exit.
# Needs the Debian/Ubuntu "postgresql" package; runs the server as the postgres user.

pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    echo "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin" >&2
    exit 1
fi
as_postgres() {
    if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
PG_DIR="$(mktemp -d /tmp/xaso-ci-pg.XXXXXX)"
chown postgres: "$PG_DIR" 2>/dev/null || $SUDO chown postgres: "$PG_DIR"
chmod 700 "$PG_DIR"
PG_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

stop_postgres() {
    as_postgres "$pg_bin/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR" 2>/dev/null || $SUDO rm -rf "$PG_DIR" || true
}
trap stop_postgres EXIT

as_postgres "$pg_bin/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --no-locale >/dev/null
# a test database only: no durability needed, sockets kept inside the throwaway folder
as_postgres "$pg_bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres xaso_test
export XASO_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/xaso_test"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT for the hub tests"
