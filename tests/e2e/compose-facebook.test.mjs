// The content script on Facebook-like fixture pages that mount the real lexical editor
// (+ @lexical/plain-text), served on https://www.facebook.com from loopback with a strict nonce
// CSP; the production build of the extension (dist/chrome) loaded unmodified in Chromium.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import * as H from "./lib/compose-helpers.mjs";

const FB = "www.facebook.com";
const BLOCK = "Get well soon Mrs. Alvarez after your hip replacement!";
const CLEAN = "Our office is closed Monday for the holiday. Have a safe weekend!";
const MIND = "What's on your mind, Kelly?";
const EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

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
const text = (page, id) => page.evaluate((id) => window.__fixture.getText(id), id);

async function composer(pathName = "/", label = MIND) {
  const page = await H.openFixture(cr, server, pathName, FB);
  await page.click(`[role="region"] [role="button"]`);
  const ed = page.locator(`[role="dialog"] ${EDITOR}`);
  await ed.waitFor();
  await ed.click();
  return { page, ed, label };
}

describe("Facebook (lexical)", () => {
  test("Create post dialog, clean draft: badge ok, Post goes through", async () => {
    const { page } = await composer();
    await page.keyboard.type(CLEAN, { delay: 3 });
    await H.waitBadge(page, MIND, "ok");
    assert.equal((await H.badgeInfo(page, MIND)).kind, "post");
    await page.click('[role="dialog"] [role="button"][aria-label="Post"]');
    await H.sleep(200);
    const p = await posts(page);
    assert.equal(p.length, 1);
    assert.equal(p[0].text, CLEAN);
    await page.close();
  });

  test("patient name + procedure: block, highlights, held; edit keeps it; post anyway once", async () => {
    const { page } = await composer();
    await page.keyboard.type(BLOCK, { delay: 3 });
    await H.waitBadge(page, MIND, "block");
    const info = await H.badgeInfo(page, MIND);
    assert.ok(info.count >= 1 && info.highlights >= 1, JSON.stringify(info));
    const ranges = await H.apiHighlights(page);
    assert.ok(ranges.some((r) => /Alvarez/.test(r.text)), JSON.stringify(ranges));
    await cr.screenshot(page, "fb-badge-highlights");
    await page.click('[role="dialog"] [role="button"][aria-label="Post"]');
    await page.locator("[data-pg-dialog]").waitFor();
    assert.equal((await H.dialogInfo(page)).focused, "edit");
    await cr.screenshot(page, "fb-dialog");
    await page.click('[data-pg-action="edit"]');
    assert.equal(await text(page, "composer"), BLOCK);
    assert.equal((await posts(page)).length, 0);
    // Enter on the focused Post control (a div[role=button]) is caught like a click.
    await page.locator('[role="dialog"] [role="button"][aria-label="Post"]').focus();
    await page.keyboard.press("Enter");
    await page.locator("[data-pg-dialog]").waitFor();
    await H.sleep(250);
    assert.equal((await H.dialogInfo(page)).open, true, "the Enter that triggered it did not answer the dialog");
    await page.click('[data-pg-action="post-anyway"]');
    await H.sleep(400);
    const p = await posts(page);
    assert.equal(p.length, 1, "posted exactly once");
    assert.equal(p[0].text, BLOCK);
    await page.close();
  });

  test("localized Post label (es: Publicar) is recognized", async () => {
    const { page } = await composer("/?lang=es", "¿Qué estás pensando, Kelly?");
    await page.keyboard.type("Gracias Zyxwell por venir", { delay: 3 });
    await H.waitBadge(page, "¿Qué estás pensando, Kelly?", "block");
    await page.click('[role="dialog"] [role="button"][aria-label="Publicar"]');
    await page.locator("[data-pg-dialog]").waitFor();
    assert.equal((await posts(page)).length, 0);
    await page.click('[data-pg-action="edit"]');
    await page.close();
  });

  test("Pages two-step flow: Next passes, Post (editor gone) is held with the draft's findings", async () => {
    const { page } = await composer("/maplegrovefamilymed");
    await page.keyboard.type(BLOCK, { delay: 3 });
    await H.waitBadge(page, MIND, "block");
    await page.click('[role="dialog"] [role="button"][aria-label="Next"]');
    await page.locator('[role="dialog"] [role="button"][aria-label="Post"]').waitFor();
    assert.equal(await page.locator(`[role="dialog"] ${EDITOR}`).count(), 0, "the editor is gone in the settings step");
    await page.click('[role="dialog"] [role="button"][aria-label="Post"]');
    await page.locator("[data-pg-dialog]").waitFor();
    assert.match((await H.dialogInfo(page)).text, /Alvarez/);
    assert.equal((await posts(page)).length, 0);
    await page.click('[data-pg-action="post-anyway"]');
    await H.sleep(400);
    const p = await posts(page);
    assert.equal(p.length, 1);
    assert.equal(p[0].text, BLOCK);
    await page.close();
  });

  test("comment box where Enter sends: held; Shift+Enter is a line break; safe reply applied through the panel", async () => {
    const page = await H.openFixture(cr, server, "/", FB);
    const ed = page.locator(`[role="article"] ${EDITOR}`);
    await ed.click();
    await page.keyboard.type("So sorry your knee surgery is still swelling!", { delay: 3 });
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("Thanks Zyxwell", { delay: 3 });
    await H.waitBadge(page, "Write a comment…", "block");
    assert.equal((await H.badgeInfo(page, "Write a comment…")).kind, "comment");
    assert.equal(await text(page, "comment"), "So sorry your knee surgery is still swelling!\nThanks Zyxwell");
    await page.keyboard.press("Enter");
    await page.locator("[data-pg-dialog]").waitFor();
    assert.equal((await posts(page)).length, 0);
    await page.click('[data-pg-action="edit"]');
    assert.equal(await text(page, "comment"), "So sorry your knee surgery is still swelling!\nThanks Zyxwell");

    await page.locator('[data-pg-badge] >> button.badge').click();
    const apply = page.locator("[data-pg-panel] [data-pg-apply]").first();
    await apply.waitFor();
    await cr.screenshot(page, "fb-panel");
    const suggestion = await page.evaluate(() => {
      const s = document.querySelector("[data-pg-badge]").shadowRoot.querySelector(".sugg");
      return s ? s.textContent.replace(/^Safe reply: /, "") : null;
    });
    assert.ok(suggestion && /privacy/i.test(suggestion), `a safe reply is offered: ${suggestion}`);
    await apply.click();
    await page.waitForFunction((s) => window.__fixture.getText("comment") === s, suggestion, { timeout: 3000 });
    await H.waitBadge(page, "Write a comment…", "ok");
    await ed.click();
    await page.keyboard.press("Enter");
    await H.sleep(300);
    const p = await posts(page);
    assert.equal(p.length, 1);
    assert.equal(p[0].text, suggestion);
    await page.close();
  });

  test("Messenger: Enter sends; held on block, post anyway re-sends the key once", async () => {
    const page = await H.openFixture(cr, server, "/messages/t/100012345", FB);
    await page.locator(EDITOR).click();
    await page.keyboard.type("Your results show Zyxwell", { delay: 3 });
    await H.waitBadge(page, "Message", "block");
    assert.equal((await H.badgeInfo(page, "Message")).kind, "dm");
    await page.keyboard.press("Enter");
    await page.locator("[data-pg-dialog]").waitFor();
    await page.click('[data-pg-action="post-anyway"]');
    await H.sleep(400);
    const p = await posts(page);
    assert.equal(p.length, 1);
    assert.equal(p[0].via, "key");
    assert.equal(p[0].text, "Your results show Zyxwell");
    await page.close();
  });

  test("emoji and line breaks: exact highlight positions (API and fallback boxes), dark theme", async () => {
    for (const mode of ["api", "boxes"]) {
      const { page } = await composer(mode === "boxes" ? "/?theme=dark" : "/");
      if (mode === "boxes") await page.evaluate(() => document.documentElement.setAttribute("data-pg-highlight-mode", "boxes"));
      await page.keyboard.type("Team lunch 🥗🍕 today", { delay: 3 });
      await page.keyboard.press("Shift+Enter");
      await page.keyboard.press("Shift+Enter");
      // ":)" becomes an emoji image (<img alt="🙂">), whose alt counts as its text.
      await page.keyboard.type("Big thanks 👍 :) Zyxwell!", { delay: 3 });
      await H.waitBadge(page, MIND, "block");
      const draft = await text(page, "composer");
      assert.equal(draft, "Team lunch 🥗🍕 today\n\nBig thanks 👍 \u{1F642} Zyxwell!");
      assert.equal(await page.locator(`[role="dialog"] ${EDITOR} img[alt="\u{1F642}"]`).count(), 1);
      const report = (await cr.sendMessage({ type: "check", draft: { text: draft, site: "facebook", kind: "post" } })).report;
      if (mode === "api") {
        const ranges = await H.apiHighlights(page);
        const want = report.findings.filter((f) => f.severity !== "info").map((f) => draft.slice(f.start, f.end));
        assert.deepEqual(ranges.map((r) => r.text).sort(), want.sort());
        assert.ok(ranges.some((r) => r.text === "Zyxwell"));
      } else {
        const boxes = await H.boxHighlights(page);
        const want = await H.textRects(page, `[role="dialog"] ${EDITOR}`, "Zyxwell");
        const hit = boxes.find((b) => Math.abs(b.left - want[0].left) < 1 && Math.abs(b.top - want[0].top) < 1 && Math.abs(b.width - want[0].width) < 1);
        assert.ok(hit, JSON.stringify({ boxes, want }));
        await cr.screenshot(page, "fb-dark-boxes");
        await page.locator(`${H.badgeSel(MIND)} >> button.badge`).click();
        await page.locator("[data-pg-panel] [data-pg-ignore]").first().waitFor();
        await cr.screenshot(page, "fb-dark-panel");
        await page.keyboard.press("Escape"); // closes the panel, focus back on the badge
        assert.equal(await page.locator("[data-pg-panel]:visible").count(), 0);
        await page.click('[role="dialog"] [role="button"][aria-label="Post"]');
        await page.locator("[data-pg-dialog]").waitFor();
        await cr.screenshot(page, "fb-dark-dialog");
        await page.click('[data-pg-action="edit"]');
      }
      await page.close();
    }
  });

  test("the badge stays pinned to its box when the page scrolls and the box grows", async () => {
    const page = await H.openFixture(cr, server, "/", FB);
    await page.setViewportSize({ width: 900, height: 320 });
    const ed = page.locator(`[role="article"] ${EDITOR}`);
    await ed.click();
    await page.keyboard.type("Hello there", { delay: 2 });
    await H.waitBadge(page, "Write a comment…", "ok");
    const where = () =>
      page.evaluate(
        ({ sel, bsel }) => {
          const e = document.querySelector(sel).getBoundingClientRect();
          const b = document.querySelector(bsel).shadowRoot.querySelector("button").getBoundingClientRect();
          return { dx: e.right - b.right, dy: e.top - b.bottom, top: b.top };
        },
        { sel: `[role="article"] ${EDITOR}`, bsel: H.badgeSel("Write a comment…") }
      );
    const a = await where();
    await page.evaluate(() => {
      document.body.style.paddingBottom = "800px"; // room to scroll
      window.scrollBy(0, 120);
    });
    await H.sleep(150);
    const b = await where();
    assert.ok(a.top - b.top > 20, `the page did scroll: ${JSON.stringify({ a, b })}`);
    assert.ok(Math.abs(b.dx - a.dx) < 1 && Math.abs(b.dy - a.dy) < 1, `same offset after scrolling: ${JSON.stringify({ a, b })}`);
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("more lines", { delay: 2 });
    await H.sleep(150);
    const c = await where();
    assert.ok(Math.abs(c.dx - a.dx) < 1 && Math.abs(c.dy - a.dy) < 1, `same offset after the box grew: ${JSON.stringify({ a, c })}`);
    await page.close();
  });

  test("no stray network requests during the whole suite", () => {
    assert.deepEqual(H.strayRequests(cr.requests), []);
  });
});
