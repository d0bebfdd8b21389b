// The options page: the practice's policy (validated next to each field, nothing lost on a bad
// entry), per-rule behaviour, the patient roster (hashes only), import/export, the override log.
import { t, el, send, applyI18n, CODES } from "./common.js";
import {
  FIELDS, buildField, fillField, readField, setManaged, clearErrors, showError, splitErrorPath,
  validateFields, controlOf, setPath, getPath,
} from "./fields.js";

const $ = (id) => document.getElementById(id);
const form = () => $("policy-form");
const state = { local: {}, policy: {}, managed: [], dirty: false };

// ---------------------------------------------------------------------------------------------
// Building the form

function build() {
  const practice = $("practice-fields");
  const people = $("people-fields");
  for (const spec of FIELDS) (spec.path.startsWith("practice.") ? practice : people).append(buildField(spec));
  const body = $("rules-body");
  for (const area of ["C", "B", "D"]) {
    body.append(el("tr", { class: "area" }, el("th", { colspan: 3, scope: "colgroup" }, t(`area_${area}`))));
    for (const c of CODES.filter((x) => x.area === area)) {
      const id = `rule-${c.code}`;
      const select = el("select", { id, "aria-labelledby": `${id}-code ${id}-name`, dataset: { code: c.code } },
        el("option", { value: "" }, t("ruleDefault", [t(`sev_${c.def}`)])),
        el("option", { value: "off" }, t("ruleOff")),
        el("option", { value: "warn" }, t("ruleWarn")),
        el("option", { value: "block" }, t("ruleBlock")));
      body.append(el("tr", { dataset: { code: c.code } },
        el("td", { class: "code", id: `${id}-code` }, c.code),
        el("td", { id: `${id}-name` }, t(`rule_${c.code}`)),
        el("td", {}, select)));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Loading and filling

async function load() {
  const r = await send({ type: "get-policy" });
  if (!r.ok) {
    showBanner(t("loadFailed", [r.error || "?"]));
    return;
  }
  state.local = r.local || {};
  state.policy = r.policy || {};
  state.managed = r.managed || [];
  fill();
  $("managed-banner").hidden = state.managed.length === 0;
  if (r.policyError) showBanner(t("storedPolicyInvalid", [r.policyError]));
  else $("policy-error-banner").hidden = true;
  renderRosterCount();
}

function showBanner(text) {
  const b = $("policy-error-banner");
  b.textContent = text;
  b.hidden = false;
}

function fill() {
  const root = form();
  // The form shows the effective policy (managed values included, read-only).
  for (const spec of FIELDS) {
    fillField(root, spec, state.policy);
    setManaged(root, spec, state.managed);
  }
  const rules = state.policy.rules || {};
  for (const s of root.querySelectorAll("select[data-code]")) {
    s.value = rules[s.dataset.code] || "";
    const managed = state.managed.includes(`rules.${s.dataset.code}`);
    s.disabled = managed;
    s.closest("tr").classList.toggle("managed", managed);
    if (managed) s.title = t("managedField");
    else s.removeAttribute("title");
  }
  const wh = $("warn-holds");
  wh.checked = !!state.policy.warn_holds_post;
  wh.disabled = state.managed.includes("warn_holds_post");
  $("warn-holds-managed").hidden = !wh.disabled;
  clearErrors(root);
  setDirty(false);
}

/** The local policy with the form's values; managed fields keep their local value. */
function collect() {
  const root = form();
  const p = structuredClone(state.local);
  for (const spec of FIELDS) {
    if (state.managed.includes(spec.path)) continue;
    setPath(p, spec.path, readField(root, spec));
  }
  const rules = {};
  for (const [code, action] of Object.entries(p.rules || {})) {
    if (state.managed.includes(`rules.${code}`)) rules[code] = action;
  }
  for (const s of root.querySelectorAll("select[data-code]")) {
    if (s.disabled) {
      const local = getPath(state.local, `rules.${s.dataset.code}`);
      if (local) rules[s.dataset.code] = local;
    } else if (s.value) rules[s.dataset.code] = s.value;
  }
  p.rules = rules;
  if (!state.managed.includes("warn_holds_post")) p.warn_holds_post = $("warn-holds").checked;
  return p;
}

/** Both save bars show the same status. */
function status(kind, text) {
  for (const st of document.querySelectorAll(".save-status")) {
    st.className = `small save-status ${kind}`;
    st.textContent = text;
  }
}

function setDirty(on) {
  state.dirty = on;
  if (on) status("", t("unsaved"));
}

// ---------------------------------------------------------------------------------------------
// Saving

/** The 1-based line of the n-th non-blank line of a list field (engine indexes skip blanks). */
function lineOf(path, index) {
  const c = controlOf(form(), path);
  if (!c || c.tagName !== "TEXTAREA") return index + 1;
  let seen = -1;
  const lines = c.value.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim()) seen++;
    if (seen === index) return i + 1;
  }
  return index + 1;
}

function showEngineError(r) {
  const [path, index] = splitErrorPath(r.field);
  const reason = r.reason || r.error;
  const root = form();
  if (path.startsWith("rules.")) {
    const s = root.querySelector(`select[data-code="${CSS.escape(path.slice(6))}"]`);
    if (s) {
      s.setAttribute("aria-invalid", "true");
      s.focus();
    }
    return reason;
  }
  const msg = index === null ? reason : t("errLine", [String(lineOf(path, index)), reason]);
  if (showError(root, path, msg)) {
    controlOf(root, path).focus();
    return msg;
  }
  return r.error;
}

async function save(e) {
  e.preventDefault();
  const root = form();
  clearErrors(root);
  const errors = validateFields(root, FIELDS);
  if (errors.length) {
    for (const er of errors) showError(root, er.path, er.message);
    controlOf(root, errors[0].path).focus();
    status("bad", t("notSavedFields", [String(new Set(errors.map((x) => x.path)).size)]));
    return;
  }
  const r = await send({ type: "set-policy", policy: collect() });
  if (!r.ok) {
    const detail = showEngineError(r);
    status("bad", t("notSaved", [detail || r.error || "?"]));
    return;
  }
  await load();
  status("ok", t("saved"));
}

// ---------------------------------------------------------------------------------------------
// Roster

function renderRosterCount() {
  const n = ((state.policy.roster && state.policy.roster.hashes) || []).length;
  $("roster-count").textContent = n ? t("rosterCount", [String(n)]) : t("rosterEmpty");
  $("roster-clear").disabled = n === 0 || state.managed.includes("roster");
  $("roster-add").disabled = state.managed.includes("roster");
  $("roster-names").disabled = state.managed.includes("roster");
}

async function rosterAdd() {
  const box = $("roster-names");
  const status = $("roster-status");
  if (!box.value.trim()) {
    status.className = "small bad-text";
    status.textContent = t("rosterNothing");
    box.focus();
    return;
  }
  const r = await send({ type: "roster-add", names: box.value });
  if (!r.ok) {
    status.className = "small bad-text";
    status.textContent = t("rosterFailed", [r.error || "?"]);
    return;
  }
  // The names leave the page as soon as they are hashed.
  box.value = "";
  status.className = "small ok-text";
  status.textContent = t("rosterAdded", [String(r.names), String(r.total)]) +
    (r.skipped && r.skipped.length ? " " + t("rosterSkipped", [r.skipped.join(", ")]) : "");
  await load();
}

async function rosterClear() {
  if (!confirm(t("rosterClearConfirm"))) return;
  const r = await send({ type: "roster-clear" });
  $("roster-status").textContent = r.ok ? t("rosterCleared") : t("rosterFailed", [r.error || "?"]);
  await load();
}

// ---------------------------------------------------------------------------------------------
// Import / export

async function importFile(ev) {
  const input = ev.target;
  const file = input.files && input.files[0];
  const status = $("share-status");
  if (!file) return;
  let policy;
  try {
    policy = JSON.parse(await file.text());
  } catch (e) {
    status.className = "small bad-text";
    status.textContent = t("importNotJson", [file.name, e.message]);
    input.value = "";
    return;
  }
  const r = await send({ type: "set-policy", policy, keepRoster: true });
  input.value = "";
  if (!r.ok) {
    status.className = "small bad-text";
    status.textContent = t("importInvalid", [file.name, r.error || "?"]);
    return;
  }
  await load();
  status.className = "small ok-text";
  status.textContent = t("imported", [file.name]);
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function exportPolicy() {
  const r = await send({ type: "get-policy" });
  if (!r.ok) return;
  download("practice-guard-policy.json", "application/json", JSON.stringify(r.policy, null, 2) + "\n");
  $("share-status").className = "small ok-text";
  $("share-status").textContent = t("exported");
}

// ---------------------------------------------------------------------------------------------
// Override log

async function renderLog() {
  const r = await send({ type: "get-log" });
  const body = $("log-body");
  body.replaceChildren();
  const log = r.ok ? r.log : [];
  if (!log.length) {
    body.append(el("tr", { class: "empty" }, el("td", { colspan: 3 }, t("logEmpty"))));
  }
  for (const e of log.slice().reverse()) {
    body.append(el("tr", {},
      el("td", {}, new Date(e.time).toLocaleString()),
      el("td", {}, e.site === "x" ? "X" : e.site === "facebook" ? "Facebook" : e.site),
      el("td", {}, (e.codes || []).join(", "))));
  }
  $("log-csv").disabled = !log.length;
  $("log-clear").disabled = !log.length;
  return log;
}

/** RFC 4180 CSV: time (ISO 8601, UTC), site, codes (space separated). */
export function logToCsv(log) {
  const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows = [["time", "site", "codes"]];
  for (const e of log) rows.push([new Date(e.time).toISOString(), String(e.site), (e.codes || []).join(" ")]);
  return rows.map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
}

async function exportCsv() {
  const r = await send({ type: "get-log" });
  if (!r.ok) return;
  download("practice-guard-override-log.csv", "text/csv", logToCsv(r.log));
  $("log-status").textContent = t("exported");
}

async function clearLog() {
  if (!confirm(t("logClearConfirm"))) return;
  const r = await send({ type: "clear-log" });
  $("log-status").textContent = r.ok ? t("logCleared") : r.error;
  await renderLog();
}

// ---------------------------------------------------------------------------------------------

async function engineLine() {
  const r = await send({ type: "engine-info" });
  if (r.ok && r.info) $("engine-line").textContent = t("engineLine", [r.info.version]);
}

function start() {
  applyI18n();
  build();
  form().addEventListener("submit", save);
  form().addEventListener("input", () => setDirty(true));
  form().addEventListener("change", () => setDirty(true));
  $("roster-add").addEventListener("click", rosterAdd);
  $("roster-clear").addEventListener("click", rosterClear);
  $("import-file").addEventListener("change", importFile);
  $("export").addEventListener("click", exportPolicy);
  $("log-csv").addEventListener("click", exportCsv);
  $("log-clear").addEventListener("click", clearLog);
  window.addEventListener("beforeunload", (e) => {
    if (state.dirty) e.preventDefault();
  });
  // Another page (the setup page, the compose panel's "allow this term") changed the policy.
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && changes.policy && !state.dirty) load();
    if (area === "local" && changes.overrideLog) renderLog();
  });
  Promise.all([load(), renderLog(), engineLine()]).finally(() => {
    document.body.dataset.pgReady = "true";
  });
}

start();
