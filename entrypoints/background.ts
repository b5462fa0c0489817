export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (message && typeof message === 'object' && (message as { type?: unknown }).type === 'ping') {
      sendResponse({ type: 'pong', version: browser.runtime.getManifest().version });
      return true;
    }
    return false;
  });
});
