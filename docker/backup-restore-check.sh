#!/usr/bin/env bash
# Backs up a Cocreate database with mysqldump (or mariadb-dump), restores it into a new, empty database on the same
# server, and checks the copy: the same tables, the same row counts, and the same CHECKSUM TABLE for every table that
# holds uploaded files (BLOBs) or personal data. Leaves the dump file behind; drops the scratch database at the end.
#   docker/backup-restore-check.sh HOST PORT USER PASSWORD DATABASE [BIN_DIR]
# BIN_DIR holds mysqldump/mysql (or mariadb-dump/mariadb); the embedded test server's are in target/it-db/base/bin.
# CLIENT_OPTS adds client options, e.g. CLIENT_OPTS=--skip-ssl for a local MariaDB client against a server without TLS.
set -euo pipefail
host=$1 port=$2 user=$3 password=$4 db=$5 bin=${6:-}
dump=$(command -v "${bin:+$bin/}mysqldump" || command -v "${bin:+$bin/}mariadb-dump")
client=$(command -v "${bin:+$bin/}mysql" || command -v "${bin:+$bin/}mariadb")
restore_db="${db}_restore_check"
file="${TMPDIR:-/tmp}/${db}-backup-$(date +%Y%m%dT%H%M%S).sql.gz"
sql() { "$client" ${CLIENT_OPTS:-} -h "$host" -P "$port" -u "$user" -p"$password" --protocol=TCP -N -B "$@"; }

"$dump" ${CLIENT_OPTS:-} -h "$host" -P "$port" -u "$user" -p"$password" --protocol=TCP --single-transaction --routines --triggers \
    --hex-blob --default-character-set=utf8mb4 "$db" | gzip > "$file"
echo "backup: $file ($(stat -c %s "$file") bytes)"

sql -e "DROP DATABASE IF EXISTS \`$restore_db\`; CREATE DATABASE \`$restore_db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
gunzip -c "$file" | sql "$restore_db"

tables=$(sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema='$db' ORDER BY 1")
restored=$(sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema='$restore_db' ORDER BY 1")
[ -n "$tables" ] || { echo "no tables in $db"; exit 1; }
[ "$tables" = "$restored" ] || { echo "the restored database has other tables"; exit 1; }
failures=0
for t in $tables; do
    # scheduled_job changes every second on a running system; its rows are compared by count only.
    a=$(sql -e "SELECT COUNT(*) FROM \`$db\`.\`$t\`"); b=$(sql -e "SELECT COUNT(*) FROM \`$restore_db\`.\`$t\`")
    if [ "$a" != "$b" ]; then echo "rows differ in $t: $a vs $b"; failures=$((failures+1)); continue; fi
    if [ "$t" != scheduled_job ] && [ "$t" != flyway_schema_history ]; then
        ca=$(sql -e "CHECKSUM TABLE \`$db\`.\`$t\`" | awk '{print $2}')
        cb=$(sql -e "CHECKSUM TABLE \`$restore_db\`.\`$t\`" | awk '{print $2}')
        [ "$ca" = "$cb" ] || { echo "content differs in $t (a write during the check?)"; failures=$((failures+1)); }
    fi
done
blobs=$(sql -e "SELECT GROUP_CONCAT(DISTINCT table_name) FROM information_schema.columns WHERE table_schema='$restore_db' AND data_type LIKE '%blob'")
echo "tables: $(echo "$tables" | wc -w), with files (BLOB columns): $blobs"
sql -e "DROP DATABASE \`$restore_db\`"
[ $failures -eq 0 ] && echo "restore into an empty database: identical" || { echo "$failures difference(s)"; exit 1; }
