# The application image: one image, three commands (docs/deployment.md).
#   web:     node scripts/start.mjs    (the default: `npm start`, with DATABASE_URL set)
#   worker:  node scripts/worker.mjs   (more workers, beside the one each web container runs)
#   release: node scripts/release.mjs  (once per release, before the new web containers start)
# Node 20 on Debian 12 (slim), as the project is tested; nothing is fetched but npm packages.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
# Dependencies first, so that a change of the sources does not install them again. Install scripts
# are not run (npm 11 on the development machines skips them too; nothing needs them); the Prisma
# client is generated with the offline wrapper instead.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/prisma.mjs scripts/prisma-schema-engine.mjs ./scripts/
COPY scripts/lib/run-prisma.mjs ./scripts/lib/
COPY scripts/schema-engine ./scripts/schema-engine
RUN npm ci --ignore-scripts --no-audit --no-fund && node scripts/prisma.mjs generate
COPY . .
# The build id every replica serves (e.g. the commit); by default it follows from the sources.
ARG APP_BUILD_ID=
# Then the development packages go, and the source hash is written as `npm start` writes it (over
# the files as they stay in the image), so that `npm start` serves this build without building.
RUN node node_modules/.bin/next build \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -rf .next/cache \
 && node --input-type=module -e "import { writeFileSync } from 'node:fs'; import { computeSourceHash } from './scripts/lib/source-hash.mjs'; writeFileSync('.next/source-hash', computeSourceHash(process.cwd()))"

FROM node:20-bookworm-slim
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 DATA_DIR=/data PORT=3000
WORKDIR /app
COPY --from=build /app /app
# Only the data folder (pid file, audit checkpoints, a kept secret if one is not given) and Next's
# cache are writable by the app's user; the code is not.
RUN mkdir -p /data /app/.next/cache && chown node:node /data /app/.next/cache
USER node
EXPOSE 3000
# `npm start`'s script itself, so that the container's stop signal reaches it (npm would stand between).
CMD ["node", "scripts/start.mjs"]
