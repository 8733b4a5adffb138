# Build with the SDK, run on the ASP.NET runtime as a non-root user. By default the SQLite database lives on a volume;
# with Database__Provider=postgres and ConnectionStrings__OpenData the same image runs on PostgreSQL (see compose.yaml).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props OpenData.sln ./
COPY src/OpenData.Api/OpenData.Api.csproj src/OpenData.Api/
# Compiled ahead of time for the image's architecture (ReadyToRun), with EF's compiled models and the endpoints generated at
# build time: an instance on an existing database reaches its first answer in about 0.9-1.2 s (bench/coldstart.sh), which
# matters when instances are added under load.
ARG TARGETARCH
RUN dotnet restore src/OpenData.Api/OpenData.Api.csproj -a $TARGETARCH
COPY src/ src/
RUN dotnet publish src/OpenData.Api/OpenData.Api.csproj -c Release -a $TARGETARCH --self-contained false -p:PublishReadyToRun=true -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# The image's built-in non-root user "app" owns the data folder.
RUN mkdir -p /data && chown app:app /data
VOLUME /data
ENV ASPNETCORE_URLS=http://+:8080 \
    Database__Path=/data/opendata.db \
    ApiInfo__ContactUrl=http://localhost:8080/
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "OpenData.Api.dll"]
