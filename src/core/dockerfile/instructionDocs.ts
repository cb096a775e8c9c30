import * as l10n from '../l10n';

/** A short localized explanation of an instruction with an example (for hovers). */
export interface InstructionDoc {
  readonly summary: string;
  readonly example: string;
}

/** Keyed by upper-case instruction. Summaries follow the Dockerfile reference. */
export function instructionDoc(keyword: string): InstructionDoc | undefined {
  switch (keyword.toUpperCase()) {
    case 'FROM': return { summary: l10n.t('Starts a build stage from a base image. Everything after it changes that image. Pin a tag; name the stage with AS to copy from it later.'), example: 'FROM node:24-alpine AS build' };
    case 'RUN': return { summary: l10n.t('Runs a command while building and saves the result as a new layer. Chain related commands with && so clean-up happens in the same layer.'), example: 'RUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*' };
    case 'CMD': return { summary: l10n.t('The default command of the container (replaced by arguments of docker run). Use the JSON form so the process receives stop signals.'), example: 'CMD ["node", "app.js"]' };
    case 'ENTRYPOINT': return { summary: l10n.t('The executable the container always runs; CMD then supplies its default arguments.'), example: 'ENTRYPOINT ["node", "app.js"]' };
    case 'COPY': return { summary: l10n.t('Copies files from the build context (or another stage with --from) into the image. Paths are relative to the context folder.'), example: 'COPY package.json package-lock.json ./' };
    case 'ADD': return { summary: l10n.t('Like COPY, but also extracts local tar archives and downloads URLs. Prefer COPY for plain files.'), example: 'ADD rootfs.tar.gz /' };
    case 'WORKDIR': return { summary: l10n.t('Sets the working directory for the following instructions and for the container; creates it if needed. Use an absolute path.'), example: 'WORKDIR /app' };
    case 'ENV': return { summary: l10n.t('Sets environment variables for the following instructions and for the running container.'), example: 'ENV NODE_ENV=production' };
    case 'ARG': return { summary: l10n.t('Declares a build argument (docker build --build-arg). Before the first FROM it can be used in FROM; inside a stage it must be declared again.'), example: 'ARG NODE_VERSION=24' };
    case 'EXPOSE': return { summary: l10n.t('Documents the port the application listens on. It does not publish it: use docker run -p HOST:CONTAINER.'), example: 'EXPOSE 8080' };
    case 'USER': return { summary: l10n.t('Sets the user (and group) for the following instructions and for the container. End with a non-root user.'), example: 'USER node' };
    case 'LABEL': return { summary: l10n.t('Adds metadata to the image as key=value pairs (shown by docker inspect).'), example: 'LABEL org.opencontainers.image.source="https://github.com/me/app"' };
    case 'VOLUME': return { summary: l10n.t('Marks a path as a mount point for data that should outlive the container.'), example: 'VOLUME /data' };
    case 'HEALTHCHECK': return { summary: l10n.t('Tells Docker how to test that the container still works; the status shows in docker ps.'), example: 'HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/ || exit 1' };
    case 'SHELL': return { summary: l10n.t('Changes the shell used by the shell form of RUN, CMD and ENTRYPOINT.'), example: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]' };
    case 'STOPSIGNAL': return { summary: l10n.t('The signal docker stop sends to the main process (SIGTERM by default).'), example: 'STOPSIGNAL SIGQUIT' };
    case 'ONBUILD': return { summary: l10n.t('Registers an instruction that runs later, when another image uses this one as its base.'), example: 'ONBUILD COPY . /app' };
    case 'MAINTAINER': return { summary: l10n.t('Deprecated: sets the author. Use LABEL org.opencontainers.image.authors instead.'), example: 'LABEL org.opencontainers.image.authors="me@example.com"' };
    default: return undefined;
  }
}
