// The practice's policy as the engine reads it (JSON of shared/policy.example.json).
// Stored in chrome.storage.local under "policy"; the options page writes it.
const KEY = "policy";

export async function loadPolicyJson() {
  const got = await chrome.storage.local.get(KEY);
  const p = got[KEY];
  return p ? JSON.stringify(p) : "";
}

export function onPolicyChange(cb) {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && KEY in changes) cb();
  });
}

export const policyHandlers = {};
