// Practice Guard content script, part 2 of 6: reading a compose box.
//
// The text is read by walking the editor's own markup, never innerText (which forces layout and
// adds newlines around blocks) or textContent (which drops the separators between blocks):
// - Draft.js (X): one div[data-block] per line, text in span[data-text]; an empty line is
//   <br data-text>, which adds nothing.
// - Lexical (Facebook): the root's children are the blocks (p, headings, li of lists), text in
//   span[data-lexical-text]; a <br> inside a block is a line break, except the one Lexical adds
//   itself to an empty block or after a trailing line break.
// - img[alt] (emoji) count as their alt text.
// Blocks are joined with "\n". While walking, each piece of text records its DOM node and its
// UTF-16 offsets, so that a finding's [start, end) becomes a DOM Range without touching the DOM.
(() => {
  "use strict";
  const PG = (globalThis.__practiceGuard = globalThis.__practiceGuard || {});
  if (PG.reader) return;

  const SHOW = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;

  function lexicalBlocks(root) {
    const out = [];
    for (const child of root.children) {
      const tag = child.tagName;
      if (tag === "UL" || tag === "OL") {
        for (const li of child.querySelectorAll("li")) if (!li.querySelector("ul, ol")) out.push(li);
      } else {
        out.push(child);
      }
    }
    return out;
  }

  // A <br> that Lexical adds on its own (an empty block's placeholder, or the extra one after a
  // trailing line break) is not text.
  function isManagedBr(br, block) {
    if (br.nextSibling) return false;
    const prev = br.previousSibling;
    if (br.parentNode !== block) {
      // Inside an inline element at the very end of the block: treat like a direct child.
      let n = br;
      while (n.parentNode !== block) {
        if (n.nextSibling) return false;
        n = n.parentNode;
      }
      return !prev && !n.previousSibling;
    }
    return !prev || prev.nodeName === "BR";
  }

  function walkBlock(block, type, segs, pos) {
    const w = document.createTreeWalker(block, SHOW);
    let n = w.nextNode();
    let text = "";
    while (n) {
      if (n.nodeType === 3) {
        const v = n.nodeValue;
        const ok = type !== "draft" || (n.parentElement && n.parentElement.closest("[data-text]"));
        if (ok && v) {
          segs.push({ s: pos + text.length, e: pos + text.length + v.length, node: n, atom: false });
          text += v;
        }
      } else if (n.nodeName === "IMG") {
        const alt = n.getAttribute("alt") || "";
        if (alt) {
          segs.push({ s: pos + text.length, e: pos + text.length + alt.length, node: n, atom: true });
          text += alt;
        }
      } else if (n.nodeName === "BR") {
        if (type !== "draft" && !isManagedBr(n, block)) {
          segs.push({ s: pos + text.length, e: pos + text.length + 1, node: n, atom: true });
          text += "\n";
        }
      } else if (n.getAttribute && n.getAttribute("aria-hidden") === "true" && n !== block) {
        // Decorations the editor hides from assistive tech are not part of the text.
        const skip = n;
        n = w.nextSibling() || nextOutside(w, skip);
        continue;
      }
      n = w.nextNode();
    }
    return text;
  }

  function nextOutside(w, skip) {
    let cur = skip;
    for (;;) {
      w.currentNode = cur;
      const sib = w.nextSibling();
      if (sib) return sib;
      const parent = w.parentNode();
      if (!parent) return null;
      cur = parent;
    }
  }

  // Reads a box. Returns {text, segs} (segs null for a textarea: its text has no DOM nodes).
  function read(el, type) {
    if (type === "textarea" || el.tagName === "TEXTAREA" || el.tagName === "INPUT") {
      return { text: el.value || "", segs: null };
    }
    const blocks =
      type === "draft" ? Array.from(el.querySelectorAll('[data-block="true"]')) : lexicalBlocks(el);
    const segs = [];
    const parts = [];
    let pos = 0;
    if (!blocks.length) {
      const t = walkBlock(el, type, segs, 0);
      return { text: t, segs };
    }
    for (let i = 0; i < blocks.length; i++) {
      if (i > 0) {
        parts.push("\n");
        pos += 1;
      }
      const t = walkBlock(blocks[i], type, segs, pos);
      parts.push(t);
      pos += t.length;
    }
    return { text: parts.join(""), segs };
  }

  function before(node) {
    const p = node.parentNode;
    return { node: p, off: Array.prototype.indexOf.call(p.childNodes, node) };
  }
  function after(node) {
    const b = before(node);
    return { node: b.node, off: b.off + 1 };
  }

  // The DOM point of a UTF-16 offset. A start prefers the piece that begins at the offset, an end
  // the piece that ends there, so that a range never spans a block separator needlessly.
  function point(segs, off, isEnd) {
    let lo = 0;
    let hi = segs.length - 1;
    // First seg whose end >= off (isEnd) or end > off (start).
    let idx = segs.length;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const ok = isEnd ? segs[mid].e >= off : segs[mid].e > off;
      if (ok) {
        idx = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    if (idx < segs.length) {
      const seg = segs[idx];
      if (isEnd ? off > seg.s : off >= seg.s) {
        if (seg.atom) return isEnd ? after(seg.node) : before(seg.node);
        return { node: seg.node, off: off - seg.s };
      }
      // The offset is on a block separator: a start moves to the next piece...
      if (!isEnd) return seg.atom ? before(seg.node) : { node: seg.node, off: 0 };
    }
    // ... an end to the previous one.
    const prev = segs[Math.min(idx, segs.length) - 1] || segs[idx];
    if (!prev) return null;
    if (prev.atom) return after(prev.node);
    return { node: prev.node, off: prev.e - prev.s };
  }

  function toRange(r, start, end) {
    if (!r || !r.segs || !r.segs.length || end < start) return null;
    const a = point(r.segs, start, false);
    const b = point(r.segs, end, true);
    if (!a || !b || !a.node || !b.node) return null;
    try {
      const range = document.createRange();
      range.setStart(a.node, a.off);
      range.setEnd(b.node, b.off);
      return range;
    } catch {
      return null;
    }
  }

  PG.reader = { read, toRange };
})();
