#!/usr/bin/env bash
# Until the first release, the schema has one baseline migration, regenerated from prisma/schema.prisma.
# After a release, add migrations instead (see README, "Database").
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p prisma/migrations/0001_init data  # the Prisma config opens DATABASE_URL (default ./data/app.db)
npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script > prisma/migrations/0001_init/migration.sql.tmp
mv prisma/migrations/0001_init/migration.sql.tmp prisma/migrations/0001_init/migration.sql
npx prisma generate >/dev/null
echo "prisma/migrations/0001_init/migration.sql regenerated; client generated."
