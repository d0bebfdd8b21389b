// Foundation e2e (Chromium): the built dist/chrome loads, its service worker starts, the wasm
// engine in the background answers checks by message, and the content script runs on an x.com
// page served with a strict CSP (where wasm in a content script could not compile).
// Prints the cold-start and warm round-trip times it measured (printed, not asserted).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT, hasFile, launchChromium, startServer } from "./lib/harness.mjs";

const X_CSP = "default-src 'self'; script-src 'self'";
const COMPOSE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Home / X</title></head>
<body>
  <main>
    <div class="DraftEditor-root">
      <div data-testid="tweetTextarea_0" role="textbox" contenteditable="true" aria-label="Post text"
           aria-multiline="true" style="min-height:80px;border:1px solid #ccc"></div>
    </div>
    <button data-testid="tweetButtonInline" type="button">Post</button>
  </main>
</body></html>`;

const PATIENT_DRAFT = "Get well soon Mrs. Alvarez after your hip replacement!";
const VERDICTS = ["ok", "warn", "block"];
const SEVERITIES = ["low", "medium", "high"];

const cargoVersion = fs.readFileSync(path.join(ROOT, "Cargo.toml"), "utf8").match(/^version\s*=\s*"([^"]+)"/m)[1];

function assertReport(report) {
  assert.ok(report && typeof report === "object", "report is an object");
  assert.ok(VERDICTS.includes(report.verdict), `verdict ${report.verdict} is one of ${VERDICTS}`);
  assert.ok(Array.isArray(report.findings), "findings is an array");
  for (const f of report.findings) {
    assert.match(f.code, /^[A-Z]+\d+$/, "finding code like C1/B3/D2");
    assert.equal(typeof f.rule, "string");
    assert.ok(SEVERITIES.includes(f.severity), `severity ${f.severity}`);
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start <= f.end, "span");
    assert.equal(typeof f.message, "string");
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

describe("Chromium: dist/chrome", () => {
  let server;
  let cr;
  let firstReportMs;

  before(async () => {
    server = await startServer({
      routes: {
        "/": { body: COMPOSE_PAGE, csp: X_CSP },
        "/home": { body: COMPOSE_PAGE, csp: X_CSP },
      },
    });
    cr = await launchChromium({ port: server.port });
    // Cold start as a user meets it: from the moment the worker is seen to the first report.
    const res = await cr.sendMessage({ type: "check", draft: { text: "Good morning!", site: "x", kind: "post" } });
    firstReportMs = performance.now() - cr.workerStartedAt;
    assert.equal(res && res.ok, true, `first check answered: ${JSON.stringify(res)}`);
  });

  after(async () => {
    if (cr) await cr.close();
    if (server) await server.close();
  });

  test("the extension loads and its module service worker starts", () => {
    assert.match(cr.extensionId, /^[a-p]{32}$/);
    assert.equal(cr.worker.url(), `chrome-extension://${cr.extensionId}/background.js`);
    const manifest = JSON.parse(fs.readFileSync(path.join(cr.distDir, "manifest.json"), "utf8"));
    assert.deepEqual(manifest.background, { service_worker: "background.js", type: "module" });
    assert.equal(manifest.browser_specific_settings, undefined);
  });

  test("a check round trip returns a report computed by the wasm engine", async () => {
    const info = await cr.sendMessage({ type: "engine-info" });
    assert.equal(info.ok, true, JSON.stringify(info));
    assert.equal(info.info.version, cargoVersion, "the engine version is the crate's (wasm version())");

    const res = await cr.sendMessage({ type: "check", draft: { text: PATIENT_DRAFT, site: "x", kind: "post" } });
    assert.equal(res.ok, true, JSON.stringify(res));
    assertReport(res.report);
    for (const f of res.report.findings) assert.ok(f.end <= PATIENT_DRAFT.length, "span inside the text (UTF-16)");
  });

  test("an empty draft gives verdict ok with no findings", async () => {
    const res = await cr.sendMessage({ type: "check", draft: { text: "", site: "x", kind: "post" } });
    assert.equal(res.ok, true, JSON.stringify(res));
    assert.equal(res.report.verdict, "ok");
    assert.deepEqual(res.report.findings, []);
  });

  test("a malformed draft gets a clear error, not a crash", async () => {
    const res = await cr.sendMessage({ type: "check", draft: { text: 42 } });
    assert.equal(res.ok, false);
    assert.match(res.error, /text/);
    // and the engine still answers afterwards
    const again = await cr.sendMessage({ type: "check", draft: { text: "", site: "x", kind: "post" } });
    assert.equal(again.ok, true);
  });

  test("timings: cold start and warm round trip (measured, printed)", async (t) => {
    const send = (msg) => cr.sendMessage(msg);

    // Cold start after the worker was stopped (as Chrome does after ~30 s idle): the message
    // wakes it, the module loads, the wasm compiles and the engine warms before it answers.
    const didStop = await cr.stopWorker();
    let t0 = performance.now();
    const cold = await send({ type: "check", draft: { text: PATIENT_DRAFT, site: "x", kind: "post" } });
    const coldMs = performance.now() - t0;
    assert.equal(cold.ok, true, JSON.stringify(cold));
    assertReport(cold.report);

    const times = [];
    for (let i = 0; i < 20; i++) {
      t0 = performance.now();
      const r = await send({ type: "check", draft: { text: `${PATIENT_DRAFT} ${i}`, site: "x", kind: "post" } });
      times.push(performance.now() - t0);
      assert.equal(r.ok, true);
    }
    const info = await send({ type: "engine-info" });
    t.diagnostic(
      `timings (Chromium): first report ${firstReportMs.toFixed(1)} ms after the worker started; ` +
        `cold start after a worker stop${didStop ? "" : " (stop not confirmed)"} ${coldMs.toFixed(1)} ms; ` +
        `warm round trip median of 20 ${median(times).toFixed(2)} ms (min ${Math.min(...times).toFixed(2)}, ` +
        `max ${Math.max(...times).toFixed(2)}); engine init in the worker ${info.info.readyMs?.toFixed?.(1)} ms`,
    );
  });

  test("the content script runs on a strict-CSP https://x.com/ page and shows its badge", async (t) => {
    if (!hasFile("extension/content/main.js")) {
      t.skip("extension/content/main.js has not landed yet: the content-script badge case cannot run");
      return;
    }
    const page = await cr.newPage("https://x.com/home");
    try {
      // The fixture is as strict as x.com: wasm cannot compile in this page (nor in a content
      // script, whose wasm is checked against the page's CSP in Chromium).
      const wasmBlocked = await page.evaluate(() =>
        WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => false, () => true),
      );
      assert.equal(wasmBlocked, true, "the fixture's CSP forbids wasm in the page");

      const box = page.locator('div[data-testid="tweetTextarea_0"][role="textbox"][contenteditable="true"]');
      await box.click();
      await page.keyboard.type(PATIENT_DRAFT, { delay: 5 });
      const state = await page.waitForFunction(
        (states) => {
          const el = document.querySelector("[data-pg-badge]");
          const s = el && el.getAttribute("data-pg-state");
          return states.includes(s) ? s : null;
        },
        VERDICTS,
        { timeout: 10000 },
      );
      const s = await state.jsonValue();
      assert.ok(VERDICTS.includes(s));
      await cr.screenshot(page, "foundation-x-compose");
      // The editor's text is the user's, untouched by the extension.
      assert.equal((await box.innerText()).trim(), PATIENT_DRAFT);
    } finally {
      await page.close();
    }
  });

  test("nothing leaves the machine: every request went to the loopback site or the extension", () => {
    // The background itself fetches nothing over the network (its own files only).
    const fromWorker = cr.requests.filter((r) => r.frame === "worker" && !r.url.startsWith("chrome-extension://"));
    assert.deepEqual(fromWorker, [], "the service worker made network requests");
    // Pages: the test's own x.com page and the extension's pages, nothing else.
    const stray = cr.requests.filter((r) => {
      const u = new URL(r.url);
      return !(u.protocol === "chrome-extension:" || u.protocol === "data:" || u.hostname === "x.com");
    });
    assert.deepEqual(stray, []);
    for (const r of server.requests) assert.equal(r.host, "x.com");
  });
});
