# The API image used by docker-compose.yml. Runs the TypeScript sources with tsx (a runtime dependency).
FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY schema ./schema
COPY seed ./seed
COPY src ./src
COPY tsconfig.json ./
# The trusted-documents manifest of the examples (KG_TRUSTED_DOCUMENTS_MANIFEST), checked at start.
COPY examples/app/src/gql/persisted-documents.json ./examples/app/src/gql/
EXPOSE 4000
USER node
CMD ["node", "--import", "tsx", "src/main.ts"]
