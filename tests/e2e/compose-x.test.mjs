// The content script on X-like fixture pages that mount the real draft-js editor (React 17),
// served on https://x.com from loopback with a strict nonce CSP; the production build of the
// extension (dist/chrome) loaded unmodified in Debian's Chromium.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import * as H from "./lib/compose-helpers.mjs";

const BLOCK = "Get well soon Mrs. Alvarez after your hip replacement!";
const CLEAN = "Our office is closed Monday for the holiday. Have a safe weekend!";
const HOME = '[data-testid="tweetTextarea_0"][role="textbox"]';

let server;
let cr;

before(async () => {
  ({ server, cr } = await H.setupChromium({ deny_terms: ["Zyxwell"] }));
});

after(async () => {
  if (cr) await cr.close();
  if (server) await server.close();
});

async function home(query = "") {
  const page = await H.openFixture(cr, server, "/home" + query);
  await page.locator(HOME).first().waitFor();
  return page;
}

const posts = (page) => page.evaluate(() => window.__fixture.posts);
const text = (page, id) => page.evaluate((id) => window.__fixture.getText(id), id);

describe("X (draft-js)", () => {
  test("a clean draft: badge ok, the post goes through untouched", async () => {
    const page = await home();
    await page.locator(HOME).click();
    await page.keyboard.type(CLEAN, { delay: 5 });
    await H.waitBadge(page, "tweetTextarea_0", "ok");
    const info = await H.badgeInfo(page, "tweetTextarea_0");
    assert.equal(info.count, 0);
    assert.equal(info.kind, "post");
    await page.click('[data-testid="tweetButtonInline"]');
    await H.sleep(200);
    assert.equal((await H.dialogInfo(page)).open, false);
    const p = await posts(page);
    assert.equal(p.length, 1);
    assert.equal(p[0].text, CLEAN);
    await page.close();
  });

  test("patient name + procedure: block, highlighted, held; edit keeps the text; post anyway posts once", async () => {
    const page = await home();
    await page.locator(HOME).click();
    await page.keyboard.type(BLOCK, { delay: 5 });
    await H.waitBadge(page, "tweetTextarea_0", "block");
    const info = await H.badgeInfo(page, "tweetTextarea_0");
    assert.ok(info.count >= 1, "counts the findings");
    assert.ok(info.highlights >= 1, "highlights the findings");
    const ranges = await H.apiHighlights(page);
    assert.ok(ranges.some((r) => r.sev === "high" && /Alvarez/.test(r.text)), `a high highlight on the name: ${JSON.stringify(ranges)}`);
    await cr.screenshot(page, "x-badge-highlights");

    await page.click('[data-testid="tweetButtonInline"]');
    await page.locator("[data-pg-dialog]").waitFor();
    let d = await H.dialogInfo(page);
    assert.equal(d.focused, "edit", "'go back and edit' has the focus");
    assert.match(d.text, /Alvarez/);
    await cr.screenshot(page, "x-dialog");
    assert.equal((await posts(page)).length, 0, "the post is held");

    await page.click('[data-pg-action="edit"]');
    assert.equal((await H.dialogInfo(page)).open, false);
    assert.equal(await text(page, "home-0"), BLOCK, "the editor still holds the draft");
    assert.equal((await posts(page)).length, 0);

    await page.click('[data-testid="tweetButtonInline"]');
    await page.locator("[data-pg-dialog]").waitFor();
    await page.click('[data-pg-action="post-anyway"]');
    await H.sleep(400);
    const p = await posts(page);
    assert.equal(p.length, 1, "posted exactly once");
    assert.equal(p[0].text, BLOCK);
    assert.equal(p[0].via, "click");
    await page.close();
  });

  test("Ctrl+Enter: held by block, the key does not answer the dialog, post anyway re-sends the key once", async () => {
    const page = await home();
    await page.locator(HOME).click();
    await page.keyboard.type(BLOCK, { delay: 5 });
    await H.waitBadge(page, "tweetTextarea_0", "block");
    await page.keyboard.down("Control");
    await page.keyboard.down("Enter");
    await page.locator("[data-pg-dialog]").waitFor();
    await page.keyboard.up("Enter");
    await page.keyboard.up("Control");
    await H.sleep(300);
    assert.equal((await H.dialogInfo(page)).open, true, "the triggering key did not close the dialog");
    assert.equal((await posts(page)).length, 0);
    await page.click('[data-pg-action="post-anyway"]');
    await H.sleep(400);
    const p = await posts(page);
    assert.equal(p.length, 1);
    assert.equal(p[0].via, "key", "re-sent through the editor's own key binding");
    assert.equal(p[0].text, BLOCK);

    // Meta+Enter is caught too (Mac), and a clean draft posts with Ctrl+Enter without a stop.
    await page.locator(HOME).click();
    await page.keyboard.type("Zyxwell", { delay: 5 });
    await H.waitBadge(page, "tweetTextarea_0", "block");
    await page.keyboard.press("Meta+Enter");
    await page.locator("[data-pg-dialog]").waitFor();
    await page.keyboard.press("Escape");
    assert.equal((await H.dialogInfo(page)).open, false);
    assert.equal((await posts(page)).length, 1);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await page.keyboard.type(CLEAN, { delay: 2 });
    await H.waitBadge(page, "tweetTextarea_0", "ok");
    await page.keyboard.press("Control+Enter");
    await H.sleep(300);
    assert.equal((await posts(page)).length, 2);
    assert.equal((await posts(page))[1].text, CLEAN);
    await page.close();
  });

  test("posting right after typing waits for the running check (at most 1 s) and still holds", async () => {
    const page = await home();
    await page.locator(HOME).click();
    await page.keyboard.type("Zyxwell", { delay: 0 });
    // No wait for the debounce: the click comes before any check could have finished.
    await page.click('[data-testid="tweetButtonInline"]');
    await page.locator("[data-pg-dialog]").waitFor({ timeout: 2000 });
    assert.equal((await posts(page)).length, 0);
    await page.click('[data-pg-action="edit"]');
    await page.close();
  });

  test("DMs where Enter sends: plain Enter held, Shift+Enter is a new line, post anyway sends once", async () => {
    const page = await H.openFixture(cr, server, "/i/chat");
    const ta = page.locator('textarea[data-testid="dm-composer-textarea"]');
    await ta.click();
    await page.keyboard.type("Your x-ray showed a fracture,", { delay: 2 });
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("Zyxwell", { delay: 2 });
    await H.waitBadge(page, "dm-composer-textarea", "block");
    assert.equal((await H.badgeInfo(page, "dm-composer-textarea")).kind, "dm");
    await page.keyboard.press("Enter");
    await page.locator("[data-pg-dialog]").waitFor();
    assert.equal((await posts(page)).length, 0);
    await page.click('[data-pg-action="edit"]');
    assert.equal(await ta.inputValue(), "Your x-ray showed a fracture,\nZyxwell");
    await ta.press("Enter");
    await page.locator("[data-pg-dialog]").waitFor();
    await page.click('[data-pg-action="post-anyway"]');
    await H.sleep(400);
    const p = await posts(page);
    assert.equal(p.length, 1);
    assert.equal(p[0].text, "Your x-ray showed a fracture,\nZyxwell");
    assert.equal(p[0].via, "key");

    // The old DM composer (a Draft.js box where Enter sends).
    await page.evaluate(() => window.__fixture.navigate("/messages"));
    const legacy = page.locator('[data-testid="dmComposerTextInput"][role="textbox"]');
    await legacy.click();
    await page.keyboard.type("Zyxwell", { delay: 2 });
    await H.waitBadge(page, "dmComposerTextInput", "block");
    await page.keyboard.press("Enter");
    await page.locator("[data-pg-dialog]").waitFor();
    await page.click('[data-pg-action="post-anyway"]');
    await H.sleep(400);
    assert.equal((await posts(page)).length, 2);
    assert.equal((await posts(page))[1].text, "Zyxwell");
    await page.close();
  });

  test("Enter during IME composition or as a key repeat never starts a hold", async () => {
    const page = await H.openFixture(cr, server, "/i/chat");
    const ta = page.locator('textarea[data-testid="dm-composer-textarea"]');
    await ta.click();
    await page.keyboard.type("Thanks Zyxwell", { delay: 2 });
    await H.waitBadge(page, "dm-composer-textarea", "block");
    // An IME confirming its candidate with Enter: keydown with isComposing (keyCode 229).
    await page.evaluate(() => {
      const t = document.querySelector('textarea[data-testid="dm-composer-textarea"]');
      t.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", code: "Enter", isComposing: true, bubbles: true, cancelable: true }));
    });
    await H.sleep(200);
    assert.equal((await H.dialogInfo(page)).open, false, "no dialog during composition");
    assert.equal((await posts(page)).length, 0, "and the chat did not send either (it ignores composing keys)");
    // A held-down key's repeats are not a new post attempt.
    await page.evaluate(() => {
      const t = document.querySelector('textarea[data-testid="dm-composer-textarea"]');
      t.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", code: "Enter", repeat: true, bubbles: true, cancelable: true }));
    });
    await H.sleep(200);
    assert.equal((await H.dialogInfo(page)).open, false, "no dialog on a key repeat");
    assert.equal((await posts(page)).length, 0, "and the held draft was not sent by it");
    // The real first press is held, and while the dialog is open further Enters are swallowed.
    await page.keyboard.press("Enter");
    await page.locator("[data-pg-dialog]").waitFor();
    const before = (await posts(page)).length;
    await page.evaluate(() => {
      const t = document.querySelector('textarea[data-testid="dm-composer-textarea"]');
      for (let i = 0; i < 3; i++) t.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", code: "Enter", repeat: true, bubbles: true, cancelable: true }));
    });
    await H.sleep(200);
    assert.equal((await posts(page)).length, before, "repeats while held send nothing");
    await page.click('[data-pg-action="edit"]');
    await page.close();
  });

  test("a reply (box added after load) with the safe reply applied from the panel: the editor's state holds it", async () => {
    const page = await H.openFixture(cr, server, "/toothfairy22/status/1790000000000000001");
    const box = page.locator(HOME);
    await box.waitFor(); // mounted 300 ms after the page
    await box.click();
    await page.keyboard.type("We're so sorry your crown came loose again! Come back in and we will fix it.", { delay: 2 });
    await H.waitBadge(page, "tweetTextarea_0", "block");
    assert.equal((await H.badgeInfo(page, "tweetTextarea_0")).kind, "reply");
    // Enter on the focused badge opens the panel.
    await page.locator('[data-pg-badge] >> button.badge').focus();
    await page.keyboard.press("Enter");
    const panel = page.locator("[data-pg-panel]");
    await panel.waitFor();
    const apply = page.locator("[data-pg-panel] [data-pg-apply]").first();
    await apply.waitFor();
    await cr.screenshot(page, "x-panel");
    const suggestion = await page.evaluate(() => {
      const host = document.querySelector("[data-pg-badge]");
      const s = host.shadowRoot.querySelector(".sugg");
      return s ? s.textContent.replace(/^Safe reply: /, "") : null;
    });
    assert.ok(suggestion && /privacy/i.test(suggestion), `a safe reply is offered: ${suggestion}`);
    await apply.click();
    await page.waitForFunction((s) => window.__fixture.getText("reply-0") === s, suggestion, { timeout: 3000 });
    await H.waitBadge(page, "tweetTextarea_0", "ok");
    await page.click('[data-testid="tweetButtonInline"]');
    await H.sleep(300);
    const p = await posts(page);
    assert.equal(p.length, 1);
    assert.equal(p[0].text, suggestion, "the safe reply is what was posted");
    await page.close();
  });

  test("reply modal (#layers) sends who is answered: naming the pseudonymous author is caught (C3); a quote is a post", async () => {
    const page = await home();
    await page.click('article [data-testid="reply"]');
    const ed = page.locator(`#layers ${HOME}`);
    await ed.click();
    await page.keyboard.type("Ms. Jordan, please call us.", { delay: 2 });
    await H.waitBadge(page, "tweetTextarea_0", "block", { where: "dialog" });
    assert.equal((await H.badgeInfo(page, "tweetTextarea_0", "dialog")).kind, "reply");
    await page.locator(`${H.badgeSel("tweetTextarea_0", "dialog")} >> button.badge`).click();
    await page.locator('[data-pg-panel] [data-pg-finding="C3"]').waitFor();
    await page.keyboard.press("Escape");
    await page.click('#layers [data-testid="app-bar-close"]');
    await page.click('article [data-testid="retweet"]');
    await page.locator(`#layers ${HOME}`).click();
    await page.keyboard.type("Worth a read!", { delay: 2 });
    await H.waitBadge(page, "tweetTextarea_0", "ok", { where: "dialog" });
    assert.equal((await H.badgeInfo(page, "tweetTextarea_0", "dialog")).kind, "post", "a quoted tweet below the box is not what it answers");
    await page.close();
  });

  test("SPA navigation: boxes removed and re-added keep their own badges", async () => {
    const page = await home();
    await page.locator(HOME).click();
    await page.keyboard.type("Zyxwell", { delay: 2 });
    await H.waitBadge(page, "tweetTextarea_0", "block");
    await page.click('a[data-fixture-link="status"]');
    await page.waitForURL(/status/);
    await H.waitBadge(page, "tweetTextarea_0", "ok"); // the reply box, empty
    assert.equal(await page.locator("[data-pg-badge]").count(), 1, "the home box's badge went with it");
    assert.equal((await H.badgeInfo(page, "tweetTextarea_0")).kind, "reply");
    await page.goBack();
    await page.locator(HOME).waitFor();
    await H.waitBadge(page, "tweetTextarea_0", "ok");
    assert.equal((await H.badgeInfo(page, "tweetTextarea_0")).kind, "post");
    assert.equal(await page.locator("[data-pg-badge]").count(), 1);
    await page.close();
  });

  test("several boxes at once: home box + compose modal thread under #layers, Post all held by one item", async () => {
    const page = await home();
    await page.locator(HOME).click();
    await page.keyboard.type(CLEAN, { delay: 1 });
    await page.click('[data-testid="SideNav_NewTweet_Button"]');
    const modal0 = page.locator('#layers [data-testid="tweetTextarea_0"][role="textbox"]');
    await modal0.click();
    await page.keyboard.type("Thread part one, all fine.", { delay: 1 });
    await page.click('#layers [data-testid="addButton"]');
    const modal1 = page.locator('#layers [data-testid="tweetTextarea_1"][role="textbox"]');
    await modal1.click();
    await page.keyboard.type("Part two: thanks Zyxwell!", { delay: 1 });
    await H.waitBadge(page, "tweetTextarea_1", "block", { where: "dialog" });
    await H.waitBadge(page, "tweetTextarea_0", "ok", { where: "dialog" });
    await H.waitBadge(page, "tweetTextarea_0", "ok", { where: "page" });
    assert.equal(await page.locator("[data-pg-badge]").count(), 3);
    await cr.screenshot(page, "x-modal-thread");
    await page.click('#layers [data-testid="tweetButton"]');
    await page.locator("[data-pg-dialog]").waitFor();
    await page.click('[data-pg-action="post-anyway"]');
    await H.sleep(400);
    const p = await posts(page);
    assert.equal(p.length, 1);
    assert.deepEqual(p[0].texts, ["Thread part one, all fine.", "Part two: thanks Zyxwell!"]);
    await page.close();
  });

  test("emoji and multi-line drafts: highlights sit exactly on the finding (API and fallback boxes)", async () => {
    for (const mode of ["api", "boxes"]) {
      const page = await home();
      if (mode === "boxes") await page.evaluate(() => document.documentElement.setAttribute("data-pg-highlight-mode", "boxes"));
      await page.locator(HOME).click();
      await page.keyboard.type("Party time 🎉🎂 at the office", { delay: 2 });
      await page.keyboard.press("Enter");
      await page.keyboard.press("Enter");
      await page.keyboard.type("Thanks 👩🏽‍⚕️ Zyxwell for the cake", { delay: 2 });
      await H.waitBadge(page, "tweetTextarea_0", "block");
      const draft = await text(page, "home-0");
      assert.equal(draft, "Party time 🎉🎂 at the office\n\nThanks 👩🏽‍⚕️ Zyxwell for the cake");
      const report = await cr.sendMessage({ type: "check", draft: { text: draft, site: "x", kind: "post" } });
      const deny = report.report.findings.find((f) => f.rule === "deny-term");
      assert.equal(draft.slice(deny.start, deny.end), "Zyxwell");
      if (mode === "api") {
        const ranges = await H.apiHighlights(page);
        const want = report.report.findings.filter((f) => f.severity !== "info").map((f) => draft.slice(f.start, f.end));
        assert.deepEqual(ranges.map((r) => r.text).sort(), want.sort(), "one range per finding, on its exact text");
        assert.ok(ranges.some((r) => r.text === "Zyxwell"), JSON.stringify(ranges));
        await cr.screenshot(page, "x-emoji-multiline-api");
      } else {
        const boxes = await H.boxHighlights(page);
        const want = await H.textRects(page, HOME, "Zyxwell");
        assert.ok(want && want.length === 1);
        const hit = boxes.find((b) => Math.abs(b.left - want[0].left) < 1 && Math.abs(b.top - want[0].top) < 1 && Math.abs(b.width - want[0].width) < 1);
        assert.ok(hit, `a fallback box covers exactly "Zyxwell": ${JSON.stringify({ boxes, want })}`);
        assert.equal(hit.sev, "high");
        assert.equal((await H.apiHighlights(page)).length, 0, "the fallback does not also paint through the API");
        await cr.screenshot(page, "x-emoji-multiline-boxes");
      }
      await page.close();
    }
  });

  test("mobile web textarea: badge, highlight boxes from a mirror of the textarea, hold", async () => {
    const page = await H.openFixture(cr, server, "/compose/post?mobile=1");
    const ta = page.locator('[data-testid="tweetTextarea_0"] textarea');
    await ta.click();
    await page.keyboard.type("Thanks Zyxwell!", { delay: 2 });
    await H.waitBadge(page, "Post text", "block");
    // Where "Zyxwell" sits in the textarea, measured by the test with a canvas in the same font.
    const want = await page.evaluate(() => {
      const t = document.querySelector('[data-testid="tweetTextarea_0"] textarea');
      const cs = getComputedStyle(t);
      const ctx = document.createElement("canvas").getContext("2d");
      ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const r = t.getBoundingClientRect();
      const left = r.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft) + ctx.measureText("Thanks ").width;
      return { left, width: ctx.measureText("Zyxwell").width, top: r.top, bottom: r.bottom };
    });
    const boxes = await H.boxHighlights(page);
    assert.equal(boxes.length, 1, JSON.stringify(boxes));
    assert.ok(Math.abs(boxes[0].left - want.left) < 2 && Math.abs(boxes[0].width - want.width) < 2, JSON.stringify({ boxes, want }));
    assert.ok(boxes[0].top >= want.top && boxes[0].top + boxes[0].height <= want.bottom);
    await cr.screenshot(page, "x-mobile-textarea");
    await page.keyboard.press("Control+A");
    await page.keyboard.type(BLOCK, { delay: 2 });
    await H.waitBadge(page, "Post text", "block");
    await page.click('[data-testid="tweetButton"]');
    await page.locator("[data-pg-dialog]").waitFor();
    await page.click('[data-pg-action="post-anyway"]');
    await H.sleep(300);
    assert.equal((await posts(page)).length, 1);
    await page.close();
  });

  test("ignore in this draft, dark theme screenshots", async () => {
    const page = await home("?theme=dark");
    await page.locator(HOME).click();
    await page.keyboard.type("Thanks Zyxwell for coming by!", { delay: 2 });
    await H.waitBadge(page, "tweetTextarea_0", "block");
    await cr.screenshot(page, "x-dark-badge");
    await page.locator("[data-pg-badge] >> button.badge").click();
    await page.locator("[data-pg-panel] [data-pg-ignore]").first().waitFor();
    await cr.screenshot(page, "x-dark-panel");
    const before = (await H.badgeInfo(page, "tweetTextarea_0")).count;
    await page.locator("[data-pg-panel] li:has(q:text('Zyxwell')) [data-pg-ignore]").click();
    await page.waitForFunction((n) => Number(document.querySelector("[data-pg-badge]").getAttribute("data-pg-count")) < n, before);
    await page.click('[data-testid="tweetButtonInline"]');
    await H.sleep(300);
    const info = await H.badgeInfo(page, "tweetTextarea_0");
    if (info.state !== "block") assert.equal((await posts(page)).length, 1, "nothing left to hold: posted");
    await page.close();
  });

  test("the editor keeps every character typed while checks run; no requests but the extension's", async () => {
    const page = await home();
    const before = cr.requests.length;
    const serverBefore = server.requests.length;
    await page.locator(HOME).click();
    let typed = "";
    const chunk = "Zyxwell and Mrs. Alvarez, hip replacement follow-up. ";
    for (let i = 0; i < 6; i++) {
      const part = chunk.slice(0, 20 + i * 5);
      await page.keyboard.type(part, { delay: 0 });
      typed += part;
      await H.sleep(170); // the debounce fires: the next keys land while a check is in flight
    }
    await H.waitBadge(page, "tweetTextarea_0", "block");
    assert.equal(await text(page, "home-0"), typed, "no character lost");
    const checks = (await H.speedEntries(page)).filter((e) => e.name === "pg-check-main");
    assert.ok(checks.length >= 4, `checks ran while typing (${checks.length})`);
    const during = cr.requests.slice(before);
    assert.deepEqual(H.strayRequests(during), [], "no request left for anything but the fixture site or the extension");
    const site = during.filter((r) => /^https:/.test(r.url));
    assert.deepEqual(site.map((r) => r.url), [], "typing made no request to the site at all");
    assert.equal(server.requests.length, serverBefore);
    await page.close();
  });

  test("accessibility (axe-core) of the badge, the open panel and the dialog, light and dark", async (t) => {
    const minor = new Set();
    for (const q of ["", "?theme=dark"]) {
      const page = await home(q);
      await page.locator(HOME).click();
      await page.keyboard.type(BLOCK, { delay: 2 });
      await H.waitBadge(page, "tweetTextarea_0", "block");
      let axe = await H.axeOnOurUi(page);
      assert.deepEqual(axe.serious, [], JSON.stringify(axe.all, null, 1));
      await page.locator("[data-pg-badge] >> button.badge").click();
      await page.locator("[data-pg-panel] [data-pg-ignore]").first().waitFor();
      axe = await H.axeOnOurUi(page);
      assert.deepEqual(axe.serious, [], JSON.stringify(axe.all, null, 1));
      await page.keyboard.press("Escape");
      await page.click('[data-testid="tweetButtonInline"]');
      await page.locator("[data-pg-dialog]").waitFor();
      axe = await H.axeOnOurUi(page);
      assert.deepEqual(axe.serious, [], JSON.stringify(axe.all, null, 1));
      for (const v of axe.all) minor.add(`${v.id} (${v.impact})`);
      await page.click('[data-pg-action="edit"]');
      await page.close();
    }
    t.diagnostic(`axe, moderate/minor on the dialog: ${[...minor].join(", ") || "none"}`);
  });

  test("no stray network requests during the whole suite", () => {
    assert.deepEqual(H.strayRequests(cr.requests), []);
  });
});
