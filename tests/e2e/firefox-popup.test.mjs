// e2e (Firefox, dist/firefox): the core of the popup / options / setup pages. The setup page
// opens on install, the checklist renders its 16 items and keeps ticks, the options page saves a
// policy that changes the engine's report, an imported file applies at once, the roster keeps no
// names, and managed storage (Firefox's managed-storage manifest) wins over local values.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, findGeckodriver, launchFirefox, startServer, waitFor } from "./lib/harness.mjs";

const EXAMPLE = JSON.parse(fs.readFileSync(path.join(ROOT, "tests/data/policy.example.json"), "utf8"));
const ADDON_ID = JSON.parse(fs.readFileSync(path.join(ROOT, "manifest.json"), "utf8")).browser_specific_settings.gecko.id;
const DIST = process.env.PG_DIST_FIREFOX || "dist/firefox";

describe("Firefox: popup, options and setup pages", () => {
  let server;
  let ff;
  let home;
  const savedHome = process.env.HOME;

  before(async () => {
    // Managed storage in Firefox comes from enterprise policies or from a "storage" native
    // manifest in ~/.mozilla/managed-storage/<add-on id>.json: a HOME of our own holds one.
    home = fs.mkdtempSync(path.join(os.tmpdir(), "pg-ff-home-"));
    fs.mkdirSync(path.join(home, ".mozilla", "managed-storage"), { recursive: true });
    fs.writeFileSync(path.join(home, ".mozilla", "managed-storage", `${ADDON_ID}.json`), JSON.stringify({
      name: ADDON_ID,
      description: "Practice Guard test policy",
      type: "storage",
      data: { practice: { name: "Maple Grove (IT)" }, rules: { B4: "off" } },
    }));
    // geckodriver is found under the real HOME; pin it before HOME changes.
    const gecko = findGeckodriver();
    if (gecko) process.env.GECKODRIVER = gecko;
    process.env.HOME = home;
    const FIX = "tests/e2e/fixtures/profile";
    server = await startServer({
      routes: {
        "/": "<!doctype html><title>X</title><main>home</main>",
        "/maplegrovefm": { file: `${FIX}/x-profile.html` },
        "/profile/profile.css": { file: `${FIX}/profile.css` },
      },
    });
    try {
      ff = await launchFirefox({ port: server.port, dist: DIST });
    } finally {
      process.env.HOME = savedHome;
    }
  });

  after(async () => {
    if (ff) await ff.close();
    if (server) await server.close();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  const js = (script, ...args) => ff.driver.executeScript(script, ...args);
  const asyncJs = async (body, ...args) => {
    const out = await ff.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       (async () => { ${body} })().then((value) => done({ value }), (e) => done({ error: String(e && e.message || e) }));`,
      ...args,
    );
    if (out && out.error) throw new Error(out.error);
    return out && out.value;
  };
  const open = async (p) => {
    await ff.driver.get(ff.extensionUrl(p));
    await waitFor(() => js("return document.body && document.body.dataset.pgReady === 'true'"), { message: `${p} ready` });
  };

  test("the setup page opens on install", async () => {
    const handles = await waitFor(async () => {
      for (const h of await ff.driver.getAllWindowHandles()) {
        await ff.driver.switchTo().window(h);
        if ((await ff.driver.getCurrentUrl()).endsWith("/setup/setup.html")) return h;
      }
      return null;
    }, { timeout: 10000, message: "the setup tab" });
    assert.ok(handles);
    await waitFor(() => js("return document.body.dataset.pgReady === 'true'"));
    assert.equal(await js("return document.querySelector('#f-practice-name') !== null"), true);
    await ff.screenshot("firefox-setup");
  });

  test("the checklist renders its 16 items and keeps ticks in storage.sync", async () => {
    await open("popup/popup.html");
    const nums = await js("return [...document.querySelectorAll('[data-pg-check]')].map((n) => n.dataset.pgCheck).filter((n) => /^\\d+$/.test(n)).map(Number).sort((a, b) => a - b)");
    assert.deepEqual(nums, Array.from({ length: 16 }, (_, i) => i + 1));
    await js("document.querySelector('#chk-5').click()");
    await waitFor(() => asyncJs("const s = await browser.storage.sync.get('checklistTicks'); return !!(s.checklistTicks && s.checklistTicks[5]);"), { message: "tick stored" });
    await open("popup/popup.html");
    await waitFor(async () => (await js("return document.querySelector('[data-pg-check=\"5\"]').dataset.pgState")) === "done");
    await ff.screenshot("firefox-popup");
    await js("document.querySelector('#reset').click()");
    await waitFor(async () => (await js("return document.querySelector('[data-pg-check=\"5\"]').dataset.pgState")) === "todo");
  });

  test("managed values win and are shown read-only", async () => {
    const got = await ff.sendMessage({ type: "get-policy" });
    assert.equal(got.ok, true, JSON.stringify(got));
    assert.equal(got.policy.practice.name, "Maple Grove (IT)");
    assert.deepEqual([...got.managed].sort(), ["practice.name", "rules.B4"]);
    await open("options/options.html");
    assert.equal(await js("return document.querySelector('#f-practice-name').disabled"), true);
    assert.equal(await js("return document.querySelector('#rule-B4').disabled"), true);
    assert.equal(await js("return document.querySelector('#managed-banner').hidden"), false);
  });

  test("options save a policy that changes the engine's report; import applies at once", async () => {
    await open("options/options.html");
    const draft = "Big news about Project Tooth tomorrow";
    assert.equal((await ff.sendMessage({ type: "check", draft: { text: draft, site: "x", kind: "post" } })).report.verdict, "ok");
    const deny = await ff.driver.findElement({ css: "#f-deny_terms" });
    await deny.sendKeys("Project Tooth");
    await ff.driver.findElement({ css: "#save" }).click();
    await waitFor(async () => /Saved/.test(await js("return document.querySelector('#save-status').textContent")), { message: "saved" });
    assert.equal((await ff.sendMessage({ type: "check", draft: { text: draft, site: "x", kind: "post" } })).report.verdict, "block");

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-ff-import-"));
    const file = path.join(dir, "policy.json");
    fs.writeFileSync(file, JSON.stringify({ ...EXAMPLE, deny_terms: ["Zyx Clinic Code"] }));
    await open("options/options.html");
    await ff.driver.findElement({ css: "input[type=file][data-pg-import]" }).sendKeys(file);
    await waitFor(async () => /Imported/.test(await js("return document.querySelector('#share-status').textContent")), { message: "imported" });
    const p = (await ff.sendMessage({ type: "get-policy" })).policy;
    assert.deepEqual(p.deny_terms, ["Zyx Clinic Code"]);
    assert.deepEqual(p.staff, EXAMPLE.staff);
    assert.equal(p.practice.name, "Maple Grove (IT)", "the managed name still wins");
    assert.equal((await ff.sendMessage({ type: "check", draft: { text: "About Zyx Clinic Code", site: "x", kind: "post" } })).report.verdict, "block");
    fs.rmSync(dir, { recursive: true, force: true });
    await ff.screenshot("firefox-options");
  });

  test("the roster keeps only salted hashes and flags the name", async () => {
    await open("options/options.html");
    await ff.driver.findElement({ css: "#roster-names" }).sendKeys("Dana Whitfield");
    await ff.driver.findElement({ css: "#roster-add" }).click();
    await waitFor(async () => /1 name/.test(await js("return document.querySelector('#roster-status').textContent")), { message: "roster added" });
    const dump = await asyncJs("return JSON.stringify([await browser.storage.local.get(null), await browser.storage.sync.get(null)]);");
    assert.ok(!/whitfield|dana/i.test(dump));
    const r = await ff.sendMessage({ type: "check", draft: { text: "Congrats Dana Whitfield!", site: "x", kind: "post" } });
    assert.ok(r.report.findings.some((f) => f.rule === "roster-name"), JSON.stringify(r.report));
  });

  test("the practice's own X profile is audited and listed in the popup", async () => {
    const cur = (await ff.sendMessage({ type: "get-policy" })).local;
    const r = await ff.sendMessage({ type: "set-policy", policy: { ...cur, practice: { ...EXAMPLE.practice, ...(cur.practice || {}), handles: EXAMPLE.practice.handles } } });
    assert.equal(r.ok, true, JSON.stringify(r));
    // The profile in a tab of its own; the messages go from the extension page in this one.
    await open("popup/popup.html");
    const extTab = await ff.driver.getWindowHandle();
    await ff.driver.switchTo().newWindow("tab");
    await ff.driver.get("https://x.com/maplegrovefm");
    const xTab = await ff.driver.getWindowHandle();
    await ff.driver.switchTo().window(extTab);
    const audit = await waitFor(async () => (await ff.sendMessage({ type: "get-profile-audit" })).audits.x, { timeout: 30000, message: "the X profile audit" });
    assert.equal(audit.handle, "maplegrovefm");
    await open("popup/popup.html");
    await waitFor(() => js("return !document.querySelector('#profile-card').hidden"), { message: "the profile card" });
    const shown = await js("return [...document.querySelectorAll('#profile-items li')].map((li) => [li.dataset.pgItem, li.dataset.pgPresent === 'true'])");
    assert.deepEqual(shown, audit.items.map((i) => [i.item, i.present]));
    assert.match(await js("return document.querySelector('#profile-block').value"), /Fax: \(555\) 201-4401/);
    await ff.screenshot("firefox-popup-profile-audit");
    await ff.driver.switchTo().window(xTab);
    await ff.driver.close();
    await ff.driver.switchTo().window(extTab);
  });
});
