// First-run setup: practice name, handles, main phone, staff names, then a preview check of a
// sample draft with the policy just saved. It can be skipped: the engine works with an empty
// policy.
import { t, el, send, applyI18n } from "../options/common.js";
import {
  FIELDS, buildField, fillField, readField, setManaged, clearErrors, showError, splitErrorPath,
  validateFields, controlOf, setPath,
} from "../options/fields.js";

const $ = (id) => document.getElementById(id);
// The setup asks for the main phone only (the first of practice.phones).
const SETUP_FIELDS = [
  FIELDS.find((f) => f.path === "practice.name"),
  { path: "practice.handles.x", kind: "text", key: "fHandleX", check: "xHandle" },
  { path: "practice.handles.facebook", kind: "text", key: "fHandleFb", check: "fbHandle" },
  { path: "practice.phones", kind: "text", key: "fMainPhone", type: "tel", check: "phone" },
  FIELDS.find((f) => f.path === "staff"),
];
const state = { local: {}, policy: {}, managed: [] };

function firstOf(v) {
  return Array.isArray(v) ? v[0] || "" : v || "";
}

async function load() {
  const r = await send({ type: "get-policy" });
  if (!r.ok) return;
  state.local = r.local || {};
  state.policy = r.policy || {};
  state.managed = r.managed || [];
  const root = $("setup-form");
  for (const spec of SETUP_FIELDS) {
    if (spec.kind === "text" && spec.path !== "practice.name") {
      // One value shown for a list field: its first entry.
      const c = controlOf(root, spec.path);
      const v = spec.path.split(".").reduce((o, k) => (o ? o[k] : undefined), state.policy);
      c.value = firstOf(v);
    } else fillField(root, spec, state.policy);
    setManaged(root, spec, state.managed);
  }
}

function collect() {
  const root = $("setup-form");
  const p = structuredClone(state.local);
  for (const spec of SETUP_FIELDS) {
    if (state.managed.includes(spec.path)) continue;
    const v = readField(root, spec);
    if (spec.kind === "text" && spec.path !== "practice.name") {
      // Replace the first entry of the list, keep any others the options page added.
      const cur = spec.path.split(".").reduce((o, k) => (o ? o[k] : undefined), p);
      const rest = Array.isArray(cur) ? cur.slice(1) : [];
      setPath(p, spec.path, v ? [v, ...rest] : rest);
    } else setPath(p, spec.path, v);
  }
  return p;
}

async function save(e) {
  e.preventDefault();
  const root = $("setup-form");
  const st = $("setup-status");
  clearErrors(root);
  const errors = validateFields(root, SETUP_FIELDS);
  if (errors.length) {
    for (const er of errors) showError(root, er.path, er.message);
    controlOf(root, errors[0].path).focus();
    st.className = "small bad";
    st.textContent = t("notSavedFields", [String(new Set(errors.map((x) => x.path)).size)]);
    return false;
  }
  const r = await send({ type: "set-policy", policy: collect() });
  if (!r.ok) {
    const [path] = splitErrorPath(r.field);
    if (!showError(root, path, r.reason || r.error)) st.textContent = r.error;
    else controlOf(root, path).focus();
    st.className = "small bad";
    st.textContent = t("notSaved", [r.reason || r.error || "?"]);
    return false;
  }
  await load();
  st.className = "small ok";
  st.textContent = t("setupSaved");
  await check();
  return true;
}

// ---------------------------------------------------------------------------------------------
// Preview

/** Splits text into plain runs and <mark>s for the findings' UTF-16 spans (no innerHTML). */
function highlighted(text, findings) {
  const spans = findings
    .filter((f) => f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = el("div", { class: "sample-view" });
  let pos = 0;
  for (const f of spans) {
    if (f.start < pos) continue;
    out.append(text.slice(pos, f.start));
    out.append(el("mark", { class: `sev-${f.severity}`, title: f.code }, text.slice(f.start, f.end)));
    pos = f.end;
  }
  out.append(text.slice(pos));
  return out;
}

async function check() {
  const text = $("sample").value;
  const r = await send({ type: "check", draft: { text, site: "x", kind: "post" } });
  const preview = $("preview");
  const verdict = $("verdict");
  preview.replaceChildren();
  if (!r.ok) {
    verdict.hidden = true;
    preview.append(el("p", { class: "bad-text" }, t("checkFailed", [r.error || "?"])));
    return;
  }
  const rep = r.report;
  verdict.hidden = false;
  verdict.className = `chip ${rep.verdict}`;
  verdict.textContent = t(`verdict_${rep.verdict}`);
  verdict.dataset.pgVerdict = rep.verdict;
  preview.append(highlighted(text, rep.findings));
  if (!rep.findings.length) {
    preview.append(el("p", { class: "small muted" }, t("setupNoFindings")));
    return;
  }
  const list = el("ul", { class: "findings" });
  for (const f of rep.findings) {
    const sev = f.severity === "high" ? "block" : f.severity === "medium" ? "warn" : "info";
    list.append(el("li", { dataset: { code: f.code } },
      el("span", { class: `chip ${sev}` }, f.code),
      el("span", {}, f.message),
      f.suggestion ? el("span", { class: "sugg" }, f.suggestion) : null));
  }
  preview.append(list);
}

function start() {
  applyI18n();
  const box = $("setup-fields");
  for (const spec of SETUP_FIELDS) box.append(buildField(spec));
  $("sample").value = t("setupSample");
  $("setup-form").addEventListener("submit", save);
  $("check").addEventListener("click", check);
  $("skip").addEventListener("click", () => {
    // Nothing is saved; the extension works with an empty policy.
    $("setup-status").className = "small";
    $("setup-status").textContent = t("setupSkipped");
    chrome.tabs.getCurrent().then((tab) => (tab ? chrome.tabs.remove(tab.id) : window.close()), () => window.close());
  });
  load().finally(() => {
    document.body.dataset.pgReady = "true";
  });
}

start();
