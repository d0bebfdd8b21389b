// Practice Guard content script, part 1 of 6: the site adapters.
//
// One table per site: which elements are compose boxes, how their text is stored (Draft.js,
// Lexical, textarea), which controls post them, whether plain Enter sends, and how to tell a reply,
// comment or direct message from a post. When a site changes its markup, this is the file to edit.
// Every selector here was taken from shared/notes/compose-boxes.md and should be re-checked on the
// live site from time to time.
(() => {
  "use strict";
  const PG = (globalThis.__practiceGuard = globalThis.__practiceGuard || {});
  if (PG.adapters) return;

  const norm = (s) =>
    String(s || "")
      .replace(/\s+/g, " ")
      .trim();
  const labelOf = (el) => norm(el.getAttribute("aria-label") || el.textContent || "").slice(0, 80);
  const lc = (s) => norm(s).toLowerCase();

  // Facebook's Post button is a div[role=button] with a localized label. Matched on the whole
  // (lowercased) label, and only when a compose box is found next to it, so broad words are safe.
  const POST_LABELS = new Set(
    [
      "post", "post now", "share", "share now", "publish",
      "publicar", "publicar ahora", "compartir", "compartir ahora", // es
      "publier", "partager", // fr
      "posten", "veröffentlichen", "teilen", // de
      "pubblica", "condividi", // it
      "plaatsen", "delen", // nl
      "publicar agora", // pt
      "opublikuj", "udostępnij", // pl
      "publicera", "dela", "slå op", "del", "publiser", "julkaise", "jaa", // nordic
      "yayınla", "paylaş", "опубликовать", "опублікувати", "zveřejnit", "közzététel",
      "δημοσίευση", "פרסום", "نشر", "投稿", "게시", "发布", "發佈", "發布", "分享",
      "โพสต์", "đăng", "kirim", "posting", "bagikan", "i-post", "पोस्ट करें",
    ].map(lc)
  );
  // Buttons that send a comment or a message (the box next to them decides what is sent).
  // Not "Reply": on Facebook that control opens a reply box under a comment, it sends nothing.
  const SEND_LABELS = new Set(
    [
      "comment", "post comment", "send", "press enter to send", "submit",
      "comentar", "publicar comentario", "enviar", "commenter", "envoyer",
      "kommentieren", "senden", "commenta", "invia",
    ].map(lc)
  );
  const COMMENT_LABEL_RE =
    /comment|reply to|answer|comentario|comenta|responde|commentaire|répondre|kommentar|antwort|commento|rispondi/i;
  const MESSAGE_LABELS = new Set(["message", "mensaje", "message…", "nachricht", "messaggio", "mensagem", "aa"].map(lc));

  // Boxes whose tweet/post is shown above them are answers: the nearest preceding tweet in the
  // same dialog or column is what they answer.
  function precedingItem(editor, scopeSel, itemSel) {
    const scope = editor.closest(scopeSel) || editor.ownerDocument.body;
    if (!scope) return null;
    let found = null;
    for (const item of scope.querySelectorAll(itemSel)) {
      if (item.contains(editor)) continue;
      if (item.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING) found = item;
      else break;
    }
    return found;
  }

  const X = {
    site: "x",
    hosts: /(^|\.)(x\.com|twitter\.com)$/,
    // Order matters: the first entry an element matches decides its type.
    editors: [
      {
        // Draft.js. The wrappers tweetTextarea_0RichTextInputContainer / _label share the prefix,
        // hence role + contenteditable.
        sel: 'div[data-testid^="tweetTextarea_"][role="textbox"][contenteditable="true"]',
        type: "draft",
      },
      { sel: 'div[data-testid="dmComposerTextInput"][contenteditable="true"]', type: "draft", kind: "dm", enterSends: true },
      { sel: 'textarea[data-testid="dm-composer-textarea"]', type: "textarea", kind: "dm", enterSends: true },
      { sel: 'textarea[data-testid="dmComposerTextInput"]', type: "textarea", kind: "dm", enterSends: true },
      // Mobile web: a plain textarea inside the tweetTextarea wrapper.
      { sel: 'div[data-testid^="tweetTextarea_"] textarea', type: "textarea" },
    ],
    buttons:
      'button[data-testid="tweetButtonInline"], button[data-testid="tweetButton"], ' +
      '[data-testid="dm-composer-send-button"], [data-testid="dmComposerSendButton"]',
    sendButton(target) {
      const b = target.closest && target.closest(this.buttons);
      if (!b) return null;
      const dm = /dm/i.test(b.getAttribute("data-testid") || "");
      return { el: b, post: !dm };
    },
    answerOf(editor) {
      const tweet = precedingItem(editor, '[role="dialog"], [data-testid="primaryColumn"]', 'article[data-testid="tweet"], article');
      if (!tweet) return null;
      const name = tweet.querySelector('[data-testid="User-Name"]');
      const text = tweet.querySelector('[data-testid="tweetText"]');
      return { author: norm(name ? name.textContent : ""), text: norm(text ? text.textContent : "") };
    },
    kindOf(editor, entry) {
      if (entry.kind) return { kind: entry.kind };
      const parent = this.answerOf(editor);
      return parent ? { kind: "reply", in_reply_to: parent } : { kind: "post" };
    },
    account() {
      const a = document.querySelector('a[data-testid="AppTabBar_Profile_Link"]');
      const m = a && /^\/([A-Za-z0-9_]{1,15})(?:[/?#]|$)/.exec(a.getAttribute("href") || "");
      return m ? "@" + m[1] : undefined;
    },
  };

  const FB_RESERVED = new Set([
    "", "home.php", "messages", "t", "groups", "watch", "marketplace", "gaming", "events", "friends",
    "notifications", "settings", "photo", "photo.php", "permalink.php", "story.php", "search", "me",
    "profile.php", "pages", "bookmarks", "saved", "reel", "reels", "stories", "business",
  ]);

  const FB = {
    site: "facebook",
    hosts: /(^|\.)facebook\.com$/,
    editors: [
      { sel: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]', type: "lexical" },
      // Older composers and some Pages tools still use a plain textarea.
      { sel: 'div[role="dialog"] textarea', type: "textarea" },
    ],
    sendButton(target) {
      const b = target.closest && target.closest('[role="button"], button');
      if (!b) return null;
      const label = lc(labelOf(b));
      if (POST_LABELS.has(label)) return { el: b, post: true };
      if (SEND_LABELS.has(label)) return { el: b, post: false };
      return null;
    },
    isMessenger(editor) {
      if (/^\/(messages|t)\//.test(location.pathname + "/")) return true;
      return MESSAGE_LABELS.has(lc(editor.getAttribute("aria-label") || ""));
    },
    kindOf(editor) {
      if (this.isMessenger(editor)) return { kind: "dm" };
      const article = editor.closest('[role="article"]');
      if (article || COMMENT_LABEL_RE.test(editor.getAttribute("aria-label") || "")) {
        const out = { kind: "comment" };
        if (article) {
          const who = article.querySelector('[data-ad-rendering-role="profile_name"], h2, h3, h4, strong');
          const msg = article.querySelector('[data-ad-preview="message"], [data-ad-comet-preview="message"]');
          if (who || msg) out.in_reply_to = { author: norm(who ? who.textContent : ""), text: norm(msg ? msg.textContent : "") };
        }
        return out;
      }
      return { kind: "post" };
    },
    enterSends(editor, kind) {
      return kind === "comment" || kind === "dm";
    },
    account() {
      // On a Page (facebook.com/<page>) the Page is the account the post goes out from.
      const seg = location.pathname.split("/")[1] || "";
      if (!FB_RESERVED.has(seg.toLowerCase()) && /^[A-Za-z0-9.]{3,}$/.test(seg)) return seg;
      return undefined;
    },
  };

  function forHost(host) {
    for (const a of [X, FB]) if (a.hosts.test(host)) return a;
    return null;
  }

  // The compose box an element is (or is inside), with the adapter entry that matched.
  function editorEntry(adapter, el) {
    if (!el || el.nodeType !== 1) return null;
    for (const entry of adapter.editors) {
      const hit = el.closest(entry.sel);
      if (hit) return { el: hit, entry };
    }
    return null;
  }

  function allEditors(adapter, root) {
    const out = [];
    // One combined query first: most added nodes (timeline items, editor spans) hold no box.
    if (!adapter.anySel) adapter.anySel = adapter.editors.map((e) => e.sel).join(", ");
    if (!(root.nodeType === 1 && root.matches(adapter.anySel)) && !root.querySelector(adapter.anySel)) return out;
    for (const entry of adapter.editors) {
      if (root.nodeType === 1 && root.matches(entry.sel)) out.push({ el: root, entry });
      for (const el of root.querySelectorAll(entry.sel)) out.push({ el, entry });
    }
    return out;
  }

  PG.adapters = { X, FB, forHost, editorEntry, allEditors, POST_LABELS, SEND_LABELS };
})();
