// The practice's policy as the engine reads it (JSON of shared/policy.example.json plus `rules`,
// `warn_holds_post` and `roster {salt, hashes}`), and the other settings the extension keeps.
//
// Storage (chrome.storage.local unless said):
//   policy        the policy the options page / setup page / import wrote
//   pausedUntil   {x: epochMs, facebook: epochMs}: checking paused on that site until then
//   overrideLog   [{time, site, codes}]: posts made despite a block (never the text)
//   profileAudit  {x: {handle, time, items}, facebook: {...}}: last audit of the practice's profile
// chrome.storage.managed (IT: Chrome enterprise policy / Firefox policies.json) has the same
// fields as the policy and wins over the local values, field by field.
//
// Nothing here talks to the network.
import { engineReady, auditProfileText } from "./engine.js";
import { repaintTabs } from "./tabs.js";
import { validatePolicy, rosterHashes } from "../pkg/practice_guard.js";
import {
  SITES, isObj, mergeManaged, splitPolicyError, tidyPolicy, normalizeHandle, ownHandles, siteOfUrl,
  logEntry,
} from "./policy-core.js";

export { mergeManaged, normalizeHandle, ownHandles, siteOfUrl };

const KEY = "policy";
const LOG_KEY = "overrideLog";
const LOG_MAX = 2000;
const AUDIT_KEY = "profileAudit";
const PAUSE_KEY = "pausedUntil";

// ---------------------------------------------------------------------------------------------
// Managed storage

async function loadManaged() {
  try {
    if (!chrome.storage.managed) return {};
    const got = await chrome.storage.managed.get(null);
    return isObj(got) ? got : {};
  } catch {
    // Firefox rejects when no enterprise policy names this add-on; Chrome without a policy
    // answers {}. Either way: nothing is managed.
    return {};
  }
}

async function loadLocal() {
  const got = await chrome.storage.local.get(KEY);
  return isObj(got[KEY]) ? got[KEY] : {};
}

// Right after the browser starts, Chromium can take seconds to answer storage.managed (its
// policy service is still loading). The engine must not wait that long for its first check, nor
// run without IT's values: the last managed values seen are kept in storage.local and used until
// the live answer comes; when it differs, the cache is updated and the engine rebuilt.
const MANAGED_CACHE = "managedCache";
const MANAGED_WAIT_MS = 250;

async function loadManagedFast() {
  const live = loadManaged().then(async (m) => {
    const got = await chrome.storage.local.get(MANAGED_CACHE);
    if (JSON.stringify(got[MANAGED_CACHE] || {}) !== JSON.stringify(m)) {
      await chrome.storage.local.set({ [MANAGED_CACHE]: m }); // onPolicyChange rebuilds
    }
    return m;
  });
  const timeout = new Promise((resolve) => setTimeout(() => resolve(null), MANAGED_WAIT_MS));
  const first = await Promise.race([live, timeout]);
  if (first) return first;
  const got = await chrome.storage.local.get(MANAGED_CACHE);
  return isObj(got[MANAGED_CACHE]) ? got[MANAGED_CACHE] : {};
}

/** The effective policy (managed over local) with the list of managed field paths. */
export async function loadPolicy() {
  const [local, managed] = await Promise.all([loadLocal(), loadManagedFast()]);
  return mergeManaged(local, managed);
}

/** The effective policy as JSON for the engine ("" when nothing is set). */
export async function loadPolicyJson() {
  const { policy } = await loadPolicy();
  return Object.keys(policy).length ? JSON.stringify(policy) : "";
}

export function onPolicyChange(cb) {
  chrome.storage.onChanged.addListener((changes, area) => {
    if ((area === "local" && (KEY in changes || MANAGED_CACHE in changes)) || area === "managed") cb();
  });
}

// ---------------------------------------------------------------------------------------------
// Validation (the engine's own reader, so the options page and the engine never disagree)

async function validate(policy) {
  await engineReady();
  const err = validatePolicy(JSON.stringify(policy));
  return err ? { error: err, ...splitPolicyError(err) } : null;
}

function fromExtensionPage(sender) {
  // Only the extension's own pages (popup, options, setup) may change settings; content scripts
  // run inside x.com and facebook.com tabs.
  const origin = chrome.runtime.getURL("");
  return !sender || !sender.tab || (sender.url || "").startsWith(origin);
}

function denied() {
  return { ok: false, error: "only the extension's own pages can change the policy" };
}

async function storePolicy(local) {
  const invalid = await validate(local);
  if (invalid) return { ok: false, ...invalid };
  // The merged policy must also be readable (a managed value plus a local one).
  const { policy, managed } = mergeManaged(local, await loadManaged());
  const invalidMerged = await validate(policy);
  if (invalidMerged) return { ok: false, ...invalidMerged };
  await chrome.storage.local.set({ [KEY]: local });
  return { ok: true, policy, managed };
}

// ---------------------------------------------------------------------------------------------
// Pause per site (the content script reads pausedUntil; the toolbar badge shows it)

async function getPause() {
  const got = await chrome.storage.local.get(PAUSE_KEY);
  const p = isObj(got[PAUSE_KEY]) ? got[PAUSE_KEY] : {};
  const now = Date.now();
  const out = {};
  for (const s of SITES) if (typeof p[s] === "number" && p[s] > now) out[s] = p[s];
  return out;
}

const SITE_URLS = {
  x: ["https://x.com/*", "https://twitter.com/*", "https://mobile.twitter.com/*"],
  facebook: ["https://www.facebook.com/*", "https://facebook.com/*", "https://m.facebook.com/*", "https://web.facebook.com/*"],
};

/** Puts "off" on the toolbar badge of every tab of a paused site, and removes it elsewhere. */
export async function refreshPauseBadges() {
  if (!chrome.action || !chrome.tabs) return;
  const pause = await getPause();
  for (const site of SITES) {
    let tabs = [];
    try {
      tabs = await chrome.tabs.query({ url: SITE_URLS[site] });
    } catch {
      continue;
    }
    for (const t of tabs) {
      const paused = !!pause[site];
      try {
        if (paused) {
          await chrome.action.setBadgeText({ tabId: t.id, text: "off" });
          await chrome.action.setBadgeBackgroundColor({ tabId: t.id, color: "#5f6368" });
          await chrome.action.setTitle({ tabId: t.id, title: chrome.i18n.getMessage("badgePaused") || "Practice Guard: paused" });
        } else {
          await chrome.action.setBadgeText({ tabId: t.id, text: "" });
          await chrome.action.setTitle({ tabId: t.id, title: chrome.i18n.getMessage("extName") || "Practice Guard" });
        }
      } catch {
        /* tab closed meanwhile */
      }
    }
  }
  // Tabs whose content script reported a state get it back (cleared just above when unpaused).
  repaintTabs();
  if (chrome.alarms) {
    const next = Math.min(...Object.values(pause), Infinity);
    await chrome.alarms.clear("pg-pause-end");
    if (Number.isFinite(next)) chrome.alarms.create("pg-pause-end", { when: next + 500 });
  }
}

if (chrome.alarms) {
  chrome.alarms.onAlarm.addListener((a) => {
    if (a.name === "pg-pause-end") refreshPauseBadges().catch(() => {});
  });
}
if (chrome.tabs && chrome.tabs.onUpdated) {
  // A tab that navigates to a paused site gets the badge too.
  chrome.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status !== "complete" || !tab.url) return;
    const site = siteOfUrl(tab.url);
    if (!site) return;
    getPause().then((p) => {
      if (p[site] && chrome.action) chrome.action.setBadgeText({ tabId, text: "off" }).catch(() => {});
    }, () => {});
  });
}

// ---------------------------------------------------------------------------------------------
// Override log: when, where, which codes. Never the text.

async function getLog() {
  const got = await chrome.storage.local.get(LOG_KEY);
  return Array.isArray(got[LOG_KEY]) ? got[LOG_KEY] : [];
}

// ---------------------------------------------------------------------------------------------
// Roster: names in, salted hashes out; the names are never stored.

function randomSalt() {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

// ---------------------------------------------------------------------------------------------
// Handlers (spread into the background's router)

export const policyHandlers = {
  "get-policy": async () => {
    const { policy, managed } = await loadPolicy();
    const local = await loadLocal();
    let policyError = null;
    try {
      const invalid = await validate(policy);
      policyError = invalid ? invalid.error : null;
    } catch (e) {
      policyError = String((e && e.message) || e);
    }
    return { ok: true, policy, local, managed, policyError };
  },

  "set-policy": async (msg, sender) => {
    if (!fromExtensionPage(sender)) return denied();
    if (!isObj(msg.policy)) return { ok: false, error: "policy: expected a JSON object", field: "", reason: "expected a JSON object" };
    let local = tidyPolicy(msg.policy);
    // An import without a roster keeps the roster the practice already has.
    if (msg.keepRoster && !("roster" in local)) {
      const cur = await loadLocal();
      if (cur.roster) local = { ...local, roster: cur.roster };
    }
    return storePolicy(local);
  },

  "validate-policy": async (msg) => {
    const invalid = await validate(isObj(msg.policy) ? tidyPolicy(msg.policy) : msg.policy);
    return invalid ? { ok: false, ...invalid } : { ok: true };
  },

  "allow-term": async (msg) => {
    const term = String(msg.term || "").trim();
    if (!term) return { ok: false, error: "empty term" };
    if (term.length > 200) return { ok: false, error: "term too long" };
    const { managed } = await loadPolicy();
    if (managed.includes("allow_terms")) return { ok: false, error: "managed", managed: true };
    const local = await loadLocal();
    const list = Array.isArray(local.allow_terms) ? local.allow_terms.slice() : [];
    if (!list.some((t) => String(t).toLowerCase() === term.toLowerCase())) list.push(term);
    return storePolicy({ ...local, allow_terms: list });
  },

  "log-override": async (msg) => {
    const entry = logEntry(msg);
    const log = await getLog();
    log.push(entry);
    await chrome.storage.local.set({ [LOG_KEY]: log.slice(-LOG_MAX) });
    return { ok: true, entry };
  },

  "get-log": async () => ({ ok: true, log: await getLog() }),

  "clear-log": async (msg, sender) => {
    if (!fromExtensionPage(sender)) return denied();
    await chrome.storage.local.set({ [LOG_KEY]: [] });
    return { ok: true };
  },

  // The content script asks before it reads a profile: only the practice's own pages are read.
  "is-own-profile": async (msg) => {
    const { policy } = await loadPolicy();
    const h = normalizeHandle(msg.handle);
    return { ok: true, own: !!h && ownHandles(policy, msg.site).includes(h) };
  },

  "profile-audit": async (msg) => {
    const site = SITES.includes(msg.site) ? msg.site : null;
    if (!site) return { ok: false, error: "unknown site" };
    const { policy } = await loadPolicy();
    const handle = normalizeHandle(msg.handle);
    if (!handle || !ownHandles(policy, site).includes(handle)) {
      return { ok: false, error: "not one of the practice's handles", own: false };
    }
    const text = String(msg.text || "").slice(0, 20000);
    const report = await auditProfileText(text);
    const got = await chrome.storage.local.get(AUDIT_KEY);
    const all = isObj(got[AUDIT_KEY]) ? got[AUDIT_KEY] : {};
    // The public profile text itself is not kept: only which items it shows.
    all[site] = { handle, time: Date.now(), items: report.items, chars: text.length };
    await chrome.storage.local.set({ [AUDIT_KEY]: all });
    return { ok: true, report, audit: all[site] };
  },

  "get-profile-audit": async () => {
    const got = await chrome.storage.local.get(AUDIT_KEY);
    return { ok: true, audits: isObj(got[AUDIT_KEY]) ? got[AUDIT_KEY] : {} };
  },

  "set-pause": async (msg, sender) => {
    if (!fromExtensionPage(sender)) return denied();
    if (!SITES.includes(msg.site)) return { ok: false, error: "unknown site" };
    const got = await chrome.storage.local.get(PAUSE_KEY);
    const p = isObj(got[PAUSE_KEY]) ? got[PAUSE_KEY] : {};
    const minutes = Number.isFinite(msg.minutes) ? Math.max(0, Math.min(msg.minutes, 24 * 60)) : 60;
    if (minutes > 0) p[msg.site] = Date.now() + minutes * 60000;
    else delete p[msg.site];
    await chrome.storage.local.set({ [PAUSE_KEY]: p });
    await refreshPauseBadges();
    return { ok: true, pausedUntil: await getPause() };
  },

  "get-pause": async () => {
    await refreshPauseBadges().catch(() => {});
    return { ok: true, pausedUntil: await getPause() };
  },

  "roster-add": async (msg, sender) => {
    if (!fromExtensionPage(sender)) return denied();
    const { managed } = await loadPolicy();
    if (managed.includes("roster")) return { ok: false, error: "managed", managed: true };
    await engineReady();
    const local = await loadLocal();
    const roster = isObj(local.roster) && local.roster.salt ? local.roster : { salt: randomSalt(), hashes: [] };
    const got = rosterHashes(roster.salt, String(msg.names || ""));
    const hashes = [...new Set([...(roster.hashes || []), ...got.hashes])].sort();
    const added = hashes.length - (roster.hashes || []).length;
    const res = await storePolicy({ ...local, roster: { salt: roster.salt, hashes } });
    if (!res.ok) return res;
    return { ok: true, names: got.names, added, total: hashes.length, skipped: got.skipped };
  },

  "roster-clear": async (msg, sender) => {
    if (!fromExtensionPage(sender)) return denied();
    const local = await loadLocal();
    delete local.roster;
    return storePolicy(local);
  },
};
