# Shared by the bench scripts.

# psql_conninfo "Host=…;Port=…;Username=…;Password=…" [database]: the Npgsql connection string as psql's conninfo.
psql_conninfo() {
  echo "$1;Database=${2:-postgres}" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/; s/Database=/dbname=/'
}
