import { DockerfileParser, type Dockerfile } from 'dockerfile-ast';

/** Everything a Dockerfile rule may look at; built once per lint run. */
export interface DockerfileContext {
  readonly text: string;
  readonly dockerfile: Dockerfile;
  /** `ARG`s declared before the first `FROM`, with their default values (if any). */
  readonly globalArgs: ReadonlyMap<string, string | undefined>;
}

export function createContext(text: string): DockerfileContext {
  const dockerfile = DockerfileParser.parse(text);
  const globalArgs = new Map<string, string | undefined>();
  for (const arg of dockerfile.getInitialARGs()) {
    for (const property of arg.getProperties()) {
      const name = property.getName();
      const value = property.getValue();
      globalArgs.set(name, value ?? undefined);
    }
  }
  return { text, dockerfile, globalArgs };
}
