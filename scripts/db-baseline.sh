#!/usr/bin/env bash
# Until the first release, the schema has one baseline migration per provider, regenerated from
# prisma/schema.prisma: SQLite's in prisma/migrations, PostgreSQL's in prisma/postgresql/migrations
# (from the derived schema). After a release, add migrations instead (see README, "Database").
# The PostgreSQL diff needs a reachable PostgreSQL (the pg adapter's config connects even --from-empty):
# DATABASE_URL when it is a postgresql:// URL, else postgresql://postgres@127.0.0.1:5432/postgres.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p prisma/migrations/0001_init prisma/postgresql/migrations/0001_init data  # the SQLite config opens DATABASE_URL (default ./data/app.db)
npx tsx scripts/derive-postgresql-schema.ts
sqlite_url=${DATABASE_URL:-file:./data/app.db}
[[ $sqlite_url == file:* ]] || sqlite_url=file:./data/app.db
DATABASE_URL=$sqlite_url npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script > prisma/migrations/0001_init/migration.sql.tmp
mv prisma/migrations/0001_init/migration.sql.tmp prisma/migrations/0001_init/migration.sql
npx prisma migrate diff --config prisma/postgresql/prisma.config.ts --from-empty --to-schema-datamodel prisma/postgresql/schema.prisma --script > prisma/postgresql/migrations/0001_init/migration.sql.tmp
mv prisma/postgresql/migrations/0001_init/migration.sql.tmp prisma/postgresql/migrations/0001_init/migration.sql
DATABASE_URL=$sqlite_url npx prisma generate >/dev/null
npx prisma generate --config prisma/postgresql/prisma.config.ts >/dev/null
echo "prisma/migrations/0001_init and prisma/postgresql/migrations/0001_init regenerated; both clients generated."
