/**
 * The contract between the Docker engine (which builds, stores and pushes images) and
 * the Kubernetes cluster (whose kubelets pull them and run their apps).
 */

/** What a container of an image does when it runs, inferred statically (never executed). */
export type AppBehaviour =
  /** Prints lines and exits (`busybox echo "Hello world"`). */
  | { readonly kind: 'exit'; readonly output: readonly string[]; readonly exitCode: number }
  /**
   * A server. `respond` builds the HTTP body for a request, given the container hostname.
   * `crashOnRequest` models an app that dies handling its first request (the seed's
   * `reponse` typo in app.js): the logs and exit code a learner would see.
   */
  | {
      readonly kind: 'server';
      readonly port: number;
      readonly protocol: 'http' | 'tcp';
      readonly startupLog: readonly string[];
      readonly respond?: (hostname: string) => string;
      /** Lines the app logs per request (kubia: `Received request from <address>`). Optional; added by the engine. */
      readonly requestLog?: (remoteAddress: string) => readonly string[];
      readonly crashOnRequest?: { readonly log: readonly string[]; readonly exitCode: number };
    }
  /** Runs until stopped, prints nothing useful (`sleep infinity`, a shell). */
  | { readonly kind: 'idle'; readonly startupLog: readonly string[] };

export interface ImageConfig {
  readonly cmd?: readonly string[];
  readonly entrypoint?: readonly string[];
  readonly env?: readonly string[];
  readonly workdir?: string;
  readonly exposedPorts?: readonly string[];
  readonly user?: string;
}

export interface ImageInfo {
  /** Normalised reference, e.g. `docker.io/luksa/kubia:latest`. */
  readonly reference: string;
  /** `sha256:…` content digest. */
  readonly id: string;
  readonly sizeBytes: number;
  readonly config: ImageConfig;
  readonly behaviour: AppBehaviour;
}

/** Where a kubelet pulls from: the simulated registry (pushed images + the base-image catalogue). */
export interface ImageSource {
  /** `undefined` when the image was never pushed: kubelet reports ErrImagePull. */
  resolve(reference: string): ImageInfo | undefined;
}
