/**
 * The simulated network: containers' published ports (`-p 8080:8080` → localhost:8080),
 * pod IPs, Service ClusterIPs, NodePorts and LoadBalancer external IPs all register
 * listeners here; `curl` in the Kube Tutor terminal sends requests through it.
 */
export interface HttpRequest {
  readonly host: string;
  readonly port: number;
  readonly path: string;
  readonly method: string;
}

export type HttpResult =
  | { readonly ok: true; readonly status: number; readonly body: string }
  /** curl's own wording, e.g. `Failed to connect to localhost port 8080 after 0 ms: Connection refused`. */
  | {
      readonly ok: false;
      readonly error: string;
      readonly exitCode: number;
      /** Optional (added by the engine): Kube Tutor's explanation, e.g. which app crashed and why. */
      readonly hint?: string;
    };

export type HttpHandler = (request: HttpRequest) => HttpResult;

/** A handler as an object (one per pod in a large cluster: smaller than a closure and its scope). */
export interface HttpListener {
  handle(request: HttpRequest): HttpResult;
}

/** Finds the listener of addresses a component keeps itself (a cluster's pod IPs), or undefined. */
export type Resolver = (host: string, port: number) => HttpHandler | HttpListener | undefined;

export class Network {
  private readonly listeners = new Map<string, HttpHandler | HttpListener>();
  private readonly resolvers: Resolver[] = [];

  private static key(host: string, port: number): string {
    const h = host.toLowerCase();
    return `${h === '127.0.0.1' ? 'localhost' : h}:${port}`;
  }

  /** Registers a listener; returns the function that removes it. Throws when the address is taken. */
  listen(host: string, port: number, handler: HttpHandler): () => void {
    if (!this.attach(host, port, handler)) throw new Error(`address already in use: ${host}:${port}`);
    return () => this.detach(host, port, handler);
  }

  /**
   * `listen` without the function that undoes it, for callers with many listeners that keep the
   * handler anyway (one closure less per pod): false when the address is taken; `detach` with the
   * same handler removes it.
   */
  attach(host: string, port: number, handler: HttpHandler | HttpListener): boolean {
    if (this.find(host, port)) return false;
    this.listeners.set(Network.key(host, port), handler);
    return true;
  }

  /** Removes the listener at host:port if it is `handler` (a later listener there stays). */
  detach(host: string, port: number, handler: HttpHandler | HttpListener): void {
    const key = Network.key(host, port);
    if (this.listeners.get(key) === handler) this.listeners.delete(key);
  }

  /**
   * Adds a resolver, asked for addresses without a listener: a kubelet answers for its pods' IPs
   * from its own records instead of keeping a listener here per pod. Returns the function that removes it.
   */
  resolve(resolver: Resolver): () => void {
    this.resolvers.push(resolver);
    return () => {
      const i = this.resolvers.indexOf(resolver);
      if (i >= 0) this.resolvers.splice(i, 1);
    };
  }

  private find(host: string, port: number): HttpHandler | HttpListener | undefined {
    const found = this.listeners.get(Network.key(host, port));
    if (found) return found;
    for (const r of this.resolvers) {
      const h = r(host, port);
      if (h) return h;
    }
    return undefined;
  }

  isListening(host: string, port: number): boolean {
    return this.find(host, port) !== undefined;
  }

  request(request: HttpRequest): HttpResult {
    const handler = this.find(request.host, request.port);
    if (!handler) {
      return {
        ok: false,
        error: `curl: (7) Failed to connect to ${request.host} port ${request.port} after 0 ms: Couldn't connect to server`,
        exitCode: 7,
      };
    }
    return typeof handler === 'function' ? handler(request) : handler.handle(request);
  }
}
