// Practice Guard e2e harness: a loopback HTTPS server posing as x.com / facebook.com, and the two
// browsers with the built extension loaded. Shared by every tests/e2e/*.test.mjs (node:test).
//
// API (stable; add to it, don't change it):
//
//   const server = await startServer({ root, routes, csp })
//     HTTPS on 127.0.0.1, random port, throwaway self-signed certificate made at run time with the
//     openssl CLI (covers x.com, twitter.com, www.facebook.com, facebook.com, localhost,
//     127.0.0.1). Serves static files under `root` (optional) and `routes`:
//       { "/path": { body?: string|Buffer, file?: string, type?: "text/html"|...,
//                    csp?: string|null, headers?: {...}, status?: number } }
//     (a route may also be a function (req, url) -> route object, or a string body).
//     Every HTML response carries a strict CSP by default (DEFAULT_CSP below); override per route
//     with `csp: "..."`, per server with startServer({csp}), or send none with `csp: null`.
//     Query strings are ignored for matching. Unknown paths get 404. The request Host decides
//     nothing: the same routes answer for every mapped host.
//     Returns { port, url(path, host = "x.com") -> "https://host/path", requests (log of
//     {method, host, path}), close() }.
//
//   const cr = await launchChromium({ port, dist = "dist/chrome", headless = true, args = [] })
//     Debian's /usr/bin/chromium with the unpacked extension loaded (a snapshot copy of dist,
//     cr.distDir; cr.sourceDir is the dist it came from), a fresh user-data-dir, and
//     x.com, twitter.com, www.facebook.com, facebook.com (and mobile./m./web. variants) mapped to
//     127.0.0.1:port; every other host name fails to resolve (no stray network).
//     Returns { context, extensionId, worker (the extension's service worker), newPage(url),
//       extensionPage(path?) -> a Page on chrome-extension://ID/<path> (default: the popup, or
//         the first HTML page found in dist), sendMessage(msg) -> the background's answer
//         (chrome.runtime.sendMessage from an extension page), stopWorker() -> stops the
//         extension's service worker as Chrome does when idle (true when Chrome confirmed it; the
//         next message restarts it: measure cold starts with it), screenshot(page, name) -> path
//         of test-artifacts/<name>.png, requests (every network request the browser reported:
//         {url, resourceType, frame: "page"|"worker"|...}), workerStartedAt (ms, performance
//         clock of this process, when the worker was first seen), close() }.
//
//   const ff = await launchFirefox({ port, dist = "dist/firefox", headless = true })
//     firefox-esr (headless) through geckodriver + selenium-webdriver; the unpacked add-on
//     installed temporarily, its host permissions granted, insecure certs accepted, the mapped
//     hosts reaching 127.0.0.1:port through a small CONNECT proxy run by the harness (every other
//     host is refused and logged).
//     Returns { driver, addonId, uuid, baseUrl ("moz-extension://<uuid>/"), extensionUrl(path),
//       openExtensionPage(path?) -> opens moz-extension://<uuid>/<path> (default: the popup) in a
//         new tab and switches the driver to it (WebDriver's own get() refuses moz-extension
//         URLs; the harness opens the tab from the browser chrome, so geckodriver runs with
//         --allow-system-access), returns the window handle,
//       sendMessage(msg) (browser.runtime.sendMessage from an extension page; leaves the driver
//         on that tab: switch back with driver.switchTo().window(handle) if needed), proxyLog
//       (every host the browser tried to reach: {method, host, url, allowed}; Firefox's own
//       housekeeping hosts show up there refused), screenshot(name), close() }.
//
//   The dist defaults can be overridden with PG_DIST_CHROME / PG_DIST_FIREFOX (e.g. to try a
//   patched copy); PG_CHROMIUM / PG_FIREFOX / GECKODRIVER override the binaries.
//
//   Helpers: DEFAULT_CSP, SITE_HOSTS, ROOT (repo root), ARTIFACTS (test-artifacts/),
//     hasFile(relPath) (exists under the repo root), waitFor(fn, {timeout, interval, message}).
//
// Nothing here prints unless a browser or server fails.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import fsp from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
export const DEFAULT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
export const SITE_HOSTS = [
  "x.com",
  "twitter.com",
  "mobile.twitter.com",
  "www.facebook.com",
  "facebook.com",
  "m.facebook.com",
  "web.facebook.com",
];
const CERT_NAMES = [...SITE_HOSTS, "localhost"];

export function hasFile(rel) {
  return fs.existsSync(path.join(ROOT, rel));
}

export async function waitFor(fn, { timeout = 10000, interval = 50, message = "condition" } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeout} ms waiting for ${message}${last ? `: ${last.message}` : ""}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

function tmpDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

// ---------------------------------------------------------------------------------------------
// Certificate (one per process, made with the openssl CLI)

let certCache = null;
function makeCert() {
  if (certCache) return certCache;
  const dir = tmpDir("pg-cert-");
  const key = path.join(dir, "key.pem");
  const crt = path.join(dir, "cert.pem");
  const san = [...CERT_NAMES.map((n) => `DNS:${n}`), "IP:127.0.0.1"].join(",");
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
      "-keyout", key, "-out", crt, "-days", "2", "-subj", "/CN=x.com", "-addext", `subjectAltName=${san}`],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  certCache = { key: fs.readFileSync(key), cert: fs.readFileSync(crt) };
  fs.rmSync(dir, { recursive: true, force: true });
  return certCache;
}

// ---------------------------------------------------------------------------------------------
// Server

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

function typeOf(file) {
  return TYPES[path.extname(file).toLowerCase()] || "application/octet-stream";
}

export async function startServer({ root = null, routes = {}, csp = DEFAULT_CSP } = {}) {
  const requests = [];
  const sockets = new Set();

  const send = (res, status, body, type, extra = {}, cspValue = csp) => {
    const headers = { "content-type": type, "cache-control": "no-store", ...extra };
    if (/^text\/html/.test(type) && cspValue && !("content-security-policy" in lower(extra))) {
      headers["content-security-policy"] = cspValue;
    }
    res.writeHead(status, headers);
    res.end(body);
  };

  const handler = async (req, res) => {
    const url = new URL(req.url, `https://${req.headers.host || "localhost"}`);
    requests.push({ method: req.method, host: url.hostname, path: url.pathname });
    try {
      let route = routes[url.pathname];
      if (typeof route === "function") route = await route(req, url);
      if (typeof route === "string") route = { body: route };
      if (route) {
        let body = route.body;
        let type = route.type;
        if (route.file) {
          const f = path.isAbsolute(route.file) ? route.file : path.join(root || ROOT, route.file);
          body = await fsp.readFile(f);
          type = type || typeOf(f);
        }
        if (body === undefined) body = "";
        type = type || "text/html; charset=utf-8";
        if (type === "text/html") type = "text/html; charset=utf-8";
        send(res, route.status || 200, body, type, route.headers || {}, route.csp === undefined ? csp : route.csp);
        return;
      }
      if (root) {
        let rel = decodeURIComponent(url.pathname);
        if (rel.endsWith("/")) rel += "index.html";
        const f = path.resolve(root, "." + rel);
        if (f.startsWith(path.resolve(root) + path.sep)) {
          const st = await fsp.stat(f).catch(() => null);
          if (st && st.isFile()) {
            send(res, 200, await fsp.readFile(f), typeOf(f));
            return;
          }
        }
      }
      if (url.pathname === "/favicon.ico") {
        res.writeHead(204).end();
        return;
      }
      send(res, 404, "not found", "text/plain; charset=utf-8");
    } catch (e) {
      send(res, 500, String(e && e.stack), "text/plain; charset=utf-8");
    }
  };

  const server = https.createServer(makeCert(), handler);
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  server.on("tlsClientError", () => {}); // browsers probing and aborting: not our business
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address();
  return {
    port,
    requests,
    url: (p = "/", host = "x.com") => `https://${host}${p.startsWith("/") ? p : "/" + p}`,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function lower(obj) {
  const o = {};
  for (const k of Object.keys(obj)) o[k.toLowerCase()] = obj[k];
  return o;
}

// ---------------------------------------------------------------------------------------------
// Chromium (playwright-core, Debian's /usr/bin/chromium)

export const CHROMIUM = process.env.PG_CHROMIUM || "/usr/bin/chromium";

function resolveDist(dist) {
  const d = path.isAbsolute(dist) ? dist : path.join(ROOT, dist);
  if (!fs.existsSync(path.join(d, "manifest.json"))) {
    throw new Error(`${d}/manifest.json missing: run ./build.sh first`);
  }
  return d;
}

// Files the manifest names that are not in dist (Chromium refuses to load such an extension).
export function missingManifestFiles(dist) {
  const d = path.isAbsolute(dist) ? dist : path.join(ROOT, dist);
  const m = JSON.parse(fs.readFileSync(path.join(d, "manifest.json"), "utf8"));
  const files = new Set();
  const add = (f) => f && files.add(String(f).replace(/^\//, ""));
  Object.values(m.icons || {}).forEach(add);
  if (m.action) {
    add(m.action.default_popup);
    Object.values(m.action.default_icon || {}).forEach(add);
  }
  if (m.options_ui) add(m.options_ui.page);
  add(m.options_page);
  if (m.background) {
    add(m.background.service_worker);
    (m.background.scripts || []).forEach(add);
  }
  for (const cs of m.content_scripts || []) [...(cs.js || []), ...(cs.css || [])].forEach(add);
  if (m.storage) add(m.storage.managed_schema);
  if (m.default_locale) add(`_locales/${m.default_locale}/messages.json`);
  return [...files].filter((f) => !fs.existsSync(path.join(d, f)));
}

function firstHtml(dir, rel = "") {
  const here = path.join(dir, rel);
  const ents = fs.readdirSync(here, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of ents) if (e.isFile() && e.name.endsWith(".html")) return path.posix.join(rel, e.name);
  for (const e of ents) {
    if (e.isDirectory() && e.name !== "pkg" && e.name !== "_locales") {
      const f = firstHtml(dir, path.posix.join(rel, e.name));
      if (f) return f;
    }
  }
  return null;
}

function defaultExtensionPage(dist) {
  const m = JSON.parse(fs.readFileSync(path.join(dist, "manifest.json"), "utf8"));
  const candidates = [m.action && m.action.default_popup, m.options_ui && m.options_ui.page, "popup/popup.html"];
  for (const c of candidates) if (c && fs.existsSync(path.join(dist, c))) return c;
  // No HTML page shipped yet: manifest.json is still a document of the extension's origin.
  return firstHtml(dist) || "manifest.json";
}

export async function launchChromium({ port, dist = process.env.PG_DIST_CHROME || "dist/chrome", headless = true, args = [] } = {}) {
  const { chromium } = await import("playwright-core");
  const sourceDir = resolveDist(dist);
  const runDir = tmpDir("pg-chromium-");
  const userDataDir = path.join(runDir, "profile");
  // Load a snapshot of dist, so that a rebuild while the browser runs cannot pull files from
  // under it (the extension id then depends on this path: read it from cr.extensionId).
  const distDir = path.join(runDir, "extension");
  fs.cpSync(sourceDir, distDir, { recursive: true });
  const hostRules = [
    ...(port ? SITE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`) : []),
    "MAP * ~NOTFOUND",
    "EXCLUDE localhost",
    "EXCLUDE 127.0.0.1",
  ].join(", ");
  const flags = [
    ...(headless ? ["--headless=new"] : []),
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    `--disable-extensions-except=${distDir}`,
    `--load-extension=${distDir}`,
    `--host-resolver-rules=${hostRules}`,
    "--ignore-certificate-errors",
    ...args,
  ];
  const context = await chromium
    .launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      // Playwright's own headless switch would add its old-style flags; we pass --headless=new.
      headless: false,
      args: flags,
      ignoreDefaultArgs: ["--disable-extensions", "--disable-component-extensions-with-background-pages"],
      ignoreHTTPSErrors: true,
      viewport: { width: 1200, height: 900 },
    })
    .catch((e) => {
      fs.rmSync(runDir, { recursive: true, force: true });
      throw e;
    });

  // Every request the browser reports, from pages and from the extension's service worker
  // (Playwright reports worker fetches on the context too; frame tells which).
  const requests = [];
  context.on("request", (req) => {
    let frame = "page";
    try {
      if (req.serviceWorker && req.serviceWorker()) frame = "worker";
    } catch {
      /* not available in this playwright */
    }
    requests.push({ url: req.url(), resourceType: req.resourceType(), frame });
  });

  let worker = context.serviceWorkers().find((w) => w.url().startsWith("chrome-extension://"));
  if (!worker) {
    worker = await context.waitForEvent("serviceworker", {
      predicate: (w) => w.url().startsWith("chrome-extension://"),
      timeout: 15000,
    }).catch(async (e) => {
      await context.close().catch(() => {});
      const missing = missingManifestFiles(distDir);
      fs.rmSync(runDir, { recursive: true, force: true });
      throw new Error(
        `the extension's service worker did not start (${e.message}); ` +
          (missing.length
            ? `Chromium refuses to load ${distDir}: files named by its manifest are missing: ${missing.join(", ")}`
            : `is ${distDir} a valid extension? (DEBUG=pw:browser shows Chromium's log)`),
      );
    });
  }
  const workerStartedAt = performance.now();
  const extensionId = new URL(worker.url()).host;
  const defaultPage = defaultExtensionPage(distDir);

  let msgPage = null;
  const extensionPage = async (p = defaultPage) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${p.replace(/^\//, "")}`);
    return page;
  };
  const sendMessage = async (msg) => {
    if (!msgPage || msgPage.isClosed()) msgPage = await extensionPage();
    return msgPage.evaluate((m) => chrome.runtime.sendMessage(m), msg);
  };
  // Stops the extension's service worker (as Chrome does after ~30 s idle), through CDP from an
  // extension page; the next message restarts it. Resolves true once Chrome reports it stopped.
  const stopWorker = async () => {
    const page = await extensionPage();
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send("ServiceWorker.enable");
      const stopped = new Promise((resolve) =>
        cdp.on("ServiceWorker.workerVersionUpdated", (e) => {
          const mine = e.versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
          if (mine.length && mine.every((v) => v.runningStatus === "stopped")) resolve(true);
        }),
      );
      await cdp.send("ServiceWorker.stopAllWorkers");
      return await Promise.race([stopped, new Promise((r) => setTimeout(() => r(false), 5000))]);
    } finally {
      await page.close();
    }
  };
  const newPage = async (url) => {
    const page = await context.newPage();
    if (url) await page.goto(url);
    return page;
  };
  const screenshot = async (page, name) => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name.replace(/[^\w.-]+/g, "_")}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  };
  return {
    context,
    extensionId,
    worker,
    workerStartedAt,
    distDir,
    sourceDir,
    newPage,
    extensionPage,
    sendMessage,
    stopWorker,
    screenshot,
    requests,
    close: async () => {
      await context.close().catch(() => {});
      fs.rmSync(runDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Firefox (selenium-webdriver + geckodriver, firefox-esr)

export const FIREFOX = process.env.PG_FIREFOX || "/usr/bin/firefox-esr";

export function findGeckodriver() {
  const cands = [process.env.GECKODRIVER, path.join(os.homedir(), ".cargo/bin/geckodriver"), "/usr/local/bin/geckodriver", "/usr/bin/geckodriver"];
  for (const c of cands) if (c && fs.existsSync(c)) return c;
  return null;
}

// An HTTP proxy that tunnels CONNECT for the mapped hosts to the loopback server and refuses
// everything else. Plain-HTTP requests for mapped hosts are answered with a redirect to https.
async function startProxy(port) {
  const log = [];
  const sockets = new Set();
  const allowed = new Set(SITE_HOSTS);
  const proxy = http.createServer((req, res) => {
    let host = "";
    try {
      host = new URL(req.url).hostname;
    } catch {
      /* not an absolute URL */
    }
    log.push({ method: req.method, host, url: req.url, allowed: allowed.has(host) });
    if (allowed.has(host)) {
      const u = new URL(req.url);
      res.writeHead(301, { location: `https://${host}${u.pathname}${u.search}` }).end();
    } else {
      res.writeHead(403).end("blocked by the Practice Guard test proxy");
    }
  });
  proxy.on("connect", (req, client, head) => {
    const [host] = req.url.split(":");
    const ok = allowed.has(host);
    log.push({ method: "CONNECT", host, url: req.url, allowed: ok });
    if (!ok) {
      client.end("HTTP/1.1 403 Forbidden\r\n\r\n");
      return;
    }
    const upstream = net.connect(port, "127.0.0.1", () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head && head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on("error", drop);
    client.on("error", drop);
  });
  proxy.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((r) => proxy.listen(0, "127.0.0.1", r));
  return {
    port: proxy.address().port,
    log,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        proxy.close(() => r());
      }),
  };
}

export async function launchFirefox({ port, dist = process.env.PG_DIST_FIREFOX || "dist/firefox", headless = true, prefs = {} } = {}) {
  const { Builder } = await import("selenium-webdriver");
  const firefox = await import("selenium-webdriver/firefox.js");
  const distDir = resolveDist(dist);
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "manifest.json"), "utf8"));
  const addonId = manifest.browser_specific_settings && manifest.browser_specific_settings.gecko && manifest.browser_specific_settings.gecko.id;
  if (!addonId) throw new Error(`${distDir}/manifest.json has no browser_specific_settings.gecko.id`);
  const gecko = findGeckodriver();
  if (!gecko) throw new Error("geckodriver not found (./build.sh test installs it with cargo install geckodriver)");
  const uuid = "5f3c0a52-8d1e-4c55-9b9a-0c0ffee00001";
  const proxy = await startProxy(port || 9);

  const opts = new firefox.Options();
  opts.setBinary(FIREFOX);
  if (headless) opts.addArguments("-headless");
  const allPrefs = {
    // The add-on's moz-extension:// origin is stable, so tests can open its pages.
    "extensions.webextensions.uuids": JSON.stringify({ [addonId]: uuid }),
    // MV3 host permissions are opt-in in Firefox: grant them at install, as a user would.
    "extensions.originControls.grantByDefault": true,
    // Everything goes through the harness proxy, which only lets the mapped hosts through.
    "network.proxy.type": 1,
    "network.proxy.http": "127.0.0.1",
    "network.proxy.http_port": proxy.port,
    "network.proxy.ssl": "127.0.0.1",
    "network.proxy.ssl_port": proxy.port,
    "network.proxy.no_proxies_on": "",
    "network.proxy.allow_hijacking_localhost": false,
    "network.proxy.socks_remote_dns": false,
    "network.trr.mode": 5,
    "network.dns.disablePrefetch": true,
    "network.http.speculative-parallel-limit": 0,
    "network.captive-portal-service.enabled": false,
    "network.connectivity-service.enabled": false,
    "browser.safebrowsing.malware.enabled": false,
    "browser.safebrowsing.phishing.enabled": false,
    "browser.safebrowsing.downloads.enabled": false,
    "browser.safebrowsing.update.enabled": false,
    "app.update.enabled": false,
    "app.normandy.enabled": false,
    "datareporting.policy.dataSubmissionEnabled": false,
    "toolkit.telemetry.enabled": false,
    "extensions.update.enabled": false,
    "extensions.getAddons.cache.enabled": false,
    "browser.newtabpage.enabled": false,
    "browser.startup.homepage": "about:blank",
    "browser.startup.page": 0,
    "security.OCSP.enabled": 0,
    "services.settings.server": "https://127.0.0.1:9/",
    "remote.prefs.recommended": true,
    ...prefs,
  };
  for (const [k, v] of Object.entries(allPrefs)) opts.setPreference(k, v);
  opts.setAcceptInsecureCerts(true);

  // WebDriver may not navigate to moz-extension:// URLs; the harness opens extension pages from
  // the browser chrome instead (openExtensionPage), which needs system access.
  const service = new firefox.ServiceBuilder(gecko).addArguments("--allow-system-access");
  let driver;
  try {
    driver = await new Builder().forBrowser("firefox").setFirefoxOptions(opts).setFirefoxService(service).build();
  } catch (e) {
    await proxy.close();
    throw e;
  }
  try {
    await driver.installAddon(distDir, true);
  } catch (e) {
    await driver.quit().catch(() => {});
    await proxy.close();
    throw new Error(`installing ${distDir} as a temporary add-on failed: ${e.message}`);
  }
  const baseUrl = `moz-extension://${uuid}/`;
  const defaultPage = defaultExtensionPage(distDir);
  const extensionUrl = (p = defaultPage) => baseUrl + p.replace(/^\//, "");

  // Opens an extension page in a new tab (from the browser chrome, since WebDriver itself may
  // not navigate to moz-extension://) and switches the driver to it; returns its window handle.
  const openExtensionPage = async (p = defaultPage) => {
    const url = extensionUrl(p);
    const before = await driver.getAllWindowHandles();
    await driver.setContext("chrome");
    try {
      await driver.executeScript(
        `gBrowser.selectedTab = gBrowser.addTab(arguments[0], {
           triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`,
        url,
      );
    } finally {
      await driver.setContext("content");
    }
    const handle = await waitFor(
      async () => (await driver.getAllWindowHandles()).find((h) => !before.includes(h)),
      { message: `a tab for ${url}` },
    );
    await driver.switchTo().window(handle);
    await waitFor(
      async () =>
        (await driver.getCurrentUrl()) === url &&
        (await driver.executeScript("return document.readyState")) === "complete",
      { message: `${url} to load` },
    );
    return handle;
  };

  let msgHandle = null;
  const sendMessage = async (msg) => {
    const handles = await driver.getAllWindowHandles();
    if (!msgHandle || !handles.includes(msgHandle)) msgHandle = await openExtensionPage();
    else await driver.switchTo().window(msgHandle);
    const out = await driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       const api = window.browser || (window.wrappedJSObject && window.wrappedJSObject.browser);
       Promise.resolve(api.runtime.sendMessage(arguments[0]))
         .then((r) => done({ value: r }), (e) => done({ error: String((e && e.message) || e) }));`,
      msg,
    );
    if (out && out.error) throw new Error(out.error);
    return out && out.value;
  };
  const screenshot = async (name) => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name.replace(/[^\w.-]+/g, "_")}.png`);
    fs.writeFileSync(file, Buffer.from(await driver.takeScreenshot(), "base64"));
    return file;
  };
  return {
    driver,
    addonId,
    uuid,
    baseUrl,
    distDir,
    extensionUrl,
    openExtensionPage,
    sendMessage,
    screenshot,
    proxyLog: proxy.log,
    close: async () => {
      await driver.quit().catch(() => {});
      await proxy.close();
    },
  };
}
