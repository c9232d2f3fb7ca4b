# Nhắc Hạn — multi-stage build: SDK → ASP.NET runtime (webhook mode needs Kestrel), non-root, data on /data.
# CI runs the same `dotnet publish` line (see .ci/run), so a broken publish is caught without a Docker engine.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Bot/Bot.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# The .NET images ship a non-root "app" user (uid 1654).
RUN mkdir -p /data && chown app:app /data
USER app
ENV DOTNET_ENVIRONMENT=Production \
    Storage__DbPath=/data/nhachan.db \
    NHACHAN_HEARTBEAT_FILE=/tmp/nhachan-heartbeat
# The token comes from the environment at run time (docker run -e Bot__Token=...), never from the image.
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=60s --timeout=10s --start-period=30s --retries=3 CMD ["dotnet", "NhacHan.Bot.dll", "health"]
ENTRYPOINT ["dotnet", "NhacHan.Bot.dll"]
