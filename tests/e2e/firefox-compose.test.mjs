// The core compose-box cases on Debian's firefox-esr with the unpacked dist/firefox installed as a
// temporary add-on (selenium-webdriver + geckodriver, through the harness): the same fixture pages
// (real draft-js and lexical editors) on https://x.com and https://www.facebook.com.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { By, Key } from "selenium-webdriver";
import { launchFirefox } from "./lib/harness.mjs";
import * as H from "./lib/compose-helpers.mjs";

const BLOCK = "Get well soon Mrs. Alvarez after your hip replacement!";
const CLEAN = "Our office is closed Monday for the holiday. Have a safe weekend!";
const HOME = '[data-testid="tweetTextarea_0"][role="textbox"]';

let server;
let ff;
let d;

before(async () => {
  server = await H.startFixtureServer();
  ff = await launchFirefox({ port: server.port, dist: process.env.PG_DIST_FIREFOX || "dist/firefox" });
  d = ff.driver;
  const r = await ff.sendMessage({ type: "set-policy", policy: H.readPolicy({ deny_terms: ["Zyxwell"] }) });
  assert.equal(r && r.ok, true, JSON.stringify(r));
  await ff.sendMessage({ type: "engine-info" }); // warm the engine
});

after(async () => {
  if (ff) await ff.close();
  if (server) await server.close();
});

const js = (fn, ...args) => d.executeScript(`return (${fn}).apply(null, arguments)`, ...args);

async function open(pathName, host = "x.com") {
  await d.get(server.url(pathName, host));
  await H.waitFor(() => js(() => !!(window.__fixture && window.__fixture.ready)), { message: "fixture ready" });
}

async function waitBadge(editor, state, timeout = 10000) {
  const sel = H.badgeSel(editor);
  await H.waitFor(
    () => js((s, st) => {
      const h = document.querySelector(s);
      return !!h && !h.hasAttribute("data-pg-pending") && h.getAttribute("data-pg-state") === st;
    }, sel, state),
    { timeout, message: `badge ${editor} = ${state}` }
  );
  return js((s) => {
    const h = document.querySelector(s);
    return { count: Number(h.getAttribute("data-pg-count")), highlights: Number(h.getAttribute("data-pg-highlights") || 0), kind: h.getAttribute("data-pg-kind") };
  }, sel);
}

async function shadowEl(hostSel, innerSel) {
  const host = await d.findElement(By.css(hostSel));
  const root = await host.getShadowRoot();
  return root.findElement(By.css(innerSel));
}

const dialogOpen = () => js(() => !!document.querySelector("[data-pg-dialog]"));
const posts = () => js(() => window.__fixture.posts);

async function waitDialog() {
  await H.waitFor(dialogOpen, { timeout: 3000, message: "the stop-before-posting dialog" });
}

async function typeInto(sel, text) {
  const el = await d.findElement(By.css(sel));
  await el.click();
  await d.actions().sendKeys(text).perform();
  return el;
}

describe("Firefox: compose boxes", () => {
  test("X: clean draft posts; patient draft is held, edit keeps it, post anyway posts once", async () => {
    await open("/home");
    await typeInto(HOME, CLEAN);
    await waitBadge("tweetTextarea_0", "ok");
    await d.findElement(By.css('[data-testid="tweetButtonInline"]')).click();
    await H.sleep(300);
    assert.equal(await dialogOpen(), false);
    assert.equal((await posts()).length, 1);

    await typeInto(HOME, BLOCK);
    const info = await waitBadge("tweetTextarea_0", "block");
    assert.ok(info.count >= 1 && info.highlights >= 1, JSON.stringify(info));
    await ff.screenshot("firefox-x-badge-highlights");
    await d.findElement(By.css('[data-testid="tweetButtonInline"]')).click();
    await waitDialog();
    const focused = await js(() => {
      const h = document.querySelector("[data-pg-dialog]");
      return h.shadowRoot.activeElement && h.shadowRoot.activeElement.getAttribute("data-pg-action");
    });
    assert.equal(focused, "edit");
    await ff.screenshot("firefox-x-dialog");
    await (await shadowEl("[data-pg-dialog]", '[data-pg-action="edit"]')).click();
    assert.equal(await dialogOpen(), false);
    assert.equal(await js(() => window.__fixture.getText("home-0")), BLOCK);
    assert.equal((await posts()).length, 1);
    await d.findElement(By.css('[data-testid="tweetButtonInline"]')).click();
    await waitDialog();
    await (await shadowEl("[data-pg-dialog]", '[data-pg-action="post-anyway"]')).click();
    await H.sleep(400);
    const p = await posts();
    assert.equal(p.length, 2, "posted exactly once more");
    assert.equal(p[1].text, BLOCK);
  });

  test("X: Ctrl+Enter is held; post anyway re-sends it through the editor's key binding", async () => {
    await open("/home");
    await typeInto(HOME, "Thanks Zyxwell!");
    await waitBadge("tweetTextarea_0", "block");
    await d.actions().keyDown(Key.CONTROL).sendKeys(Key.ENTER).keyUp(Key.CONTROL).perform();
    await waitDialog();
    await H.sleep(300);
    assert.equal(await dialogOpen(), true);
    assert.equal((await posts()).length, 0);
    await (await shadowEl("[data-pg-dialog]", '[data-pg-action="post-anyway"]')).click();
    await H.sleep(400);
    const p = await posts();
    assert.equal(p.length, 1);
    assert.equal(p[0].via, "key");
  });

  test("X reply: the safe reply applied from the panel lands in draft-js's state", async () => {
    await open("/toothfairy22/status/1790000000000000001");
    await H.waitFor(() => js((s) => !!document.querySelector(s), HOME), { message: "reply box" });
    await typeInto(HOME, "We're so sorry your crown came loose again! Come back in and we will fix it.");
    const info = await waitBadge("tweetTextarea_0", "block");
    assert.equal(info.kind, "reply");
    await (await shadowEl("[data-pg-badge]", "button.badge")).click();
    const apply = await shadowEl("[data-pg-badge]", "[data-pg-apply]");
    await ff.screenshot("firefox-x-panel");
    const suggestion = await js(() => document.querySelector("[data-pg-badge]").shadowRoot.querySelector(".sugg").textContent.replace(/^Safe reply: /, ""));
    await apply.click();
    await H.waitFor(async () => (await js(() => window.__fixture.getText("reply-0"))) === suggestion, { timeout: 4000, message: "editor state holds the safe reply" });
    await waitBadge("tweetTextarea_0", "ok");
  });

  test("Facebook: comment where Enter sends is held; Messenger too; safe reply in lexical", async () => {
    await open("/", "www.facebook.com");
    const sel = '[role="article"] [data-lexical-editor="true"]';
    await typeInto(sel, "So sorry your knee surgery is still swelling!");
    await waitBadge("Write a comment…", "block");
    await d.actions().sendKeys(Key.ENTER).perform();
    await waitDialog();
    assert.equal((await posts()).length, 0);
    await ff.screenshot("firefox-fb-dialog");
    await (await shadowEl("[data-pg-dialog]", '[data-pg-action="edit"]')).click();
    assert.equal(await js(() => window.__fixture.getText("comment")), "So sorry your knee surgery is still swelling!");
    await (await shadowEl(H.badgeSel("Write a comment…"), "button.badge")).click();
    const suggestion = await js((s) => document.querySelector(s).shadowRoot.querySelector(".sugg").textContent.replace(/^Safe reply: /, ""), H.badgeSel("Write a comment…"));
    await (await shadowEl(H.badgeSel("Write a comment…"), "[data-pg-apply]")).click();
    await H.waitFor(async () => (await js(() => window.__fixture.getText("comment"))) === suggestion, { timeout: 4000, message: "lexical state holds the safe reply" });
    await waitBadge("Write a comment…", "ok");

    await open("/messages/t/100012345", "www.facebook.com");
    await typeInto('[data-lexical-editor="true"]', "Your results show Zyxwell");
    await waitBadge("Message", "block");
    await d.actions().sendKeys(Key.ENTER).perform();
    await waitDialog();
    await (await shadowEl("[data-pg-dialog]", '[data-pg-action="post-anyway"]')).click();
    await H.sleep(400);
    const p = await posts();
    assert.equal(p.length, 1);
    assert.equal(p[0].text, "Your results show Zyxwell");
  });

  test("Facebook: Create post dialog held on block; fallback highlight boxes", async () => {
    await open("/", "www.facebook.com");
    await js(() => document.documentElement.setAttribute("data-pg-highlight-mode", "boxes"));
    await d.findElement(By.css('[role="region"] [role="button"]')).click();
    await typeInto('[role="dialog"] [data-lexical-editor="true"]', BLOCK);
    await waitBadge("What's on your mind, Kelly?", "block");
    const boxes = await js(() => {
      const h = document.querySelector("[data-pg-overlay]");
      return h ? h.shadowRoot.querySelectorAll("[data-pg-highlight]").length : 0;
    });
    assert.ok(boxes >= 1, "fallback boxes drawn");
    await ff.screenshot("firefox-fb-badge-boxes");
    await d.findElement(By.css('[role="dialog"] [role="button"][aria-label="Post"]')).click();
    await waitDialog();
    await (await shadowEl("[data-pg-dialog]", '[data-pg-action="post-anyway"]')).click();
    await H.sleep(400);
    assert.equal((await posts()).length, 1);
  });

  test("no request left for anything but the fixture hosts (Firefox's own services aside)", () => {
    // The browser itself calls Mozilla's settings/telemetry hosts (refused by the proxy); the
    // add-on and the pages made no other request.
    const browserOwn = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/;
    const stray = ff.proxyLog.filter((r) => !r.allowed && !browserOwn.test(r.host));
    assert.deepEqual(stray, []);
  });
});
