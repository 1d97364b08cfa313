# One image for the API and the worker (different commands; see docker-compose.yml).
# Stage 1 builds everything, including the workflow bundle (dist/workflow-bundle.js) that the worker loads
# instead of bundling workflow code at start-up; stage 2 installs production dependencies only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# argon2 builds a native addon when no prebuilt one fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && test -s dist/workflow-bundle.js

FROM node:20-bookworm-slim AS dependencies
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Liberation Serif 2 (Times New Roman metrics, Vietnamese letters) for the PDF papers (libs/documents/).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-liberation2 && rm -rf /var/lib/apt/lists/*
COPY --from=dependencies --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --chown=root:root package.json ./
COPY --chown=root:root deploy/docker ./deploy/docker
# The code belongs to root and is read-only for the user that runs it; attachments go to /data/attachments, owned by
# it (a fresh named volume mounted there takes this ownership).
RUN mkdir -p /data/attachments && chown -R node:node /data
USER node
# The worker finds the prebuilt bundle at dist/workflow-bundle.js (WORKFLOW_BUNDLE_PATH overrides).
ENV WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
