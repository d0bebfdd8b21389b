// Practice Guard content script, part 4 of 6: highlighting the problem text.
//
// Preferred: the CSS Custom Highlight API (CSS.highlights), which paints ranges without touching
// the DOM; the ::highlight(pg-*) colors come from content/page.css (injected by the manifest, so the
// page's CSP does not apply). Fallback, where the API is missing or when the test flag
// <html data-pg-highlight-mode="boxes"> is set: boxes positioned from Range.getClientRects() in a
// shadow-DOM overlay on <body>, each [data-pg-highlight="high|medium|low"]. The overlay never
// takes pointer events.
(() => {
  "use strict";
  const PG = (globalThis.__practiceGuard = globalThis.__practiceGuard || {});
  if (PG.highlights) return;

  const SEVS = ["high", "medium", "low"];
  const perBox = new Map(); // box id -> [{range, severity}]
  let registered = null; // {high: Highlight, ...} when the API is in use
  let overlay = null;

  function apiAvailable() {
    try {
      return typeof CSS !== "undefined" && !!CSS.highlights && typeof Highlight === "function";
    } catch {
      return false;
    }
  }

  function mode() {
    const flag = document.documentElement && document.documentElement.getAttribute("data-pg-highlight-mode");
    if (flag === "boxes" || !apiAvailable()) return "boxes";
    return "api";
  }

  function sevKey(s) {
    return s === "high" ? "high" : s === "medium" ? "medium" : "low";
  }

  function ensureRegistered() {
    if (registered) return registered;
    const r = {};
    for (const s of SEVS) {
      const h = new Highlight();
      h.priority = s === "high" ? 3 : s === "medium" ? 2 : 1;
      CSS.highlights.set("pg-" + s, h);
      r[s] = h;
    }
    registered = r;
    return r;
  }

  function ensureOverlay() {
    if (overlay && overlay.host.isConnected) return overlay;
    const host = PG.ui.hostEl("data-pg-overlay");
    host.style.setProperty("pointer-events", "none", "important");
    host.style.setProperty("z-index", "2147483645", "important");
    const root = host.attachShadow({ mode: "open" });
    const layer = document.createElement("div");
    root.append(layer);
    PG.ui.mountHost(host);
    overlay = { host, root, layer, nodes: [] };
    return overlay;
  }

  const BOX_STYLE = {
    high: ["rgba(220, 38, 38, 0.22)", "#dc2626"],
    medium: ["rgba(217, 119, 6, 0.20)", "#d97706"],
    low: ["rgba(37, 99, 235, 0.12)", "#2563eb"],
  };

  function drawBoxes() {
    const o = ensureOverlay();
    const frag = document.createDocumentFragment();
    let n = 0;
    for (const list of perBox.values()) {
      for (const { range, severity } of list) {
        const key = sevKey(severity);
        const [bg, line] = BOX_STYLE[key];
        for (const r of range.getClientRects()) {
          if (r.width < 1 || r.height < 1) continue;
          const d = document.createElement("div");
          d.setAttribute("data-pg-highlight", key);
          const s = d.style;
          s.position = "fixed";
          s.left = r.left + "px";
          s.top = r.top + "px";
          s.width = r.width + "px";
          s.height = r.height + "px";
          s.background = bg;
          s.borderBottom = "2px solid " + line;
          s.pointerEvents = "none";
          s.boxSizing = "border-box";
          frag.append(d);
          n++;
        }
      }
    }
    o.layer.replaceChildren(frag);
    return n;
  }

  function clearBoxes() {
    if (overlay) overlay.layer.replaceChildren();
  }

  function syncApi() {
    const r = ensureRegistered();
    for (const s of SEVS) r[s].clear();
    for (const list of perBox.values()) for (const { range, severity } of list) r[sevKey(severity)].add(range);
  }

  function render() {
    if (mode() === "api") {
      clearBoxes();
      try {
        syncApi();
        return;
      } catch {
        /* the API refused our ranges (e.g. from this world): fall back to boxes */
      }
    } else if (registered) {
      for (const s of SEVS) registered[s].clear();
    }
    drawBoxes();
  }

  // Sets the highlighted ranges of one box ([] clears them).
  function set(boxId, items) {
    if (items && items.length) perBox.set(boxId, items);
    else perBox.delete(boxId);
    render();
  }

  // Boxes follow layout; called on scroll/resize (batched per frame by main.js).
  function reposition() {
    if (overlay && (mode() === "boxes" || !registered)) drawBoxes();
  }

  PG.highlights = { set, reposition, mode, count: () => [...perBox.values()].reduce((a, l) => a + l.length, 0) };
})();
