// Practice Guard background (module service worker in Chrome, background script in Firefox).
// The wasm engine lives here, never in the content script: Chromium checks wasm compilation in
// content scripts against the host page's CSP, and x.com and facebook.com are strict.
//
// Message protocol (chrome.runtime.sendMessage from content scripts and extension pages):
//   {type: "check", draft}            -> {ok: true, report} | {ok: false, error}
//   other types are routed to the handlers of bg/*.js (see HANDLERS below).
// Nothing a user types leaves this machine: no fetch, no remote code.

import { engineReady, checkDraft, engineInfo } from "./bg/engine.js";
import { policyHandlers } from "./bg/policy.js";
import { tabHandlers } from "./bg/tabs.js";

const HANDLERS = {
  check: async (msg) => ({ ok: true, report: await checkDraft(msg.draft) }),
  "engine-info": async () => ({ ok: true, info: await engineInfo() }),
  ...policyHandlers,
  ...tabHandlers,
};

// Registered synchronously at top level so that a message that wakes the worker is not missed.
chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const handler = msg && HANDLERS[msg.type];
  if (!handler) return false;
  Promise.resolve()
    .then(() => handler(msg, sender))
    .then(sendResponse, (err) => sendResponse({ ok: false, error: String((err && err.message) || err) }));
  return true; // answer asynchronously
});

// Warm the engine as soon as the worker starts, so the first check does not pay for it.
engineReady().catch((e) => console.error("Practice Guard: engine failed to start", e));

// First run: open the short setup page (practice name, handles, main phone, staff, a preview
// check). It can be skipped; the engine works with an empty policy.
chrome.runtime.onInstalled.addListener((details) => {
  if (details.reason === "install") {
    chrome.tabs.create({ url: chrome.runtime.getURL("setup/setup.html") }).catch(() => {});
  }
});
