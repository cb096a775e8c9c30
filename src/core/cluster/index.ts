/**
 * Public surface of the embedded cluster for the shell, the `kube-tutor sim` CLI and the
 * extension (tree view, status bar, topology):
 *
 *   const host = new ClusterHost({ clock, random, images: engine, network });
 *   shell.register(new KubectlProvider(host), new MinikubeProvider(host));
 *   host.onChange(state => …);                       // Running | Stopped | Absent
 *   host.cluster?.store.watchAll(e => …);            // every object change (ADDED/MODIFIED/DELETED)
 *   host.cluster?.events.onEvent(e => …);            // kubectl-style events, the tutor's narration
 */
export { Cluster, type ClusterOptions } from './cluster';
export { ClusterHost, type ClusterDeps, type HostState } from './host';
export { ApiServer, type AdmissionValidator, type WriteOptions, type Propagation } from './apiserver';
export { ApiError, type FieldError } from './errors';
export { EventRecorder, type EventRecord } from './events';
export { Selector, parseSelector, formatLabels } from './labels';
export { RESOURCES, resolveResource, resourceForKind, type ResourceInfo } from './kinds';
export { MINIKUBE, THREE_NODE, PROFILES, generatedProfile, type ClusterProfile, type ProfileName } from './profiles';
export { isPodReady, isActive } from './podutil';
export type { KObject, KObjectInput, ObjectMeta, OwnerReference, WatchEvent, Json } from './types';
