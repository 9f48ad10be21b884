// Front matter is parsed here too (gray-matter wants a Buffer): first, before anything that parses.
import '../node-globals';
import { loadMissingResources } from './render-resources';
import type { PreviewReply, PreviewRequest } from './preview-protocol';
import { PreviewWorkerCore } from './preview-worker-core';

// Renders the open post's preview off the main thread: a keystroke in a 10 MB post costs the
// page one message and the patch of one block, never a render (see docs/renderer.md). Fence
// languages and KaTeX load here, in the worker's own registries.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null;
  postMessage: (reply: PreviewReply) => void;
};

const core = new PreviewWorkerCore({
  reply: (reply) => scope.postMessage(reply),
  defer: (task) => setTimeout(task, 0),
  loadMissing: loadMissingResources,
});
scope.onmessage = (event) => core.receive(event.data);
