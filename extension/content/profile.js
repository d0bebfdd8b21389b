// Profile audit (content script, X and Facebook): on the practice's OWN profile (X) or page's
// About view (Facebook), as recognized from the policy's handles, read the bio / About text and send it to the background, which runs the engine's audit_profile and keeps which
// contact and emergency items are present (the popup shows them). Other people's profiles are
// never read: the background is asked first whether the handle is one of the practice's.
// Reads the DOM only; never changes the page.
(() => {
  "use strict";
  if (window.top !== window) return;
  if (globalThis.__pgProfileAudit) return;
  globalThis.__pgProfileAudit = true;

  const host = location.hostname;
  const SITE = /(^|\.)facebook\.com$/.test(host) ? "facebook" : "x";

  // First path segments that are app pages, not accounts.
  const RESERVED = {
    x: new Set(["home", "explore", "notifications", "messages", "i", "settings", "search", "compose",
      "login", "logout", "signup", "tos", "privacy", "intent", "share", "hashtag", "jobs", "lists",
      "bookmarks", "communities", "premium_sign_up", "account"]),
    facebook: new Set(["home.php", "groups", "watch", "marketplace", "gaming", "events", "messages",
      "notifications", "settings", "login", "login.php", "help", "friends", "bookmarks", "stories",
      "reel", "reels", "photo", "photo.php", "photos", "permalink.php", "story.php", "search",
      "hashtag", "business", "ads", "plugins", "sharer", "sharer.php", "dialog", "saved", "memories",
      "feeds", "pages", "policies", "privacy"]),
  };

  function handleFromUrl() {
    const parts = location.pathname.split("/").filter(Boolean);
    if (!parts.length) return null;
    if (SITE === "facebook") {
      if (parts[0] === "profile.php") return new URLSearchParams(location.search).get("id");
      if (parts[0] === "pg" && parts[1]) return parts[1];
      if (parts[0] === "people" && parts[2]) return parts[2];
    }
    if (RESERVED[SITE].has(parts[0].toLowerCase())) return null;
    // X: /<handle>, /<handle>/with_replies ... but not /<handle>/status/<id> (a single post).
    if (SITE === "x" && parts[1] === "status") return null;
    return decodeURIComponent(parts[0]);
  }

  const clean = (s) => (s || "").replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  const textOf = (node) => clean(node ? node.innerText || node.textContent : "");

  /** The profile text worth auditing, or "" when the page has not rendered it yet. */
  function profileText() {
    if (SITE === "x") {
      const parts = [];
      const desc = document.querySelector('[data-testid="UserDescription"]');
      const items = document.querySelector('[data-testid="UserProfileHeader_Items"]');
      if (!desc && !items) return "";
      parts.push(textOf(desc), textOf(items));
      // The pinned post counts: practices put their notices there when the bio is too short.
      for (const art of document.querySelectorAll('article[data-testid="tweet"]')) {
        const ctx = art.querySelector('[data-testid="socialContext"]');
        if (ctx && /pinned|fijad/i.test(ctx.textContent || "")) {
          parts.push(textOf(art.querySelector('[data-testid="tweetText"]')));
          break;
        }
      }
      return parts.filter(Boolean).join("\n");
    }
    // Facebook: only the About view (/<page>/about..., profile.php?sk=about...): on the page's
    // home the main region also holds the feed, whose posts would count as the profile's text.
    const parts = location.pathname.split("/").filter(Boolean);
    const sk = new URLSearchParams(location.search).get("sk") || "";
    const about = parts[0] === "profile.php" ? sk.startsWith("about") : (parts[parts[0] === "pg" ? 2 : 1] || "").startsWith("about");
    if (!about) return "";
    const main = document.querySelector('[role="main"]');
    return main ? textOf(main).slice(0, 20000) : "";
  }

  let ownCache = new Map(); // handle -> Promise<boolean>
  let lastSent = "";
  let timer = 0;

  function isOwn(handle) {
    const key = handle.toLowerCase();
    if (!ownCache.has(key)) {
      ownCache.set(key, chrome.runtime.sendMessage({ type: "is-own-profile", site: SITE, handle })
        .then((r) => !!(r && r.ok && r.own), () => false));
    }
    return ownCache.get(key);
  }

  async function run() {
    timer = 0;
    const handle = handleFromUrl();
    if (!handle || !(await isOwn(handle))) return;
    const text = profileText();
    if (!text) return;
    const key = `${location.pathname}\n${text}`;
    if (key === lastSent) return;
    lastSent = key;
    chrome.runtime.sendMessage({ type: "profile-audit", site: SITE, handle, text }).catch(() => {});
  }

  // Throttled, not debounced: X's DOM never stops changing.
  function schedule(delay = 700) {
    if (timer) return;
    timer = setTimeout(() => run().catch(() => {}), delay);
  }

  function start() {
    schedule(300);
    // Single-page apps: content arrives late and the URL changes without a page load.
    let href = location.href;
    new MutationObserver(() => {
      if (location.href !== href) {
        href = location.href;
        lastSent = "";
      }
      schedule();
    }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    // A policy change (handles added in the options page) may make this page the practice's own.
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area === "local" && changes.policy) {
        ownCache = new Map();
        lastSent = "";
        if (timer) clearTimeout(timer);
        timer = 0;
        schedule(100);
      }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
})();
