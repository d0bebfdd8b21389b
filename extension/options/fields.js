// Policy form fields shared by the options and setup pages: building them (labels, hints, error
// slots wired with aria-describedby), reading and filling them, validation next to the field.
import { t, el } from "./common.js";

/**
 * kind: "text" (one value), "area" (one value, several lines), "lines" (a list, one per line).
 * `path` is the policy's JSON path; engine errors name the same path (practice.phones[1]).
 */
export const FIELDS = [
  { path: "practice.name", kind: "text", key: "fName", autocomplete: "organization" },
  { path: "practice.handles.x", kind: "lines", key: "fHandlesX", rows: 2, check: "xHandle" },
  { path: "practice.handles.facebook", kind: "lines", key: "fHandlesFb", rows: 2, check: "fbHandle" },
  { path: "practice.phones", kind: "lines", key: "fPhones", rows: 2, check: "phone" },
  { path: "practice.fax", kind: "text", key: "fFax", type: "tel", check: "phone" },
  { path: "practice.email", kind: "text", key: "fEmail", type: "email", check: "email" },
  { path: "practice.website", kind: "text", key: "fWebsite", type: "url", check: "url" },
  { path: "practice.address", kind: "area", key: "fAddress", rows: 2 },
  { path: "practice.hours", kind: "text", key: "fHours" },
  { path: "practice.after_hours", kind: "area", key: "fAfterHours", rows: 2 },
  { path: "practice.covering", kind: "text", key: "fCovering" },
  { path: "practice.emergency", kind: "area", key: "fEmergency", rows: 2 },
  { path: "staff", kind: "lines", key: "fStaff", rows: 5 },
  { path: "allow_terms", kind: "lines", key: "fAllow", rows: 3 },
  { path: "deny_terms", kind: "lines", key: "fDeny", rows: 3 },
];

export const fieldId = (path) => "f-" + path.replace(/[^\w]+/g, "-");

export function getPath(obj, path) {
  let cur = obj;
  for (const k of path.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = cur[k];
  }
  return cur;
}

export function setPath(obj, path, value) {
  const keys = path.split(".");
  let cur = obj;
  for (const k of keys.slice(0, -1)) {
    if (cur[k] === null || typeof cur[k] !== "object" || Array.isArray(cur[k])) cur[k] = {};
    cur = cur[k];
  }
  cur[keys[keys.length - 1]] = value;
}

/** Builds the label, control, hint and error slot of one field. */
export function buildField(spec, opts = {}) {
  const id = fieldId(spec.path);
  const hintId = `${id}-hint`;
  const errId = `${id}-err`;
  const control = spec.kind === "text"
    ? el("input", { type: spec.type || "text", id, autocomplete: spec.autocomplete || "off", spellcheck: "false" })
    : el("textarea", { id, rows: spec.rows || 3, spellcheck: "false" });
  control.dataset.path = spec.path;
  control.setAttribute("aria-describedby", `${hintId} ${errId}`);
  const hint = t(`${spec.key}Hint`);
  return el("div", { class: "field", dataset: { field: spec.path } },
    el("label", { for: id }, t(opts.labelKey || spec.key)),
    control,
    el("p", { class: "hint", id: hintId }, hint === `${spec.key}Hint` ? "" : hint),
    el("p", { class: "managed-note", hidden: true }, t("managedField")),
    el("p", { class: "error", id: errId, role: "alert" }));
}

export function controlOf(root, path) {
  return root.querySelector(`[data-path="${CSS.escape(path)}"]`);
}

/** Fills the field from the policy. */
export function fillField(root, spec, policy) {
  const c = controlOf(root, spec.path);
  if (!c) return;
  const v = getPath(policy, spec.path);
  c.value = spec.kind === "lines" ? (Array.isArray(v) ? v.join("\n") : "") : typeof v === "string" ? v : "";
}

/** The field's value as the policy holds it (a list for "lines"). */
export function readField(root, spec) {
  const c = controlOf(root, spec.path);
  if (!c) return undefined;
  if (spec.kind === "lines") return c.value.split("\n").map((s) => s.trim()).filter(Boolean);
  return c.value.trim();
}

export function setManaged(root, spec, managed) {
  const c = controlOf(root, spec.path);
  if (!c) return;
  const on = managed.includes(spec.path);
  c.disabled = on;
  c.closest(".field").querySelector(".managed-note").hidden = !on;
  c.closest(".field").classList.toggle("managed", on);
}

export function clearErrors(root) {
  for (const e of root.querySelectorAll(".field .error")) e.textContent = "";
  for (const c of root.querySelectorAll("[aria-invalid]")) c.removeAttribute("aria-invalid");
}

export function showError(root, path, message) {
  const c = controlOf(root, path);
  if (!c) return false;
  c.setAttribute("aria-invalid", "true");
  const err = c.closest(".field").querySelector(".error");
  err.textContent = err.textContent ? `${err.textContent} ${message}` : message;
  return true;
}

/**
 * Maps an engine error path to a form field: "practice.phones[1]" -> ["practice.phones", 1];
 * "rules.C1" -> ["rules.C1", null]; "practice.handles.x[0]" -> ["practice.handles.x", 0].
 */
export function splitErrorPath(field) {
  const m = /^(.*?)(?:\[(\d+)\])?$/.exec(field || "");
  return [m ? m[1] : field, m && m[2] !== undefined ? Number(m[2]) : null];
}

const digits = (s) => (s.match(/\d/g) || []).length;
const CHECKS = {
  phone: (v) => (digits(v) >= 7 && digits(v) <= 15 ? null : t("errPhone", [v, String(digits(v))])),
  email: (v) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? null : t("errEmail", [v])),
  url: (v) => {
    try {
      const u = new URL(/^[a-z]+:\/\//i.test(v) ? v : `https://${v}`);
      return /^https?:$/.test(u.protocol) && u.hostname.includes(".") ? null : t("errUrl", [v]);
    } catch {
      return t("errUrl", [v]);
    }
  },
  xHandle: (v) => (/^@?[A-Za-z0-9_]{1,15}$/.test(v) || /(x|twitter)\.com\/[A-Za-z0-9_]{1,15}\/?$/.test(v) ? null : t("errXHandle", [v])),
  fbHandle: (v) => (/^[A-Za-z0-9.\-]{2,}$/.test(v) || /facebook\.com\/[^\s]+$/.test(v) || /^\d{5,}$/.test(v) ? null : t("errFbHandle", [v])),
};

/** Checks the fields in the browser first; returns [{path, message}] (nothing is stored). */
export function validateFields(root, specs) {
  const errors = [];
  for (const spec of specs) {
    const c = controlOf(root, spec.path);
    if (!c || c.disabled || !spec.check) continue;
    const check = CHECKS[spec.check];
    if (spec.kind === "lines") {
      c.value.split("\n").forEach((line, i) => {
        const v = line.trim();
        if (!v) return;
        const e = check(v);
        if (e) errors.push({ path: spec.path, message: t("errLine", [String(i + 1), e]) });
      });
    } else {
      const v = c.value.trim();
      if (v) {
        const e = check(v);
        if (e) errors.push({ path: spec.path, message: e });
      }
    }
  }
  return errors;
}
