// Content-script states beyond ok/warn/block: the engine failing (error badge, posting not
// blocked silently), pause from the popup's storage key, the toolbar badge per tab, the policy's
// warn_holds_post, "always allow this name", and the override log (codes, never the text).
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launchChromium } from "./lib/harness.mjs";
import * as H from "./lib/compose-helpers.mjs";

const HOME = '[data-testid="tweetTextarea_0"][role="textbox"]';
const DIST = process.env.PG_DIST_CHROME || "dist/chrome";

let server;
let cr;

before(async () => {
  ({ server, cr } = await H.setupChromium({ deny_terms: ["Zyxwell"] }));
});

after(async () => {
  if (cr) await cr.close();
  if (server) await server.close();
});

const posts = (page) => page.evaluate(() => window.__fixture.posts);

async function typeHome(page, s) {
  await page.locator(HOME).click();
  await page.keyboard.type(s, { delay: 2 });
}

async function tabIdOf(url) {
  // From the extension's service worker (not the popup, which refreshes the pause badges).
  const id = await cr.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0].id, url);
  const badgeText = async () => cr.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), id);
  return { id, badgeText };
}

describe("content script states", () => {
  test("toolbar badge and get-tab-status follow the tab's worst box", async () => {
    const page = await H.openFixture(cr, server, "/home");
    await typeHome(page, "Thanks Zyxwell!");
    await H.waitBadge(page, "tweetTextarea_0", "block");
    const { id, badgeText } = await tabIdOf("https://x.com/home");
    await H.waitFor(async () => (await cr.sendMessage({ type: "get-tab-status", tabId: id })).status?.worst === "block", { message: "tab status block" });
    const st = (await cr.sendMessage({ type: "get-tab-status", tabId: id })).status;
    assert.equal(st.site, "x");
    assert.equal(st.boxes, 1);
    assert.equal(st.count, 1);
    assert.equal(st.account, "@maplegrovefm");
    assert.equal(st.paused, false);
    await H.waitFor(async () => (await badgeText()) === "1", { message: "toolbar badge shows 1" });
    // What the popup does when it opens on this tab (get-tab-status, then get-pause, which
    // refreshes the pause badges): the worst state stays on the icon.
    await cr.sendMessage({ type: "get-tab-status", tabId: id });
    await cr.sendMessage({ type: "get-pause" });
    await H.sleep(600);
    assert.equal(await badgeText(), "1");
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await H.waitBadge(page, "tweetTextarea_0", "ok");
    await H.waitFor(async () => (await badgeText()) === "", { message: "toolbar badge cleared" });
    await page.close();
  });

  test("pause (popup's pausedUntil): no checks, badge paused, nothing held; resuming checks again", async () => {
    const page = await H.openFixture(cr, server, "/home");
    await typeHome(page, "Thanks Zyxwell!");
    await H.waitBadge(page, "tweetTextarea_0", "block");
    await H.setStorageChromium(cr, { pausedUntil: { x: Date.now() + 60000 } });
    await page.waitForFunction(() => document.querySelector("[data-pg-badge]").getAttribute("data-pg-state") === "paused");
    assert.equal((await H.apiHighlights(page)).length, 0, "highlights cleared while paused");
    await page.click('[data-testid="tweetButtonInline"]');
    await H.sleep(300);
    assert.equal((await H.dialogInfo(page)).open, false);
    assert.equal((await posts(page)).length, 1, "paused: the post is not held");
    await typeHome(page, "Zyxwell again");
    await H.sleep(400);
    assert.equal((await H.badgeInfo(page, "tweetTextarea_0")).state, "paused", "no check while paused");
    await H.setStorageChromium(cr, { pausedUntil: { x: 0 } });
    await H.waitBadge(page, "tweetTextarea_0", "block");
    await page.close();
  });

  test("post anyway is logged with site and codes, never the text", async () => {
    const page = await H.openFixture(cr, server, "/home");
    await typeHome(page, "Big thanks to Zyxwell today");
    await H.waitBadge(page, "tweetTextarea_0", "block");
    await page.click('[data-testid="tweetButtonInline"]');
    await page.locator("[data-pg-dialog]").waitFor();
    await page.click('[data-pg-action="post-anyway"]');
    const log = await H.waitFor(async () => {
      const r = await cr.sendMessage({ type: "get-log" });
      return r && r.ok && r.log.length ? r.log : null;
    }, { message: "override log entry" });
    const last = log[log.length - 1];
    assert.equal(last.site, "x");
    assert.ok(Array.isArray(last.codes) && last.codes.includes("C1"), JSON.stringify(last));
    assert.ok(!JSON.stringify(log).includes("Zyxwell"), "the log holds no draft text");
    await page.close();
  });

  test("'always allow this name' adds it to the policy's allow list and the badge clears", async () => {
    const page = await H.openFixture(cr, server, "/home");
    await typeHome(page, "Welcome Zyxwell to the team!");
    await H.waitBadge(page, "tweetTextarea_0", "block");
    await page.locator("[data-pg-badge] >> button.badge").click();
    await page.locator("[data-pg-panel] [data-pg-allow]").first().click();
    await H.waitBadge(page, "tweetTextarea_0", "ok");
    const pol = await cr.sendMessage({ type: "get-policy" });
    assert.ok(JSON.stringify(pol.policy.allow_terms || []).includes("Zyxwell"));
    await page.close();
    // Restore the policy for the other tests.
    await H.setPolicyChromium(cr, H.readPolicy({ deny_terms: ["Zyxwell"] }));
  });

  test("warn does not hold the post unless the policy's warn_holds_post says so", async () => {
    await H.setPolicyChromium(cr, H.readPolicy({ deny_terms: ["Zyxwell"], rules: { C1: "warn" } }));
    let page = await H.openFixture(cr, server, "/home");
    await typeHome(page, "Thanks Zyxwell!");
    await H.waitBadge(page, "tweetTextarea_0", "warn");
    await page.click('[data-testid="tweetButtonInline"]');
    await H.sleep(300);
    assert.equal((await H.dialogInfo(page)).open, false);
    assert.equal((await posts(page)).length, 1);
    await page.close();

    await H.setPolicyChromium(cr, H.readPolicy({ deny_terms: ["Zyxwell"], rules: { C1: "warn" }, warn_holds_post: true }));
    page = await H.openFixture(cr, server, "/home");
    await typeHome(page, "Thanks Zyxwell!");
    await H.waitBadge(page, "tweetTextarea_0", "warn");
    await cr.screenshot(page, "x-warn-badge");
    await page.click('[data-testid="tweetButtonInline"]');
    await page.locator("[data-pg-dialog]").waitFor();
    assert.equal((await posts(page)).length, 0);
    await page.click('[data-pg-action="post-anyway"]');
    await H.sleep(300);
    assert.equal((await posts(page)).length, 1);
    await page.close();
    await H.setPolicyChromium(cr, H.readPolicy({ deny_terms: ["Zyxwell"] }));
  });

  test("cold engine (fresh browser, first check still starting): a patient draft posted at once is still held", async (t) => {
    const cr2 = await launchChromium({ port: server.port, dist: DIST });
    try {
      const page = await cr2.newPage();
      await page.goto(server.url("/home"));
      await page.waitForFunction(() => window.__fixture && window.__fixture.ready);
      await page.locator(HOME).click();
      await page.keyboard.type("Get well soon Mrs. Alvarez after your hip replacement!", { delay: 0 });
      const t0 = Date.now();
      await page.click('[data-testid="tweetButtonInline"]');
      await page.locator("[data-pg-dialog]").waitFor({ timeout: 3000 });
      const d = await H.dialogInfo(page);
      t.diagnostic(`dialog after ${Date.now() - t0} ms: ${/not been checked/.test(d.text) ? "not checked yet (engine still starting)" : "block"}`);
      assert.equal((await page.evaluate(() => window.__fixture.posts)).length, 0, "nothing left unchecked without a confirmation");
      await page.click('[data-pg-action="edit"]');
      await H.waitBadge(page, "tweetTextarea_0", "block", { timeout: 30000 });
      const info = await cr2.sendMessage({ type: "engine-info" });
      t.diagnostic(`engine cold start (background readyMs): ${Math.round(info.info.readyMs)} ms`);
    } finally {
      await cr2.close();
    }
  });

  test("slow engine: posting waits at most ~1 s for the check, then asks (never posts unchecked)", async (t) => {
    // A copy of the build whose background answers checks 3 s late (failure injection).
    const slow = fs.mkdtempSync(path.join(os.tmpdir(), "pg-slow-"));
    fs.cpSync(path.resolve(DIST), slow, { recursive: true });
    const eng = path.join(slow, "bg", "engine.js");
    const src = fs.readFileSync(eng, "utf8");
    const hook = "export async function checkDraft(draft) {";
    assert.ok(src.includes(hook), "bg/engine.js still exports checkDraft");
    fs.writeFileSync(eng, src.replace(hook, hook + "\n  await new Promise((r) => setTimeout(r, 3000));"));
    const cr2 = await launchChromium({ port: server.port, dist: slow });
    try {
      const page = await cr2.newPage();
      await page.goto(server.url("/home"));
      await page.waitForFunction(() => window.__fixture && window.__fixture.ready);
      await page.locator(HOME).click();
      await page.keyboard.type("Thanks for the flowers!", { delay: 0 });
      // Timed in the page: from the button press (pointerup, just before the held click) to the dialog.
      await page.evaluate(() => {
        window.__t = {};
        window.addEventListener("pointerup", () => (window.__t.click ??= performance.now()), true);
        new MutationObserver(() => {
          if (document.querySelector("[data-pg-dialog]")) window.__t.dialog ??= performance.now();
        }).observe(document.body, { childList: true });
      });
      await page.click('[data-testid="tweetButtonInline"]');
      await page.locator("[data-pg-dialog]").waitFor({ timeout: 3000 });
      const waited = await page.evaluate(() => Math.round(window.__t.dialog - window.__t.click));
      t.diagnostic(`dialog after ${waited} ms`);
      assert.ok(waited >= 900 && waited < 1500, `waited about 1 s (${waited} ms)`);
      assert.match((await H.dialogInfo(page)).text, /not been checked/);
      assert.equal((await page.evaluate(() => window.__fixture.posts)).length, 0);
      await page.click('[data-pg-action="post-anyway"]');
      await H.sleep(300);
      assert.equal((await page.evaluate(() => window.__fixture.posts)).length, 1, "the user's choice posts it, once");
    } finally {
      await cr2.close();
      fs.rmSync(slow, { recursive: true, force: true });
    }
  });

  test("engine failure: badge error with a message; posting is not blocked silently", async () => {
    // A copy of the build whose wasm module is broken, so the background's engine cannot start.
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), "pg-broken-"));
    fs.cpSync(path.resolve(DIST), broken, { recursive: true });
    fs.writeFileSync(path.join(broken, "pkg", "practice_guard_bg.wasm"), Buffer.from("not a wasm module"));
    const cr2 = await launchChromium({ port: server.port, dist: broken });
    try {
      const page = await cr2.newPage();
      await page.goto(server.url("/home"));
      await page.waitForFunction(() => window.__fixture && window.__fixture.ready);
      await page.locator(HOME).click();
      await page.keyboard.type("Get well soon Mrs. Alvarez after your hip replacement!", { delay: 2 });
      await H.waitBadge(page, "tweetTextarea_0", "error", { timeout: 15000 });
      const label = await page.evaluate(() => document.querySelector("[data-pg-badge]").shadowRoot.querySelector("button").getAttribute("aria-label"));
      assert.match(label, /Could not check: .+/);
      await page.locator("[data-pg-badge] >> button.badge").click();
      await page.locator("[data-pg-panel] >> text=The check could not run").waitFor();
      await cr2.screenshot(page, "x-error-panel");
      await page.keyboard.press("Escape");
      await page.click('[data-testid="tweetButtonInline"]');
      await H.sleep(300);
      assert.equal((await H.dialogInfo(page)).open, false);
      assert.equal((await page.evaluate(() => window.__fixture.posts)).length, 1, "the post was not silently swallowed");
    } finally {
      await cr2.close();
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });
});
