// Helpers for the compose-box e2e tests (tests/e2e/compose-*.test.mjs, firefox-compose.test.mjs):
// the fixture server (X-like and Facebook-like pages mounting the real draft-js and lexical
// editors, served on the real host names with strict, nonce-based CSPs), policies, and waiting
// for the badge to reflect the current text.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startServer, waitFor, ROOT } from "./harness.mjs";
import { buildFixtures, BUILD_DIR } from "../fixtures/build.mjs";

export const X_PATHS = ["/home", "/compose/post", "/toothfairy22/status/1790000000000000001", "/i/chat", "/messages", "/maplegrovefm"];
export const FB_PATHS = ["/", "/maplegrovefamilymed", "/messages/t/100012345", "/me"];

// Like the live sites: script-src 'self' plus a per-response nonce; no 'unsafe-eval', no
// 'wasm-unsafe-eval' (a content script compiling wasm here would fail).
export function fixtureCsp(nonce) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export async function startFixtureServer() {
  await buildFixtures();
  const page = (req, url) => {
    const site = /facebook\.com$/.test(url.hostname) ? "facebook" : "x";
    const known = site === "x" ? X_PATHS : FB_PATHS;
    if (!known.includes(url.pathname)) return { status: 404, body: "not found", type: "text/plain" };
    const nonce = crypto.randomBytes(16).toString("base64");
    const body = fs.readFileSync(path.join(BUILD_DIR, `${site}.html`), "utf8").replaceAll("{{nonce}}", nonce);
    return { body, csp: fixtureCsp(nonce) };
  };
  const routes = {};
  for (const p of new Set([...X_PATHS, ...FB_PATHS])) routes[p] = page;
  for (const f of ["x.js", "x.css", "facebook.js", "facebook.css"]) routes[`/__fixture/${f}`] = { file: path.join(BUILD_DIR, f) };
  return startServer({ routes });
}

export function readPolicy(extra = {}) {
  const base = JSON.parse(fs.readFileSync(path.join(ROOT, "tests/data/policy.example.json"), "utf8"));
  return { ...base, ...extra };
}

// Writes the policy the way the options page does (chrome.storage.local "policy"), from the
// extension's own service worker.
export async function setPolicyChromium(cr, policy) {
  await cr.worker.evaluate((p) => chrome.storage.local.set({ policy: p }), policy);
  // The background rebuilds its engine on the change; wait until a check sees the new policy.
  await new Promise((r) => setTimeout(r, 300));
}

export async function setStorageChromium(cr, items) {
  await cr.worker.evaluate((it) => chrome.storage.local.set(it), items);
}

// Badges are matched by the editor they belong to (its data-testid or aria-label) and, where the
// same editor exists twice (X's home box and the compose modal), by where="page"|"dialog".
export const badgeSel = (editor, where) => `[data-pg-badge][data-pg-editor="${editor}"]${where ? `[data-pg-where="${where}"]` : ""}`;
export const badge = (page, editor, where) => page.locator(badgeSel(editor, where));

// Waits until the badge of `editor` shows `state` for the text now in the box (no check pending).
export async function waitBadge(page, editor, state, { timeout = 8000, where } = {}) {
  const sel = badgeSel(editor, where);
  await page.waitForFunction(
    ({ sel, state }) => {
      const h = document.querySelector(sel);
      return !!h && !h.hasAttribute("data-pg-pending") && h.getAttribute("data-pg-state") === state;
    },
    { sel, state },
    { timeout, polling: 20 }
  );
  return page.locator(sel);
}

export async function badgeInfo(page, editor, where) {
  return page.evaluate((sel) => {
    const h = document.querySelector(sel);
    if (!h) return null;
    return {
      state: h.getAttribute("data-pg-state"),
      count: Number(h.getAttribute("data-pg-count")),
      kind: h.getAttribute("data-pg-kind"),
      highlights: Number(h.getAttribute("data-pg-highlights") || 0),
      pending: h.hasAttribute("data-pg-pending"),
    };
  }, badgeSel(editor, where));
}

// Ranges painted through the CSS Custom Highlight API, read from the page: [{sev, text}].
export async function apiHighlights(page) {
  return page.evaluate(() => {
    const out = [];
    if (!globalThis.CSS || !CSS.highlights) return out;
    for (const sev of ["high", "medium", "low"]) {
      const h = CSS.highlights.get("pg-" + sev);
      if (h) for (const r of h) out.push({ sev, text: r.toString() });
    }
    return out;
  });
}

// Fallback boxes ([data-pg-highlight] in the overlay's shadow root): their client rects.
export async function boxHighlights(page) {
  return page.evaluate(() => {
    const host = document.querySelector("[data-pg-overlay]");
    if (!host || !host.shadowRoot) return [];
    return [...host.shadowRoot.querySelectorAll("[data-pg-highlight]")].map((d) => {
      const r = d.getBoundingClientRect();
      return { sev: d.getAttribute("data-pg-highlight"), left: r.left, top: r.top, width: r.width, height: r.height };
    });
  });
}

// The client rects of the first occurrence of `needle` in the text nodes under `selector`
// (computed by the test itself, independently of the extension).
export async function textRects(page, selector, needle) {
  return page.evaluate(
    ({ selector, needle }) => {
      const root = document.querySelector(selector);
      const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const i = n.nodeValue.indexOf(needle);
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + needle.length);
          return [...r.getClientRects()].map((q) => ({ left: q.left, top: q.top, width: q.width, height: q.height }));
        }
      }
      return null;
    },
    { selector, needle }
  );
}

// Performance figures recorded by the content script (User Timing, shared with the page).
export async function speedEntries(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType("measure")
      .filter((e) => e.name.startsWith("pg-"))
      .map((e) => ({ name: e.name, duration: e.duration, detail: e.detail }))
  );
}

export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return { n: 0 };
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

export { waitFor };

// The dialog's state as the test sees it: open?, which button has focus.
export async function dialogInfo(page) {
  return page.evaluate(() => {
    const host = document.querySelector("[data-pg-dialog]");
    if (!host) return { open: false };
    const root = host.shadowRoot;
    const focused = root && root.activeElement;
    return {
      open: true,
      focused: focused ? focused.getAttribute("data-pg-action") : null,
      hostFocused: document.activeElement === host,
      text: root ? root.querySelector(".dlg").textContent : "",
    };
  });
}

// Launches Chromium on the fixture server, with the policy set and the engine warmed.
export async function setupChromium(policyExtra = {}) {
  const { launchChromium } = await import("./harness.mjs");
  const server = await startFixtureServer();
  const cr = await launchChromium({ port: server.port, dist: process.env.PG_DIST_CHROME || "dist/chrome" });
  await setPolicyChromium(cr, readPolicy(policyExtra));
  // The first check waits for the engine to start; warm it once so tests measure steady state.
  await cr.sendMessage({ type: "engine-info" });
  return { server, cr };
}

export async function openFixture(cr, server, pathName, host = "x.com") {
  const page = await cr.newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(server.url(pathName, host));
  await page.waitForFunction(() => window.__fixture && window.__fixture.ready);
  return page;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Requests that are neither the fixture site's own files nor the extension's.
export function strayRequests(requests, allowedHosts = ["x.com", "www.facebook.com"]) {
  return requests.filter((r) => {
    let u;
    try {
      u = new URL(r.url);
    } catch {
      return true;
    }
    if (u.protocol === "chrome-extension:" || u.protocol === "moz-extension:") return false;
    if (u.protocol === "data:" || u.protocol === "blob:") return false;
    return !(u.protocol === "https:" && allowedHosts.includes(u.hostname));
  });
}

// axe-core on the extension's own UI only (badge + panel, dialog), not on the fixture page.
let axeSource = null;
export async function axeOnOurUi(page) {
  if (!axeSource) axeSource = fs.readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  if (!(await page.evaluate(() => typeof globalThis.axe !== "undefined"))) await page.evaluate(axeSource);
  const res = await page.evaluate(async () => {
    const include = [];
    if (document.querySelector("[data-pg-badge]")) include.push(["[data-pg-badge]"]);
    if (document.querySelector("[data-pg-dialog]")) include.push(["[data-pg-dialog]"]);
    const r = await globalThis.axe.run({ include }, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return { all: res, serious: res.filter((v) => v.impact === "serious" || v.impact === "critical") };
}
