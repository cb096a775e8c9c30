// The cluster side of the extension: the embedded cluster host and what shows or drives it.
export { ClusterSimulator } from './simulator';
export { ClusterEditor, EDIT_SCHEME } from './editor';
