# LetterTracker API: SDK 10 build stage, ASP.NET 10 runtime stage, non-root, SQLite on a volume.
# Every command here also runs in CI (.ci/smoke-published.sh): restore, publish, the entry point
# and the health probe.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props appsettings.json ./
COPY src/ src/
COPY migrations/ migrations/
RUN dotnet restore src/LetterTracker.Api/LetterTracker.Api.csproj
RUN dotnet publish src/LetterTracker.Api/LetterTracker.Api.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The image's built-in unprivileged user "app" owns only the data folder.
RUN mkdir -p /app/data && chown app:app /app/data
USER app
# ConnectionStrings:LetterTracker defaults to "Data Source=data/lettertracker.db", i.e. /app/data.
VOLUME ["/app/data"]
ENV ASPNETCORE_HTTP_PORTS=8080
# One glibc malloc arena from the process start: SQLite's allocations on many threads otherwise leave
# freed memory in an arena per thread (about 70 MB more peak RSS under letter writes; see NativeHeap.cs).
ENV MALLOC_ARENA_MAX=1
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["dotnet", "LetterTracker.Api.dll", "probe", "http://127.0.0.1:8080/health/ready"]
ENTRYPOINT ["dotnet", "LetterTracker.Api.dll"]
