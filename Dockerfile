FROM node:20-bookworm-slim
WORKDIR /app
COPY . .
# postinstall generates the Prisma client and compiles the TypeScript.
RUN npm ci
EXPOSE 3000
CMD ["node", "dist/src/server.js"]
