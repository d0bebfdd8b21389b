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

  // A textarea has no DOM text to make a Range on: its text is laid out again in a hidden mirror
  // with the textarea's own box and font (in our overlay, never in the page), and the mirror's
  // rects, shifted by the textarea's scroll and clipped to it, are the highlight boxes.
  const MIRRORED = [
    "boxSizing", "width", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
    "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "borderStyle",
    "fontFamily", "fontSize", "fontWeight", "fontStyle", "fontVariant", "fontStretch", "lineHeight",
    "letterSpacing", "wordSpacing", "textTransform", "textIndent", "tabSize", "direction", "textAlign",
  ];
  function textareaRects(ta, spans) {
    const o = ensureOverlay();
    const box = ta.getBoundingClientRect();
    if (!box.width || !box.height) return [];
    const cs = getComputedStyle(ta);
    const m = document.createElement("div");
    for (const k of MIRRORED) m.style[k] = cs[k];
    Object.assign(m.style, {
      position: "fixed", left: box.left + "px", top: box.top + "px", height: "auto", visibility: "hidden",
      whiteSpace: "pre-wrap", overflowWrap: "break-word", wordBreak: cs.wordBreak, borderColor: "transparent",
      overflow: "hidden", margin: "0",
    });
    // The scrollbar takes width from the text area inside the textarea.
    m.style.width = box.width - (ta.offsetWidth - ta.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth)) + "px";
    const text = document.createTextNode(ta.value + "\u200b");
    m.append(text);
    o.root.append(m);
    const out = [];
    const clip = { l: box.left, t: box.top, r: box.right, b: box.bottom };
    for (const { start, end, severity } of spans) {
      const r = document.createRange();
      r.setStart(text, Math.min(start, ta.value.length));
      r.setEnd(text, Math.min(end, ta.value.length));
      for (const q of r.getClientRects()) {
        const left = Math.max(q.left - ta.scrollLeft, clip.l);
        const top = Math.max(q.top - ta.scrollTop, clip.t);
        const right = Math.min(q.right - ta.scrollLeft, clip.r);
        const bottom = Math.min(q.bottom - ta.scrollTop, clip.b);
        if (right - left >= 1 && bottom - top >= 1) out.push({ left, top, width: right - left, height: bottom - top, severity });
      }
    }
    m.remove();
    return out;
  }

  function boxDiv(r, severity) {
    const key = sevKey(severity);
    const [bg, line] = BOX_STYLE[key];
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
    return d;
  }

  // Draws the boxes: every textarea item, and the ranges too when the API is not in use.
  function drawBoxes(withRanges) {
    const o = ensureOverlay();
    const frag = document.createDocumentFragment();
    for (const list of perBox.values()) {
      const taSpans = [];
      let ta = null;
      for (const item of list) {
        if (item.textarea) {
          ta = item.textarea;
          taSpans.push(item);
        } else if (withRanges) {
          for (const r of item.range.getClientRects()) if (r.width >= 1 && r.height >= 1) frag.append(boxDiv(r, item.severity));
        }
      }
      if (ta && ta.isConnected) for (const r of textareaRects(ta, taSpans)) frag.append(boxDiv(r, r.severity));
    }
    o.layer.replaceChildren(frag);
  }

  const hasTextareaItems = () => [...perBox.values()].some((l) => l.some((i) => i.textarea));

  function syncApi() {
    const r = ensureRegistered();
    for (const s of SEVS) r[s].clear();
    for (const list of perBox.values()) for (const item of list) if (item.range) r[sevKey(item.severity)].add(item.range);
  }

  let useBoxesForRanges = false;
  function render() {
    useBoxesForRanges = mode() !== "api";
    if (!useBoxesForRanges) {
      try {
        syncApi();
      } catch {
        useBoxesForRanges = true; // the API refused our ranges: boxes instead
      }
    } else if (registered) {
      for (const s of SEVS) registered[s].clear();
    }
    if (useBoxesForRanges || hasTextareaItems()) drawBoxes(useBoxesForRanges);
    else if (overlay) overlay.layer.replaceChildren();
  }

  // Sets the highlighted items of one box ([] clears them): {range, severity} for editors,
  // {textarea, start, end, severity} for textareas.
  function set(boxId, items) {
    if (items && items.length) perBox.set(boxId, items);
    else perBox.delete(boxId);
    render();
  }

  // Boxes follow layout; called on scroll/resize (batched per frame by main.js).
  function reposition() {
    if (overlay && (useBoxesForRanges || hasTextareaItems())) drawBoxes(useBoxesForRanges);
  }

  PG.highlights = { set, reposition, mode, count: () => [...perBox.values()].reduce((a, l) => a + l.length, 0) };
})();
