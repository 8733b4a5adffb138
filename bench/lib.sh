# Shared by the bench scripts.

# psql_conninfo "Host=…;Port=…;Username=…;Password=…" [database]: the Npgsql connection string as psql's conninfo.
psql_conninfo() {
  echo "$1;Database=${2:-postgres}" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/; s/Database=/dbname=/'
}

# publish_api <dir>: the API published as the Dockerfile publishes it (Release, ReadyToRun), so that the figures are those
# of what runs in production rather than of code the JIT compiles as it goes.
publish_api() {
  dotnet publish src/OpenData.Api -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o "$1" -v quiet -nologo > /dev/null
}
