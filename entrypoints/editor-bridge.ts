import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { serveEditorBridge } from '../utils/editors/page-world-serve';

/**
 * Runs in the helpdesk page's own JS world (injected by the content script): the part of text
 * insertion that needs the page's editor instances or its clipboard principal. Talks only over the
 * channel named on its <script> tag; see utils/editors/page-world.ts.
 */
export default defineUnlistedScript(() => {
  const channel = document.currentScript?.dataset.channel;
  if (channel) serveEditorBridge(window, channel);
});
