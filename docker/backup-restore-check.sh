#!/usr/bin/env bash
# Backs up a Cocreate database with mysqldump (or mariadb-dump), restores the backup into a new, empty database on the
# same server, dumps that copy the same way, and checks that the two dumps hold the same schema and the same rows,
# uploaded files (BLOB columns, dumped as hex) included. Comparing the backup with a dump of its restore, not with the
# live tables, makes the check valid on a running system: writes after the backup's snapshot do not count as
# differences. Leaves the backup file behind (its path is printed); drops the scratch database at the end unless
# KEEP_RESTORED=1 (then it is DATABASE_restore_check, e.g. to start a server on it).
#   docker/backup-restore-check.sh HOST PORT USER PASSWORD DATABASE [BIN_DIR]
# BIN_DIR holds mysqldump/mysql (or mariadb-dump/mariadb); the embedded test server's are in target/it-db/base/bin.
# CLIENT_OPTS adds client options, e.g. CLIENT_OPTS=--skip-ssl for a local MariaDB client against a server without TLS.
set -euo pipefail
host=$1 port=$2 user=$3 password=$4 db=$5 bin=${6:-}
dump=$(command -v "${bin:+$bin/}mysqldump" || command -v "${bin:+$bin/}mariadb-dump")
client=$(command -v "${bin:+$bin/}mysql" || command -v "${bin:+$bin/}mariadb")
restore_db="${db}_restore_check"
stamp=$(date +%Y%m%dT%H%M%S)
file="${TMPDIR:-/tmp}/${db}-backup-$stamp.sql.gz"
copy="${TMPDIR:-/tmp}/${db}-restored-$stamp.sql.gz"
sql() { "$client" ${CLIENT_OPTS:-} -h "$host" -P "$port" -u "$user" -p"$password" --protocol=TCP -N -B "$@"; }
backup() {
    "$dump" ${CLIENT_OPTS:-} -h "$host" -P "$port" -u "$user" -p"$password" --protocol=TCP --single-transaction \
        --routines --triggers --hex-blob --default-character-set=utf8mb4 "$1" | gzip > "$2"
}
# The dump's own comments name the database, the host and the time; everything else must be the same.
content() { gunzip -c "$1" | grep -v '^-- '; }

backup "$db" "$file"
echo "backup: $file ($(stat -c %s "$file") bytes)"

sql -e "DROP DATABASE IF EXISTS \`$restore_db\`; CREATE DATABASE \`$restore_db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
gunzip -c "$file" | sql "$restore_db"
backup "$restore_db" "$copy"

tables=$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$restore_db'")
rows=$(sql -e "SELECT COALESCE(SUM(table_rows), 0) FROM information_schema.tables WHERE table_schema='$restore_db'")
blobs=$(sql -e "SELECT COALESCE(GROUP_CONCAT(DISTINCT table_name ORDER BY table_name), '') FROM information_schema.columns WHERE table_schema='$restore_db' AND data_type LIKE '%blob'")
[ -n "${KEEP_RESTORED:-}" ] && echo "kept the restored copy: $restore_db" || sql -e "DROP DATABASE \`$restore_db\`"
[ "$tables" -gt 0 ] || { echo "no tables in $db"; exit 1; }
echo "restored: $tables tables, about $rows rows; tables with files (BLOB columns): $blobs"
if ! diff -q <(content "$file") <(content "$copy") > /dev/null; then
    echo "the restored database differs from the backup:"
    diff <(content "$file") <(content "$copy") | head -20
    exit 1
fi
rm -f "$copy"
echo "restore into an empty database: identical to the backup"
