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
import { validatePolicy, rosterHashes } from "../pkg/practice_guard.js";

const KEY = "policy";
const LOG_KEY = "overrideLog";
const LOG_MAX = 2000;
const AUDIT_KEY = "profileAudit";
const PAUSE_KEY = "pausedUntil";
export const SITES = ["x", "facebook"];
const PRACTICE_FIELDS = [
  "name", "handles", "phones", "fax", "email", "website", "address", "hours", "after_hours",
  "covering", "emergency",
];
const TOP_FIELDS = ["staff", "allow_terms", "deny_terms", "rules", "warn_holds_post", "roster"];

const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

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

/**
 * Merges managed values over the local policy. Returns {policy, managed} where `managed` lists
 * the field paths IT has set: "practice.name", "practice.handles.x", "staff", "rules.C1", ...
 * Managed values of the wrong type are ignored (the local value stays), so a typo in an
 * enterprise policy cannot break the checks.
 */
export function mergeManaged(local, managed) {
  const policy = structuredClone(isObj(local) ? local : {});
  const paths = [];
  if (!isObj(managed)) return { policy, managed: paths };
  // IT may also push the whole policy as one JSON string under "policy_json".
  if (typeof managed.policy_json === "string" && managed.policy_json.trim()) {
    try {
      const whole = JSON.parse(managed.policy_json);
      if (isObj(whole)) managed = { ...whole, ...managed };
    } catch {
      /* unreadable: ignored, the fields below still apply */
    }
  }
  if (isObj(managed.practice)) {
    policy.practice = isObj(policy.practice) ? policy.practice : {};
    for (const f of PRACTICE_FIELDS) {
      const v = managed.practice[f];
      if (v === undefined) continue;
      if (f === "handles") {
        if (!isObj(v)) continue;
        policy.practice.handles = isObj(policy.practice.handles) ? policy.practice.handles : {};
        for (const [site, list] of Object.entries(v)) {
          if (!Array.isArray(list)) continue;
          policy.practice.handles[site] = list.map(String);
          paths.push(`practice.handles.${site}`);
        }
      } else if (f === "phones") {
        if (!Array.isArray(v)) continue;
        policy.practice.phones = v.map(String);
        paths.push("practice.phones");
      } else if (typeof v === "string") {
        policy.practice[f] = v;
        paths.push(`practice.${f}`);
      }
    }
  }
  for (const f of ["staff", "allow_terms", "deny_terms"]) {
    if (Array.isArray(managed[f])) {
      policy[f] = managed[f].map(String);
      paths.push(f);
    }
  }
  if (isObj(managed.rules)) {
    policy.rules = isObj(policy.rules) ? policy.rules : {};
    for (const [code, action] of Object.entries(managed.rules)) {
      if (!["off", "warn", "block"].includes(action)) continue;
      policy.rules[code] = action;
      paths.push(`rules.${code}`);
    }
  }
  if (typeof managed.warn_holds_post === "boolean") {
    policy.warn_holds_post = managed.warn_holds_post;
    paths.push("warn_holds_post");
  }
  if (isObj(managed.roster) && Array.isArray(managed.roster.hashes)) {
    policy.roster = { salt: String(managed.roster.salt || ""), hashes: managed.roster.hashes.map(String) };
    paths.push("roster");
  }
  return { policy, managed: paths };
}

async function loadLocal() {
  const got = await chrome.storage.local.get(KEY);
  return isObj(got[KEY]) ? got[KEY] : {};
}

/** The effective policy (managed over local) with the list of managed field paths. */
export async function loadPolicy() {
  const [local, managed] = await Promise.all([loadLocal(), loadManaged()]);
  return mergeManaged(local, managed);
}

/** The effective policy as JSON for the engine ("" when nothing is set). */
export async function loadPolicyJson() {
  const { policy } = await loadPolicy();
  return Object.keys(policy).length ? JSON.stringify(policy) : "";
}

export function onPolicyChange(cb) {
  chrome.storage.onChanged.addListener((changes, area) => {
    if ((area === "local" && KEY in changes) || area === "managed") cb();
  });
}

// ---------------------------------------------------------------------------------------------
// Validation (the engine's own reader, so the options page and the engine never disagree)

/** "policy field `practice.phones[1]`: reason" -> {field: "practice.phones[1]", reason}. */
export function splitPolicyError(message) {
  const m = /^policy field `([^`]*)`: ([\s\S]*)$/.exec(message || "");
  if (m) return { field: m[1], reason: m[2] };
  return { field: "", reason: String(message || "").replace(/^policy: /, "") };
}

async function validate(policy) {
  await engineReady();
  const err = validatePolicy(JSON.stringify(policy));
  return err ? { error: err, ...splitPolicyError(err) } : null;
}

/** Drops empty strings from the lists and trims values, so a blank line is never an error. */
export function tidyPolicy(p) {
  const out = structuredClone(p);
  const tidyList = (l) => (Array.isArray(l) ? l.map((s) => (typeof s === "string" ? s.trim() : s)).filter((s) => s !== "") : l);
  for (const f of ["staff", "allow_terms", "deny_terms"]) if (f in out) out[f] = tidyList(out[f]);
  if (isObj(out.practice)) {
    if ("phones" in out.practice) out.practice.phones = tidyList(out.practice.phones);
    if (isObj(out.practice.handles)) {
      for (const s of Object.keys(out.practice.handles)) out.practice.handles[s] = tidyList(out.practice.handles[s]);
    }
  }
  return out;
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
  const { policy, managed } = await (async () => mergeManaged(local, await loadManaged()))();
  const invalidMerged = await validate(policy);
  if (invalidMerged) return { ok: false, ...invalidMerged };
  await chrome.storage.local.set({ [KEY]: local });
  return { ok: true, policy, managed };
}

// ---------------------------------------------------------------------------------------------
// Handles

/** Mirrors policy::normalize_handle: "@MapleGrove" / "https://www.facebook.com/maple/" -> "maple". */
export function normalizeHandle(h) {
  let s = String(h || "").trim();
  for (const marker of ["facebook.com/", "x.com/", "twitter.com/"]) {
    const i = s.lastIndexOf(marker);
    if (i >= 0) {
      s = s.slice(i + marker.length);
      break;
    }
  }
  return s.replace(/^@+/, "").replace(/^\/+|\/+$/g, "").toLowerCase();
}

export function ownHandles(policy, site) {
  const handles = (policy && policy.practice && policy.practice.handles) || {};
  const lists = site ? [handles[site] || []] : Object.values(handles);
  return lists.flat().map(normalizeHandle).filter(Boolean);
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

export function siteOfUrl(url) {
  let host = "";
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  if (["x.com", "twitter.com", "mobile.twitter.com"].includes(host)) return "x";
  if (/(^|\.)facebook\.com$/.test(host)) return "facebook";
  return null;
}

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

const CODE_RE = /^[CBD]\d{1,2}$/;

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
    const site = SITES.includes(msg.site) ? msg.site : "other";
    const codes = (Array.isArray(msg.codes) ? msg.codes : [])
      .map(String)
      .filter((c) => CODE_RE.test(c));
    const entry = { time: Date.now(), site, codes: [...new Set(codes)] };
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
