# Source this file. `pg_cluster_start` starts a throwaway PostgreSQL cluster on 127.0.0.1 (a free port,
# trust auth, data in a temp dir) and exports DATABASE_URL; `pg_cluster_stop` stops it and removes it.
# initdb refuses to run as root, so as root the cluster runs as the `postgres` user.

pg_cluster_start() {
    local bin port
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "initdb tidak ditemukan / initdb not found: install PostgreSQL (scripts/install-system-deps.sh)" >&2
        return 1
    fi
    PG_CLUSTER_BIN=$bin
    PG_CLUSTER_DIR=$(mktemp -d /tmp/kinerja-pg.XXXXXX)
    PG_CLUSTER_AS=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$PG_CLUSTER_DIR"
        PG_CLUSTER_AS=(runuser -u postgres --)
    fi
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if ! "${PG_CLUSTER_AS[@]}" "$bin/initdb" -D "$PG_CLUSTER_DIR/data" -U kinerja --auth=trust -E UTF8 \
            --no-locale >"$PG_CLUSTER_DIR/initdb.log" 2>&1; then
        cat "$PG_CLUSTER_DIR/initdb.log" >&2
        return 1
    fi
    # Durability settings off: the cluster lives for one test run.
    if ! "${PG_CLUSTER_AS[@]}" "$bin/pg_ctl" -D "$PG_CLUSTER_DIR/data" -l "$PG_CLUSTER_DIR/server.log" -w -t 60 \
            -o "-h 127.0.0.1 -p $port -k $PG_CLUSTER_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null; then
        cat "$PG_CLUSTER_DIR/server.log" >&2
        return 1
    fi
    "${PG_CLUSTER_AS[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U kinerja kinerja
    export DATABASE_URL="postgres://kinerja@127.0.0.1:$port/kinerja"
}

pg_cluster_stop() {
    if [ -n "${PG_CLUSTER_DIR:-}" ] && [ -d "$PG_CLUSTER_DIR" ]; then
        "${PG_CLUSTER_AS[@]}" "$PG_CLUSTER_BIN/pg_ctl" -D "$PG_CLUSTER_DIR/data" -m immediate -w stop \
            >/dev/null 2>&1 || true
        rm -rf "$PG_CLUSTER_DIR"
    fi
    PG_CLUSTER_DIR=""
}
