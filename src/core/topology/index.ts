/**
 * Topology model: `ClusterView` (plain data from the simulator) → graph per view → deltas.
 * Layout and render live in the webview (webview/layout, webview/render).
 */
import type { ClusterView } from './clusterView';
import { applicationGraph } from './applicationGraph';
import { clusterGraph } from './clusterGraph';
import { dockerGraph } from './dockerGraph';
import type { TopologyGraph, TopologyViewKind } from './graph';
import { MINIKUBE_EMPTY } from './samples';

export * from './clusterView';
export * from './graph';
export { applicationGraph } from './applicationGraph';
export { clusterGraph } from './clusterGraph';
export { dockerGraph } from './dockerGraph';
export { applyDelta, deepEqual, diffGraphs, isEmptyDelta, type GraphDelta } from './diff';
export { filterGraph, filterOptions, isFilterEmpty, kindOf, matchesFilter, type TopologyFilter } from './filter';
export { describeObject, type ObjectDetails } from './describe';
export { trafficPulses, lastTrafficSeq, type Pulse } from './traffic';
export { ids } from './ids';

export function buildGraph(view: ClusterView, kind: TopologyViewKind): TopologyGraph {
  switch (kind) {
    case 'cluster':
      return clusterGraph(view);
    case 'application':
      return applicationGraph(view);
    case 'docker':
      return dockerGraph(view);
  }
}

/** A one-node cluster with nothing scheduled: what `minikube start` gives. */
export function emptyClusterTopology(): TopologyGraph {
  return clusterGraph(MINIKUBE_EMPTY);
}
