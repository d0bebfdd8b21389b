// Helpers for the tests of the extension's own pages (popup, options, setup): axe-core runs,
// paint timings, storage dumps, Chrome enterprise policy for a copy of the extension.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { ROOT } from "./harness.mjs";

const require = createRequire(path.join(ROOT, "package.json"));

/** axe-core's source, injected by evaluation (extension pages' CSP forbids inline scripts,
 * and DevTools evaluation is not subject to it). */
export const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core on a Playwright page; returns the violations with impact serious or critical
 * (as {id, impact, help, nodes: [target...]}) and the full count.
 */
export async function axeSerious(page, { exclude = [] } = {}) {
  const hasAxe = await page.evaluate(() => typeof globalThis.axe !== "undefined");
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const res = await page.evaluate(async (excl) => {
    const r = await globalThis.axe.run(excl.length ? { exclude: excl.map((s) => [s]) } : document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  }, exclude);
  return { all: res, serious: res.filter((v) => v.impact === "serious" || v.impact === "critical") };
}

/** Paint entries and marks of a page: {firstPaint, firstContentfulPaint, marks: {name: ms}}. */
export async function paintTimings(page) {
  return page.evaluate(() => {
    const get = (n) => {
      const e = performance.getEntriesByName(n)[0];
      return e ? e.startTime : null;
    };
    const marks = {};
    for (const m of performance.getEntriesByType("mark")) marks[m.name] = m.startTime;
    return { firstPaint: get("first-paint"), firstContentfulPaint: get("first-contentful-paint"), marks };
  });
}

/** Everything the extension keeps, as one JSON string (local, sync, session). */
export async function storageDump(page) {
  return page.evaluate(async () => {
    const out = { local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null) };
    try {
      out.session = await chrome.storage.session.get(null);
    } catch {
      out.session = {};
    }
    return JSON.stringify(out);
  });
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Copies a built extension to a temporary directory and gives the copy a manifest "key" of its
 * own (a throwaway RSA key made here), so that its Chromium extension id is known before the
 * browser starts and differs from every other test's. Returns {dir, id}.
 */
export function copyDistWithKey(src) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-dist-"));
  fs.cpSync(src, dir, { recursive: true });
  const { publicKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const der = publicKey.export({ type: "spki", format: "der" });
  const manifestFile = path.join(dir, "manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  manifest.key = der.toString("base64");
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  // Chromium's id: the first 128 bits of SHA-256 of the key, hex digits mapped to a-p.
  const id = [...crypto.createHash("sha256").update(der).digest("hex").slice(0, 32)]
    .map((h) => String.fromCharCode(97 + parseInt(h, 16)))
    .join("");
  return { dir, id };
}

export const CHROMIUM_POLICY_DIR = "/etc/chromium/policies/managed";

/** Whether this process may write Chromium's machine policy (root on Debian). */
export function canWriteChromiumPolicy() {
  try {
    fs.mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    fs.accessSync(CHROMIUM_POLICY_DIR, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a Chrome enterprise policy that sets the managed storage of ONE extension id
 * ("3rdparty" policy, validated by Chromium against managed_schema.json). Returns a function
 * that removes the file again.
 */
export function writeChromiumExtensionPolicy(extensionId, values) {
  const file = path.join(CHROMIUM_POLICY_DIR, `practice-guard-test-${extensionId}.json`);
  fs.writeFileSync(file, JSON.stringify({ "3rdparty": { extensions: { [extensionId]: values } } }, null, 2));
  return () => fs.rmSync(file, { force: true });
}
