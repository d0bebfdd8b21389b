// Shared by the popup, options and setup pages: i18n, DOM building without innerHTML, messages
// to the background, and the checklist and rule catalog (RULES.md).

/** chrome.i18n.getMessage with the key itself as a visible fallback. */
export function t(key, subs) {
  return (chrome.i18n && chrome.i18n.getMessage(key, subs)) || key;
}

/**
 * The language of the messages shown ("en", "es"), from the locale file chrome.i18n picked: set
 * on <html lang> so screen readers pick the right voice.
 */
export function uiLang() {
  const l = t("langCode");
  return l === "langCode" ? "en" : l;
}

/**
 * Fills [data-i18n] (textContent) and [data-i18n-attr="attr:key;attr:key"] under root.
 * Text only: never markup.
 */
export function applyI18n(root = document) {
  for (const n of root.querySelectorAll("[data-i18n]")) n.textContent = t(n.dataset.i18n);
  for (const n of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of n.dataset.i18nAttr.split(";")) {
      const [attr, key] = pair.split(":").map((s) => s.trim());
      if (attr && key) n.setAttribute(attr, t(key));
    }
  }
  document.documentElement.lang = uiLang();
}

/**
 * el("li", {class: "x", dataset: {pgCheck: 1}, onclick: fn}, "text", child, ...): builds DOM
 * nodes; strings become text nodes, so user text can never become markup.
 */
export function el(tag, attrs = {}, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "dataset") Object.assign(n.dataset, v);
    else if (k.startsWith("on") && typeof v === "function") n.addEventListener(k.slice(2), v);
    else if (k === "text") n.textContent = v;
    else if (k === "checked" || k === "disabled" || k === "value" || k === "hidden" || k === "readOnly") n[k] = v;
    else n.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    n.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return n;
}

/** Sends a message to the background; never throws ({ok:false, error} instead). */
export async function send(msg) {
  try {
    const r = await chrome.runtime.sendMessage(msg);
    return r === undefined ? { ok: false, error: "no answer" } : r;
  } catch (e) {
    return { ok: false, error: String((e && e.message) || e) };
  }
}

/** Mirrors policy::normalize_handle (one copy, shared with the background). */
export { normalizeHandle } from "../bg/policy-core.js";

export const SITES = ["x", "facebook"];

const ECFR = "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-";
export const SOURCES = {
  ama: { label: "AMA Code of Medical Ethics, Opinion 2.3.2", url: "https://code-medical-ethics.ama-assn.org/ethics-opinions/professionalism-use-social-media" },
  auth: { label: "HIPAA, 45 CFR 164.508", url: ECFR + "164.508" },
  uses: { label: "HIPAA, 45 CFR 164.502", url: ECFR + "164.502" },
  safeHarbor: { label: "HIPAA Safe Harbor, 45 CFR 164.514(b)(2)", url: ECFR + "164.514" },
  deident: { label: "HHS: de-identification guidance", url: "https://www.hhs.gov/hipaa/for-professionals/special-topics/de-identification/index.html" },
  ocr: { label: "HHS OCR resolution agreements", url: "https://www.hhs.gov/hipaa/for-professionals/compliance-enforcement/agreements/index.html" },
  acp: { label: "ACP/FSMB, Online Medical Professionalism (2013)", url: "https://www.acpjournals.org/doi/10.7326/0003-4819-158-8-201304160-00100" },
  fsmb: { label: "FSMB, Social Media and Electronic Communications (2019)", url: "https://www.fsmb.org/siteassets/advocacy/policies/social-media-and-electronic-communications.pdf" },
  ncsbn: { label: "NCSBN, A Nurse's Guide to the Use of Social Media", url: "https://www.ncsbn.org/public-files/NCSBN_SocialMedia.pdf" },
  ada: { label: "ADA Code of Ethics, Section 5 (Veracity)", url: "https://www.ada.org/about/principles/code-of-ethics" },
  ftc: { label: "FTC rule on consumer reviews, 16 CFR 465", url: "https://www.ecfr.gov/current/title-16/chapter-I/subchapter-D/part-465" },
  breach: { label: "HHS: HIPAA Breach Notification Rule", url: "https://www.hhs.gov/hipaa/for-professionals/breach-notification/index.html" },
};

/**
 * The 16 items of RULES.md's checklist. `auto` names how the extension verifies the item by
 * itself; the others are ticked by hand.
 */
export const CHECKLIST = [
  { n: 1, group: "before", source: "ama", auto: "account" },
  { n: 2, group: "before", source: "auth" },
  { n: 3, group: "replies", source: "uses" },
  { n: 4, group: "before", source: "safeHarbor" },
  { n: 5, group: "before", source: "deident" },
  { n: 6, group: "before", source: "safeHarbor" },
  { n: 7, group: "replies", source: "ocr" },
  { n: 8, group: "replies", source: "acp" },
  { n: 9, group: "replies", source: "ncsbn" },
  { n: 10, group: "profile", source: "fsmb", auto: "notMonitored" },
  { n: 11, group: "before", source: "ama" },
  { n: 12, group: "before", source: "ada" },
  { n: 13, group: "before", source: "ftc" },
  { n: 14, group: "before", source: "acp" },
  { n: 15, group: "wrong", source: "breach" },
  { n: 16, group: "profile", source: "fsmb", auto: "contactBlock" },
];
export const GROUPS = ["before", "replies", "profile", "wrong"];

/** The profile audit's items (profile::ITEMS) and which of them each auto check needs. */
export const PROFILE_ITEMS = [
  "address", "phone", "fax", "hours", "after_hours", "covering", "emergency", "not_monitored", "privacy_warning",
];
export const CONTACT_BLOCK_ITEMS = ["address", "phone", "fax", "hours", "after_hours", "covering", "emergency"];
export const NOT_MONITORED_ITEMS = ["not_monitored", "emergency"];

/** The rule codes of RULES.md with the engine's default severity. */
export const CODES = [
  ...Array.from({ length: 10 }, (_, i) => ({ code: `C${i + 1}`, area: "C", def: i === 9 ? "warn" : "block" })),
  ...Array.from({ length: 10 }, (_, i) => ({ code: `B${i + 1}`, area: "B", def: "warn" })),
  ...Array.from({ length: 7 }, (_, i) => ({ code: `D${i + 1}`, area: "D", def: "info" })),
];

/** Whether the policy has the minimum the checks rely on: a name, a handle and a phone. */
export function policyIsSetUp(p) {
  const pr = (p && p.practice) || {};
  const handles = Object.values(pr.handles || {}).flat().filter((h) => String(h).trim());
  const phones = (pr.phones || []).filter((h) => String(h).trim());
  return { name: !!String(pr.name || "").trim(), handles: handles.length > 0, phone: phones.length > 0 };
}

/**
 * A ready-to-paste text block for the profile, built from the policy, with a line for each
 * missing item. Fields the policy does not have become [placeholders] to fill in.
 */
export function profileBlock(policy, missing) {
  const pr = (policy && policy.practice) || {};
  const phone = (pr.phones || []).find((s) => String(s).trim()) || t("phPhone");
  const val = (v, ph) => (String(v || "").trim() ? String(v).trim() : t(ph));
  const lines = [];
  const want = new Set(missing);
  if (want.has("address")) lines.push(t("blockAddress", [val(pr.address, "phAddress")]));
  if (want.has("phone")) lines.push(t("blockPhone", [phone]));
  if (want.has("fax")) lines.push(t("blockFax", [val(pr.fax, "phFax")]));
  if (want.has("hours")) lines.push(t("blockHours", [val(pr.hours, "phHours")]));
  if (want.has("after_hours")) lines.push(t("blockAfterHours", [val(pr.after_hours, "phAfterHours")]));
  if (want.has("covering")) lines.push(t("blockCovering", [val(pr.covering, "phCovering")]));
  if (want.has("not_monitored")) lines.push(t("blockNotMonitored", [phone]));
  if (want.has("emergency")) lines.push(String(pr.emergency || "").trim() || t("blockEmergency"));
  if (want.has("privacy_warning")) lines.push(t("blockPrivacy"));
  return lines.join("\n");
}
