import * as l10n from '@vscode/l10n';

/**
 * API versions removed from Kubernetes, from the official deprecated API migration
 * guide (kubernetes.io/docs/reference/using-api/deprecation-guide/). A removed version
 * is refused by every current API server: `no matches for kind "Deployment" in version
 * "extensions/v1beta1"`.
 */
export interface RemovedApi {
  /** Release that stopped serving it. */
  readonly removedIn: string;
  /** The version to use instead, or undefined when the API is gone for good. */
  readonly replacement?: string;
  /** What else changes when moving (localized when asked, after l10n is configured). */
  readonly note?: () => string;
}

const WORKLOAD_NOTE = () => l10n.t('spec.selector becomes required and must match spec.template.metadata.labels');
const INGRESS_NOTE = () => l10n.t('backend.serviceName/servicePort become backend.service.name/port.number and pathType is required');

const table: Record<string, RemovedApi> = {
  'extensions/v1beta1 Deployment': { removedIn: '1.16', replacement: 'apps/v1', note: WORKLOAD_NOTE },
  'extensions/v1beta1 DaemonSet': { removedIn: '1.16', replacement: 'apps/v1', note: WORKLOAD_NOTE },
  'extensions/v1beta1 ReplicaSet': { removedIn: '1.16', replacement: 'apps/v1', note: WORKLOAD_NOTE },
  'extensions/v1beta1 NetworkPolicy': { removedIn: '1.16', replacement: 'networking.k8s.io/v1' },
  'extensions/v1beta1 PodSecurityPolicy': { removedIn: '1.16', note: () => l10n.t('PodSecurityPolicy was removed in 1.25; use Pod Security admission') },
  'extensions/v1beta1 Ingress': {
    removedIn: '1.22',
    replacement: 'networking.k8s.io/v1',
    note: INGRESS_NOTE,
  },
  'apps/v1beta1 Deployment': { removedIn: '1.16', replacement: 'apps/v1', note: WORKLOAD_NOTE },
  'apps/v1beta1 StatefulSet': { removedIn: '1.16', replacement: 'apps/v1', note: WORKLOAD_NOTE },
  'apps/v1beta1 ControllerRevision': { removedIn: '1.16', replacement: 'apps/v1' },
  'apps/v1beta2 Deployment': { removedIn: '1.16', replacement: 'apps/v1' },
  'apps/v1beta2 DaemonSet': { removedIn: '1.16', replacement: 'apps/v1' },
  'apps/v1beta2 ReplicaSet': { removedIn: '1.16', replacement: 'apps/v1' },
  'apps/v1beta2 StatefulSet': { removedIn: '1.16', replacement: 'apps/v1' },
  'apps/v1beta2 ControllerRevision': { removedIn: '1.16', replacement: 'apps/v1' },
  'networking.k8s.io/v1beta1 Ingress': {
    removedIn: '1.22',
    replacement: 'networking.k8s.io/v1',
    note: INGRESS_NOTE,
  },
  'networking.k8s.io/v1beta1 IngressClass': { removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
  'batch/v1beta1 CronJob': { removedIn: '1.25', replacement: 'batch/v1' },
  'batch/v2alpha1 CronJob': { removedIn: '1.21', replacement: 'batch/v1' },
  'autoscaling/v2beta1 HorizontalPodAutoscaler': {
    removedIn: '1.25',
    replacement: 'autoscaling/v2',
    note: () => l10n.t('targetAverageUtilization becomes target.averageUtilization with target.type: Utilization'),
  },
  'autoscaling/v2beta2 HorizontalPodAutoscaler': { removedIn: '1.26', replacement: 'autoscaling/v2' },
  'policy/v1beta1 PodDisruptionBudget': { removedIn: '1.25', replacement: 'policy/v1', note: () => l10n.t('an empty spec.selector now selects every pod of the namespace') },
  'policy/v1beta1 PodSecurityPolicy': { removedIn: '1.25', note: () => l10n.t('use Pod Security admission instead') },
  'rbac.authorization.k8s.io/v1beta1 Role': { removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1' },
  'rbac.authorization.k8s.io/v1beta1 RoleBinding': { removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1' },
  'rbac.authorization.k8s.io/v1beta1 ClusterRole': { removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1' },
  'rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding': { removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1' },
  'storage.k8s.io/v1beta1 StorageClass': { removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
  'storage.k8s.io/v1beta1 CSIDriver': { removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
  'storage.k8s.io/v1beta1 CSINode': { removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
  'storage.k8s.io/v1beta1 VolumeAttachment': { removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
  'storage.k8s.io/v1beta1 CSIStorageCapacity': { removedIn: '1.27', replacement: 'storage.k8s.io/v1' },
  'scheduling.k8s.io/v1beta1 PriorityClass': { removedIn: '1.22', replacement: 'scheduling.k8s.io/v1' },
  'discovery.k8s.io/v1beta1 EndpointSlice': { removedIn: '1.25', replacement: 'discovery.k8s.io/v1' },
  'events.k8s.io/v1beta1 Event': { removedIn: '1.25', replacement: 'events.k8s.io/v1' },
  'node.k8s.io/v1beta1 RuntimeClass': { removedIn: '1.25', replacement: 'node.k8s.io/v1' },
  'coordination.k8s.io/v1beta1 Lease': { removedIn: '1.22', replacement: 'coordination.k8s.io/v1' },
  'certificates.k8s.io/v1beta1 CertificateSigningRequest': { removedIn: '1.22', replacement: 'certificates.k8s.io/v1' },
  'apiextensions.k8s.io/v1beta1 CustomResourceDefinition': { removedIn: '1.22', replacement: 'apiextensions.k8s.io/v1' },
  'apiregistration.k8s.io/v1beta1 APIService': { removedIn: '1.22', replacement: 'apiregistration.k8s.io/v1' },
  'admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration': { removedIn: '1.22', replacement: 'admissionregistration.k8s.io/v1' },
  'admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration': { removedIn: '1.22', replacement: 'admissionregistration.k8s.io/v1' },
  'flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema': { removedIn: '1.26', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  'flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration': { removedIn: '1.26', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  'flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema': { removedIn: '1.29', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  'flowcontrol.apiserver.k8s.io/v1beta2 PriorityLevelConfiguration': { removedIn: '1.29', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  'flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema': { removedIn: '1.32', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  'flowcontrol.apiserver.k8s.io/v1beta3 PriorityLevelConfiguration': { removedIn: '1.32', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
};

export function removedApi(apiVersion: string, kind: string): RemovedApi | undefined {
  return table[`${apiVersion} ${kind}`];
}
