#!/usr/bin/env bash
# Adds one EF Core migration to both providers' migration folders: ./scripts/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Chujing.Persistence --context "${provider}ChujingDbContext" \
    --output-dir "$provider/Migrations"
done
