// The toolbar popup: the active tab's status with a pause switch, the practice's profile audit,
// and the 16-item social media checklist of RULES.md. Renders the checklist synchronously (no
// storage read before the first paint), then fills states in as the answers arrive.
performance.mark("pg-popup-module");
import {
  t, el, send, applyI18n, normalizeHandle, CHECKLIST, GROUPS, SOURCES, PROFILE_ITEMS,
  CONTACT_BLOCK_ITEMS, NOT_MONITORED_ITEMS, policyIsSetUp, profileBlock,
} from "../options/common.js";

const TICKS_KEY = "checklistTicks";
const $ = (id) => document.getElementById(id);
const state = { ticks: {}, policy: null, status: null, site: null, audits: {}, tabId: null };

// ---------------------------------------------------------------------------------------------
// Checklist (rendered at once)

function renderChecklist() {
  const groups = $("groups");
  groups.replaceChildren();
  for (const g of GROUPS) {
    const items = CHECKLIST.filter((c) => c.group === g);
    const list = el("ol", { class: "check" });
    for (const c of items) list.append(renderItem(c));
    groups.append(el("fieldset", { class: "group" }, el("legend", {}, t(`group_${g}`)), list));
  }
}

function renderItem(c) {
  const src = SOURCES[c.source];
  const why = el("div", { class: "why", id: `why-${c.n}` },
    t(`check_${c.n}_why`), " ",
    el("a", { href: src.url, target: "_blank", rel: "noopener noreferrer" }, t("sourceLabel", [src.label])));
  const text = t(`check_${c.n}`);
  if (c.auto) {
    return el("li", { dataset: { pgCheck: c.n, pgState: "unknown", pgAuto: c.auto } },
      el("span", { class: "mark unk", "aria-hidden": "true" }, "?"),
      el("span", { class: "auto-text" }, el("span", { class: "num" }, `${c.n}.`), text),
      why,
      el("span", { class: "auto-state chip", id: `auto-${c.n}`, role: "status" }, t("autoUnknown")));
  }
  const id = `chk-${c.n}`;
  return el("li", { dataset: { pgCheck: c.n, pgState: "todo" } },
    el("input", { type: "checkbox", id, "aria-describedby": `why-${c.n}`, onchange: (e) => tick(c.n, e.target.checked) }),
    el("label", { for: id }, el("span", { class: "num" }, `${c.n}.`), text),
    why);
}

function itemNode(n) {
  return document.querySelector(`[data-pg-check="${n}"]`);
}

function setAuto(n, st, detail) {
  const li = itemNode(n);
  if (!li) return;
  li.dataset.pgState = st;
  const mark = li.querySelector(".mark");
  mark.className = `mark ${st === "done" ? "ok" : st === "missing" ? "bad" : "unk"}`;
  mark.textContent = st === "done" ? "✓" : st === "missing" ? "!" : "?";
  const chip = $(`auto-${n}`);
  chip.className = `auto-state chip ${st === "done" ? "ok" : st === "missing" ? "bad" : ""}`;
  chip.textContent = detail;
}

function applyTicks() {
  for (const c of CHECKLIST) {
    if (c.auto) continue;
    const li = itemNode(c.n);
    const on = !!state.ticks[c.n];
    li.querySelector("input").checked = on;
    li.dataset.pgState = on ? "done" : "todo";
  }
  updateProgress();
}

function updateProgress() {
  const done = document.querySelectorAll('#groups [data-pg-state="done"]').length;
  $("progress").textContent = t("progress", [String(done), String(CHECKLIST.length)]);
}

async function tick(n, on) {
  if (on) state.ticks[n] = true;
  else delete state.ticks[n];
  applyTicks();
  try {
    await chrome.storage.sync.set({ [TICKS_KEY]: state.ticks });
  } catch {
    await chrome.storage.local.set({ [TICKS_KEY]: state.ticks }); // sync disabled by policy
  }
}

async function loadTicks() {
  let got = {};
  try {
    got = await chrome.storage.sync.get(TICKS_KEY);
  } catch {
    got = await chrome.storage.local.get(TICKS_KEY);
  }
  state.ticks = got[TICKS_KEY] && typeof got[TICKS_KEY] === "object" ? got[TICKS_KEY] : {};
  applyTicks();
}

async function resetTicks() {
  state.ticks = {};
  applyTicks();
  try {
    await chrome.storage.sync.remove(TICKS_KEY);
  } catch {
    await chrome.storage.local.remove(TICKS_KEY);
  }
  $("progress").focus?.();
}

// ---------------------------------------------------------------------------------------------
// Active tab

function siteOfUrl(url) {
  try {
    const h = new URL(url).hostname;
    if (["x.com", "twitter.com", "mobile.twitter.com"].includes(h)) return "x";
    if (/(^|\.)facebook\.com$/.test(h)) return "facebook";
  } catch {
    /* no URL: not a site we watch */
  }
  return null;
}

async function activeTab() {
  // Test hook and deep link: popup.html?tab=<id> shows that tab instead of the active one.
  const q = new URLSearchParams(location.search).get("tab");
  if (q && chrome.tabs) {
    try {
      return await chrome.tabs.get(Number(q));
    } catch {
      return null;
    }
  }
  if (!chrome.tabs) return null;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab || null;
}

function siteName(site) {
  return site === "x" ? "X" : site === "facebook" ? "Facebook" : "";
}

async function loadTab() {
  const tab = await activeTab();
  state.tabId = tab ? tab.id : null;
  let site = tab && tab.url ? siteOfUrl(tab.url) : null;
  let status = null;
  if (tab) {
    const r = await send({ type: "get-tab-status", tabId: tab.id });
    if (r && r.ok && r.status) {
      status = r.status;
      site = status.site || site;
    }
  }
  state.site = site;
  state.status = status;
  const pause = await send({ type: "get-pause" });
  renderTab(pause && pause.ok ? pause.pausedUntil : {});
}

function renderTab(pausedUntil) {
  const { site, status } = state;
  const verdict = $("tab-verdict");
  const line = $("tab-line");
  const sw = $("pause");
  const label = $("pause-label");
  if (!site) {
    verdict.className = "chip";
    verdict.textContent = t("tabNotWatched");
    line.textContent = t("tabNotWatchedLine");
    sw.disabled = true;
    sw.setAttribute("aria-checked", "false");
    label.textContent = t("pauseLabelNone");
    return;
  }
  const until = pausedUntil && pausedUntil[site];
  sw.disabled = false;
  sw.setAttribute("aria-checked", until ? "true" : "false");
  label.textContent = until
    ? t("pausedUntil", [siteName(site), new Date(until).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })])
    : t("pauseLabel", [siteName(site)]);
  if (until) {
    verdict.className = "chip";
    verdict.textContent = t("verdictPaused");
  } else if (status && !status.boxes) {
    verdict.className = "chip";
    verdict.textContent = t("verdictWatching");
  } else if (status) {
    const w = status.worst || "ok";
    verdict.className = `chip ${w === "block" ? "block" : w === "warn" ? "warn" : "ok"}`;
    verdict.textContent = t(`verdict_${w === "block" || w === "warn" ? w : "ok"}`);
  } else {
    verdict.className = "chip";
    verdict.textContent = siteName(site);
  }
  if (status && !status.boxes) {
    line.textContent = t("tabLineNoStatus", [siteName(site)]);
  } else if (status) {
    line.textContent = t("tabLine", [siteName(site), String(status.boxes || 0), String(status.count || 0)]);
  } else {
    line.textContent = t("tabLineNoStatus", [siteName(site)]);
  }
}

async function togglePause() {
  const sw = $("pause");
  if (!state.site) return;
  const on = sw.getAttribute("aria-checked") !== "true";
  const r = await send({ type: "set-pause", site: state.site, minutes: on ? 60 : 0 });
  renderTab(r && r.ok ? r.pausedUntil : {});
}

// ---------------------------------------------------------------------------------------------
// Auto-verified items and the profile audit

function auditFor(site) {
  if (site && state.audits[site]) return state.audits[site];
  // Not on a watched site: the most recent audit of any site.
  return Object.values(state.audits).sort((a, b) => (b.time || 0) - (a.time || 0))[0] || null;
}

function missingOf(audit, wanted) {
  const present = new Set((audit.items || []).filter((i) => i.present).map((i) => i.item));
  return wanted.filter((w) => !present.has(w));
}

function itemNames(list) {
  return list.map((i) => t(`item_${i}`)).join(", ");
}

function renderAuto() {
  const policy = state.policy || {};
  // 1. Posting from the practice account.
  const account = state.status && state.status.account;
  if (!state.site) setAuto(1, "unknown", t("autoAccountNoSite"));
  else if (!account) setAuto(1, "unknown", t("autoAccountUnknown"));
  else {
    const own = Object.values((policy.practice && policy.practice.handles) || {}).flat().map(normalizeHandle);
    if (own.includes(normalizeHandle(account))) setAuto(1, "done", t("autoAccountOwn", [account]));
    else setAuto(1, "missing", t("autoAccountOther", [account]));
  }
  // 10 and 16: the last profile audit.
  const audit = auditFor(state.site);
  if (!audit) {
    setAuto(10, "unknown", t("autoProfileUnknown"));
    setAuto(16, "unknown", t("autoProfileUnknown"));
  } else {
    const m10 = missingOf(audit, NOT_MONITORED_ITEMS);
    setAuto(10, m10.length ? "missing" : "done", m10.length ? t("autoMissing", [itemNames(m10)]) : t("autoProfileOk"));
    const m16 = missingOf(audit, CONTACT_BLOCK_ITEMS);
    setAuto(16, m16.length ? "missing" : "done", m16.length ? t("autoMissing", [itemNames(m16)]) : t("autoProfileOk"));
  }
  updateProgress();
}

function renderProfile() {
  const audit = auditFor(state.site);
  const card = $("profile-card");
  if (!audit) {
    card.hidden = true;
    return;
  }
  card.hidden = false;
  const site = Object.keys(state.audits).find((k) => state.audits[k] === audit);
  $("profile-when").textContent = t("profileWhen", [
    `${siteName(site)} · ${audit.handle ? (site === "x" ? "@" : "") + audit.handle : ""}`,
    new Date(audit.time).toLocaleString([], { dateStyle: "short", timeStyle: "short" }),
  ]);
  const present = new Set((audit.items || []).filter((i) => i.present).map((i) => i.item));
  const list = $("profile-items");
  list.replaceChildren();
  for (const item of PROFILE_ITEMS) {
    const ok = present.has(item);
    list.append(el("li", { dataset: { pgItem: item, pgPresent: ok ? "true" : "false" } },
      el("span", { class: `mark ${ok ? "ok" : "bad"}`, "aria-hidden": "true" }, ok ? "✓" : "✗"),
      el("span", {}, t(`item_${item}`)),
      el("span", { class: "visually-hidden" }, ok ? t("present") : t("missing"))));
  }
  const missing = PROFILE_ITEMS.filter((i) => !present.has(i));
  $("profile-fix").hidden = missing.length === 0;
  $("profile-block").value = missing.length ? profileBlock(state.policy, missing) : "";
}

async function copyBlock() {
  const text = $("profile-block").value;
  try {
    await navigator.clipboard.writeText(text);
    $("copy-status").textContent = t("copied");
  } catch {
    $("profile-block").select();
    $("copy-status").textContent = t("copyManually");
  }
}

async function loadPolicyAndAudits() {
  const [p, a] = await Promise.all([send({ type: "get-policy" }), send({ type: "get-profile-audit" })]);
  state.policy = p && p.ok ? p.policy : {};
  state.audits = a && a.ok ? a.audits : {};
  renderPolicyRow(p && p.ok ? p : null);
}

function renderPolicyRow(answer) {
  const card = $("policy-card");
  const mark = $("policy-mark");
  const line = $("policy-line");
  if (!answer) {
    card.dataset.pgState = "unknown";
    line.textContent = t("policyUnknown");
    return;
  }
  const s = policyIsSetUp(state.policy);
  const missing = [!s.name && t("needName"), !s.handles && t("needHandle"), !s.phone && t("needPhone")].filter(Boolean);
  const done = missing.length === 0 && !answer.policyError;
  card.dataset.pgState = done ? "done" : "missing";
  mark.className = `mark ${done ? "ok" : "bad"}`;
  mark.textContent = done ? "✓" : "!";
  $("open-setup").hidden = done;
  if (answer.policyError) line.textContent = t("policyInvalid");
  else if (done) {
    const staff = (state.policy.staff || []).length;
    line.textContent = t("policyOk", [state.policy.practice.name, String(staff)]);
  } else line.textContent = t("policyNeeds", [missing.join(", ")]);
}

// ---------------------------------------------------------------------------------------------

function openOptions() {
  chrome.runtime.openOptionsPage();
  window.close();
}

function start() {
  applyI18n();
  renderChecklist();
  updateProgress();
  $("reset").addEventListener("click", resetTicks);
  $("pause").addEventListener("click", togglePause);
  $("open-options").addEventListener("click", openOptions);
  $("open-setup").addEventListener("click", () => {
    chrome.tabs.create({ url: chrome.runtime.getURL("setup/setup.html") });
    window.close();
  });
  $("copy-block").addEventListener("click", copyBlock);
  performance.mark("pg-checklist-rendered");
  // Everything below is asynchronous and fills in states after the first paint.
  loadTicks().catch(() => {});
  Promise.all([loadTab(), loadPolicyAndAudits()])
    .catch(() => {})
    .then(() => {
      renderAuto();
      renderProfile();
      document.body.dataset.pgReady = "true";
    });
}

start();
