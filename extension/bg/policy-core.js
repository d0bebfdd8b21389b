// Pure helpers of the policy storage (no chrome.* and no wasm here), shared by bg/policy.js and
// tested directly in node (tests/e2e/policy-core.test.mjs).

export const SITES = ["x", "facebook"];
const PRACTICE_FIELDS = [
  "name", "handles", "phones", "fax", "email", "website", "address", "hours", "after_hours",
  "covering", "emergency",
];

export const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Merges managed values (chrome.storage.managed) over the local policy. Returns {policy,
 * managed} where `managed` lists the field paths IT has set: "practice.name",
 * "practice.handles.x", "staff", "rules.C1", ... Managed values of the wrong type are ignored
 * (the local value stays), so a typo in an enterprise policy cannot break the checks.
 */
export function mergeManaged(local, managed) {
  const policy = structuredClone(isObj(local) ? local : {});
  const paths = [];
  if (!isObj(managed)) return { policy, managed: paths };
  // IT may also push the whole policy as one JSON string under "policy_json"; the individual
  // fields win over it.
  if (typeof managed.policy_json === "string" && managed.policy_json.trim()) {
    try {
      const whole = JSON.parse(managed.policy_json);
      if (isObj(whole)) {
        const fields = { ...managed };
        delete fields.policy_json;
        managed = { ...whole, ...fields };
        if (isObj(whole.practice) && isObj(fields.practice)) managed.practice = { ...whole.practice, ...fields.practice };
      }
    } catch {
      /* unreadable: ignored, the individual fields still apply */
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

/** "policy field `practice.phones[1]`: reason" -> {field: "practice.phones[1]", reason}. */
export function splitPolicyError(message) {
  const m = /^policy field `([^`]*)`: ([\s\S]*)$/.exec(message || "");
  if (m) return { field: m[1], reason: m[2] };
  return { field: "", reason: String(message || "").replace(/^policy: /, "") };
}

/** Drops blank entries from the lists and trims values, so a blank line is never an error. */
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

/** The practice's handles on one site (or all sites), normalized. */
export function ownHandles(policy, site) {
  const handles = (policy && policy.practice && policy.practice.handles) || {};
  const lists = site ? [handles[site] || []] : Object.values(handles);
  return lists.flat().map(normalizeHandle).filter(Boolean);
}

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

const CODE_RE = /^[CBD]\d{1,2}$/;

/** An override-log entry from a message: time, site and catalog codes only, never text. */
export function logEntry(msg, now = Date.now()) {
  const site = SITES.includes(msg && msg.site) ? msg.site : "other";
  const codes = (Array.isArray(msg && msg.codes) ? msg.codes : []).map(String).filter((c) => CODE_RE.test(c));
  return { time: now, site, codes: [...new Set(codes)] };
}
