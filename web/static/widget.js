/*
 * The milia assistant chat widget. Hand-written, no dependencies.
 *
 * Embed with one tag:
 *   <script src="/widget.js" data-server="https://rasa.example" defer></script>
 *
 * Talks to Rasa's REST channel: POST {server}/webhooks/rest/webhook with
 * {"sender": id, "message": text}; the reply is a list of
 * {recipient_id, text?, buttons?: [{title, payload}]}.
 *
 * "Delete my conversation" (in the widget's menu) posts {"sender": id} to
 * {server}/webhooks/rest/delete; "Save a copy" and "Print" work in the browser only.
 *
 * Safety rule: every piece of text from the bot or the visitor goes into the
 * page through textContent / DOM nodes, never innerHTML.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__miliaWidgetLoaded) return;
  window.__miliaWidgetLoaded = true;

  var SERVER = (script.getAttribute("data-server") || window.location.origin).replace(/\/+$/, "");
  var ASSET_BASE = new URL(".", script.src).href;

  // The clinic's name, phone and time zone and the safety texts, filled in by web/serve.py from
  // clinic.yml and knowledge/ (null when this file is served some other way).
  var CONFIG = /*milia-config*/null;
  var CLINIC = {
    name: (CONFIG && CONFIG.clinicName) || "the clinic",
    phone: (CONFIG && CONFIG.clinicPhone) || "",
    tel: (CONFIG && CONFIG.clinicPhoneTel) || "",
    timezone: (CONFIG && CONFIG.timezone) || undefined,
    safetyTexts: (CONFIG && Array.isArray(CONFIG.safetyTexts)) ? CONFIG.safetyTexts : []
  };

  var MAX_LEN = 500;
  var COUNTER_FROM = 400;
  var REQUEST_TIMEOUT_MS = 20000;
  var PING_TIMEOUT_MS = 4000;
  var RETRY_MIN_MS = 1000;
  var RETRY_MAX_MS = 8000;
  var RECONNECTED_SHOW_MS = 6000;
  var MAX_HISTORY = 200;
  var DELETE_TIMEOUT_MS = 20000;
  var IDLE_WAIT_MS = 25000;
  var STORAGE_KEY = "milia-assistant:v1";
  var OFFLINE_STATUSES = [0, 502, 503, 504];

  /* ------------------------------------------------------------ helpers */

  function randomHex(bytes) {
    var buf = new Uint8Array(bytes);
    window.crypto.getRandomValues(buf);
    return Array.prototype.map.call(buf, function (b) {
      return (b < 16 ? "0" : "") + b.toString(16);
    }).join("");
  }

  function newSenderId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    return randomHex(16);
  }

  /** Create an element; attrs are set with setAttribute, children are nodes or text. */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === false || value === null || value === undefined) return;
      node.setAttribute(name, value === true ? "" : String(value));
    });
    [].concat(children === undefined ? [] : children).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function svgIcon(pathData) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "20");
    svg.setAttribute("height", "20");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", pathData);
    path.setAttribute("fill", "currentColor");
    svg.appendChild(path);
    return svg;
  }

  var ICON_CHAT = "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z";
  var ICON_CLOSE = "M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z";
  var ICON_SEND = "M3 20.5 21 12 3 3.5v6.6l12 1.9-12 1.9z";
  var ICON_MENU = "M4 6h16v2H4zm0 5h16v2H4zm0 5h16v2H4z";

  /* ------------------------------------------------------ link rendering */

  // [text](url) | **bold** | http(s)://... | /site-relative/path
  var TOKEN = new RegExp(
    "\\[([^\\]\\n]{1,300})\\]\\(([^)\\s]{1,2000})\\)" +
      "|\\*\\*([^*\\n]{1,500})\\*\\*" +
      "|(https?:\\/\\/[^\\s<>\"]+)" +
      "|(?<=^|[\\s(\"'])(\\/(?!\\/)[A-Za-z0-9_\\-.~%\\/]*[A-Za-z0-9_\\-~%\\/](?:[?#][^\\s<>\"]*[^\\s<>\".,;:!?)])?)",
    "g"
  );

  /** Return a safe href for a link target, or null if it must stay text. */
  function safeHref(raw) {
    if (/^\/(?!\/)/.test(raw)) return raw;
    try {
      var url = new URL(raw);
      if (["http:", "https:", "tel:", "mailto:"].indexOf(url.protocol) !== -1) return url.href;
    } catch (e) { /* not a URL */ }
    return null;
  }

  function makeLink(label, href) {
    var attrs = { href: href, class: "milia-link" };
    var newTab = !/^(tel|mailto):/.test(href);
    if (newTab) {
      attrs.target = "_blank";
      attrs.rel = "noopener noreferrer";
    }
    return el("a", attrs, [label, newTab ? el("span", { class: "milia-sr" }, " (opens in a new tab)") : null]);
  }

  /** Append text to parent, turning links and **bold** into DOM nodes. */
  function appendRichText(parent, text) {
    var last = 0;
    TOKEN.lastIndex = 0;
    var m;
    while ((m = TOKEN.exec(text)) !== null) {
      var whole = m[0];
      var node = null;
      if (m[1] !== undefined) {
        var href = safeHref(m[2]);
        node = href ? makeLink(m[1], href) : document.createTextNode(m[1]);
      } else if (m[3] !== undefined) {
        node = el("strong", {}, m[3]);
      } else if (m[4] !== undefined) {
        // Leave trailing punctuation (and an unbalanced ")") outside the link.
        var url = m[4];
        while (/[.,;:!?'"]$/.test(url) || (/\)$/.test(url) && url.split("(").length <= url.split(")").length - 1)) {
          url = url.slice(0, -1);
        }
        whole = url;
        TOKEN.lastIndex = m.index + url.length;
        var safe = safeHref(url);
        node = safe ? makeLink(url, safe) : document.createTextNode(url);
      } else {
        node = makeLink(m[5], m[5]);
      }
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      parent.appendChild(node);
      last = m.index + whole.length;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  /* ------------------------------------------------------------- storage */

  function freshState() {
    return { sender: newSenderId(), history: [], outbox: [] };
  }

  function loadState() {
    try {
      var data = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || "null");
      if (data && typeof data.sender === "string" && Array.isArray(data.history) && Array.isArray(data.outbox)) {
        return data;
      }
    } catch (e) { /* storage unavailable or corrupt */ }
    return freshState();
  }

  function saveState() {
    if (state.history.length > MAX_HISTORY) state.history = state.history.slice(-MAX_HISTORY);
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (e) { /* storage full or disabled: keep working in memory */ }
  }

  /* ---------------------------------------------------------- transport */

  function TransportError(message, offline) {
    this.message = message;
    this.offline = offline;
  }

  function fetchWithTimeout(url, options, timeoutMs) {
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, timeoutMs);
    options.signal = controller.signal;
    options.credentials = "omit";
    options.cache = "no-store";
    return fetch(url, options).then(
      function (res) { return { res: res, done: function () { clearTimeout(timer); } }; },
      function (err) { clearTimeout(timer); throw new TransportError(String(err), true); }
    );
  }

  function postMessage(sender, message) {
    return fetchWithTimeout(SERVER + "/webhooks/rest/webhook", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: sender, message: message })
    }, REQUEST_TIMEOUT_MS).then(function (r) {
      if (r.res.status === 429 || r.res.status === 413) {
        // The edge (nginx) answers too-fast or too-large messages with a polite reply of its own.
        return r.res.json().then(
          function (data) { r.done(); return Array.isArray(data) ? data : []; },
          function () { r.done(); throw new TransportError("HTTP " + r.res.status, false); }
        );
      }
      if (!r.res.ok) {
        r.done();
        throw new TransportError("HTTP " + r.res.status, OFFLINE_STATUSES.indexOf(r.res.status) !== -1);
      }
      return r.res.json().then(
        function (data) {
          r.done();
          if (!Array.isArray(data)) throw new TransportError("unexpected reply", false);
          return data;
        },
        function (err) {
          r.done();
          throw new TransportError(String(err), err && err.name === "AbortError");
        }
      );
    });
  }

  /** Delete this conversation on the server: resolves when the server says so, else rejects. */
  function deleteOnServer(sender) {
    return fetchWithTimeout(SERVER + "/webhooks/rest/delete", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: sender })
    }, DELETE_TIMEOUT_MS).then(function (r) {
      return r.res.json().then(
        function (data) {
          r.done();
          if (!r.res.ok || !data || data.status !== "deleted") {
            throw new TransportError("HTTP " + r.res.status, OFFLINE_STATUSES.indexOf(r.res.status) !== -1);
          }
        },
        function () { r.done(); throw new TransportError("HTTP " + r.res.status, false); }
      );
    });
  }

  function ping() {
    return fetchWithTimeout(SERVER + "/", { method: "GET" }, PING_TIMEOUT_MS).then(function (r) {
      r.done();
      if (!r.res.ok) throw new TransportError("HTTP " + r.res.status, true);
    });
  }

  /* ------------------------------------------------------------------ UI */

  var state = loadState();
  var sending = false;
  var offline = false;
  var deleting = false;
  var retryDelay = RETRY_MIN_MS;
  var pingTimer = null;
  var statusTimer = null;
  var statusKind = null;

  var ids = {
    title: "milia-title", note: "milia-note", input: "milia-input", counter: "milia-counter",
    menu: "milia-menu", confirmTitle: "milia-confirm-title", confirmText: "milia-confirm-text"
  };

  var launcher = el("button", {
    type: "button",
    class: "milia-launcher",
    "aria-label": "Ask about milia: open the chat",
    "aria-expanded": "false",
    "aria-controls": "milia-dialog"
  }, [svgIcon(ICON_CHAT), el("span", {}, "Ask about milia")]);

  var startOverBtn = el("button", {
    type: "button",
    class: "milia-header-btn",
    "aria-label": "Start over: clear this conversation and begin a new one"
  }, "Start over");

  var menuBtn = el("button", {
    type: "button",
    class: "milia-header-btn milia-menu-btn",
    "aria-expanded": "false",
    "aria-controls": ids.menu
  }, [svgIcon(ICON_MENU), el("span", { class: "milia-sr" }, "Menu")]);

  var closeBtn = el("button", {
    type: "button",
    class: "milia-header-btn milia-close",
    "aria-label": "Close chat"
  }, svgIcon(ICON_CLOSE));

  var saveBtn = el("button", { type: "button", class: "milia-menu-item" }, "Save a copy");
  var printBtn = el("button", { type: "button", class: "milia-menu-item" }, "Print");
  var deleteBtn = el("button", { type: "button", class: "milia-menu-item milia-menu-item--danger" },
    "Delete my conversation");
  var menu = el("div", { id: ids.menu, class: "milia-menu", role: "group", "aria-label": "Chat options", hidden: true }, [
    saveBtn, printBtn, deleteBtn
  ]);

  // Urgent help is always in view while the chat is open, one tap from a call.
  var urgent = el("p", { class: "milia-urgent" }, [
    "Urgent? ",
    el("a", { href: "tel:999", class: "milia-urgent-link" }, "Call 999"),
    " or go to A&E in an emergency. For help today, ",
    el("a", { href: "tel:111", class: "milia-urgent-link" }, "call NHS 111"),
    "."
  ]);

  // The live region is in the page from the start (empty until there is news), so what is put
  // in it later is announced.
  var status = el("div", { class: "milia-status is-empty", role: "status", "aria-live": "polite" });

  var confirmYes = el("button", { type: "button", class: "milia-btn milia-btn--danger" }, "Delete conversation");
  var confirmNo = el("button", { type: "button", class: "milia-btn" }, "Cancel");
  var confirmBox = el("div", {
    class: "milia-confirm",
    role: "alertdialog",
    "aria-modal": "false",
    "aria-labelledby": ids.confirmTitle,
    "aria-describedby": ids.confirmText,
    hidden: true
  }, [
    el("h3", { id: ids.confirmTitle, class: "milia-confirm-title" }, "Delete this conversation?"),
    el("p", { id: ids.confirmText, class: "milia-confirm-text" },
      "This removes it from this device and from the assistant, with any callback request not yet " +
      "sent to the clinic. A callback request the clinic has already received stays with them as " +
      "their record. This can't be undone."),
    el("div", { class: "milia-confirm-actions" }, [confirmYes, confirmNo])
  ]);

  var log = el("div", {
    class: "milia-log",
    role: "log",
    "aria-live": "polite",
    "aria-label": "Conversation",
    tabindex: "0"
  });

  var typing = el("div", { class: "milia-typing", hidden: true }, [
    el("span", { class: "milia-sr" }, "The assistant is typing"),
    el("span", { class: "milia-dot", "aria-hidden": "true" }),
    el("span", { class: "milia-dot", "aria-hidden": "true" }),
    el("span", { class: "milia-dot", "aria-hidden": "true" })
  ]);

  var scroller = el("div", { class: "milia-scroller" }, [log, typing]);

  var input = el("input", {
    id: ids.input,
    class: "milia-input",
    type: "text",
    maxlength: String(MAX_LEN),
    autocomplete: "off",
    enterkeyhint: "send",
    placeholder: "Type your question…",
    "aria-label": "Your message",
    "aria-describedby": ids.counter
  });

  var counter = el("div", { id: ids.counter, class: "milia-counter", hidden: true });

  var sendBtn = el("button", { type: "submit", class: "milia-send", "aria-label": "Send message" }, svgIcon(ICON_SEND));

  var form = el("form", { class: "milia-form", novalidate: true }, [
    el("div", { class: "milia-form-row" }, [input, sendBtn]),
    counter
  ]);

  // Shown on paper only: whose conversation this is and when it was printed.
  var printHeader = el("div", { class: "milia-print-header", "aria-hidden": "true" });

  var panel = el("section", {
    id: "milia-dialog",
    class: "milia-panel",
    role: "dialog",
    "aria-modal": "false",
    "aria-labelledby": ids.title,
    "aria-describedby": ids.note,
    hidden: true
  }, [
    el("header", { class: "milia-header" }, [
      el("div", { class: "milia-heading" }, [
        el("h2", { id: ids.title, class: "milia-title" }, "Milia assistant"),
        el("p", { id: ids.note, class: "milia-note" }, "Automated · general information, not a diagnosis")
      ]),
      el("div", { class: "milia-header-actions" }, [startOverBtn, menuBtn, closeBtn]),
      menu
    ]),
    printHeader,
    urgent,
    status,
    confirmBox,
    scroller,
    form
  ]);

  var root = el("div", { class: "milia-root", hidden: true }, [launcher, panel]);

  /* --------------------------------------------------------- rendering */

  function isOpen() { return !panel.hidden; }

  function scrollToEnd() { scroller.scrollTop = scroller.scrollHeight; }

  function lastUserIndex() {
    for (var i = state.history.length - 1; i >= 0; i--) {
      if (state.history[i].from === "user") return i;
    }
    return -1;
  }

  function renderQuickReplies(buttons) {
    var group = el("div", { class: "milia-quick-replies", role: "group", "aria-label": "Quick replies" });
    buttons.forEach(function (b) {
      var btn = el("button", { type: "button", class: "milia-quick" }, b.title);
      btn.addEventListener("click", function () {
        sendVisitorMessage(b.title, b.payload);
        input.focus();
      });
      group.appendChild(btn);
    });
    return group;
  }

  function renderEntry(entry, withButtons) {
    var bubble = el("div", { class: "milia-bubble" });
    if (entry.from === "bot") appendRichText(bubble, entry.text || "");
    else bubble.textContent = entry.text;
    var prefix = { user: "You said: ", bot: "Assistant said: ", system: "" }[entry.from] || "";
    var row = el("div", { class: "milia-msg milia-msg--" + entry.from, "data-id": entry.id }, [
      el("span", { class: "milia-sr" }, prefix),
      bubble
    ]);
    if (!entry.text) bubble.hidden = true;
    if (withButtons && entry.buttons && entry.buttons.length) row.appendChild(renderQuickReplies(entry.buttons));
    return row;
  }

  function renderAll() {
    log.textContent = "";
    var lastUser = lastUserIndex();
    state.history.forEach(function (entry, i) {
      log.appendChild(renderEntry(entry, i > lastUser));
    });
    markPending();
  }

  function addEntry(entry) {
    entry.id = randomHex(8);
    state.history.push(entry);
    saveState();
    log.appendChild(renderEntry(entry, true));
    scrollToEnd();
    return entry;
  }

  function clearQuickReplies() {
    Array.prototype.slice.call(log.querySelectorAll(".milia-quick-replies")).forEach(function (g) {
      g.parentNode.removeChild(g);
    });
  }

  /** Show "not sent yet" on visitor messages still waiting in the outbox. */
  function markPending() {
    var waiting = {};
    state.outbox.forEach(function (item) { if (item.entryId) waiting[item.entryId] = true; });
    Array.prototype.slice.call(log.querySelectorAll(".milia-msg--user")).forEach(function (row) {
      var pending = offline && !!waiting[row.getAttribute("data-id")];
      var note = row.querySelector(".milia-pending");
      row.classList.toggle("is-pending", pending);
      if (pending && !note) row.appendChild(el("span", { class: "milia-pending" }, "Not sent yet – will send when reconnected"));
      if (!pending && note) note.parentNode.removeChild(note);
    });
  }

  function setStatus(kind, text) {
    clearTimeout(statusTimer);
    statusKind = kind || null;
    status.className = "milia-status" + (kind ? " milia-status--" + kind : " is-empty");
    status.textContent = kind ? text || "" : "";
  }

  function setTyping(on) {
    typing.hidden = !on;
    log.setAttribute("aria-busy", on ? "true" : "false");
    if (on) scrollToEnd();
  }

  function updateCounter() {
    var len = input.value.length;
    counter.hidden = len < COUNTER_FROM;
    counter.classList.toggle("is-limit", len >= MAX_LEN);
    counter.textContent = len >= MAX_LEN
      ? len + " / " + MAX_LEN + " characters – limit reached"
      : len + " / " + MAX_LEN + " characters";
  }

  function clinicContact() {
    return CLINIC.phone ? CLINIC.name + " on " + CLINIC.phone : CLINIC.name;
  }

  /* -------------------------------------------------------- conversation */

  function enqueue(message, entryId) {
    state.outbox.push({ sender: state.sender, message: message, entryId: entryId || null });
    saveState();
    markPending();
    flush();
  }

  function sendVisitorMessage(shownText, payload) {
    var text = String(payload).trim();
    if (!text || deleting) return;
    clearQuickReplies();
    if (statusKind === "done" || statusKind === "error") setStatus(null);
    var entry = addEntry({ from: "user", text: String(shownText).trim().slice(0, MAX_LEN) });
    enqueue(text.slice(0, MAX_LEN), entry.id);
  }

  function showReplies(replies) {
    replies.forEach(function (r) {
      if (!r || typeof r !== "object") return;
      var text = typeof r.text === "string" ? r.text : "";
      var buttons = (Array.isArray(r.buttons) ? r.buttons : []).filter(function (b) {
        return b && typeof b.title === "string" && typeof b.payload === "string";
      }).slice(0, 12).map(function (b) { return { title: b.title, payload: b.payload }; });
      if (!text && !buttons.length) return; // images / custom payloads are not shown
      addEntry({ from: "bot", text: text, buttons: buttons });
    });
  }

  function flush() {
    if (sending || offline || deleting || !state.outbox.length) return;
    var item = state.outbox[0];
    sending = true;
    setTyping(true);
    postMessage(item.sender, item.message).then(
      function (replies) { finish(item, replies, null); },
      function (err) { finish(item, null, err); }
    );
  }

  function finish(item, replies, err) {
    sending = false;
    setTyping(false);
    if (state.outbox[0] !== item) { // "Start over" or a deletion happened meanwhile: drop this reply
      flush();
      return;
    }
    if (!err) {
      state.outbox.shift();
      saveState();
      markPending();
      if (item.sender === state.sender) showReplies(replies); // not the old conversation's /restart
      flush();
    } else if (err.offline) {
      goOffline();
    } else {
      state.outbox.shift();
      saveState();
      addEntry({ from: "system", text: "Sorry, the assistant couldn't answer that just now. Please try again." });
      flush();
    }
  }

  function goOffline() {
    if (!offline) {
      offline = true;
      retryDelay = RETRY_MIN_MS;
    }
    setStatus("offline", "We can't reach the assistant right now. Your message is kept and will be sent " +
      "automatically when the connection is back.");
    markPending();
    schedulePing();
  }

  function schedulePing() {
    clearTimeout(pingTimer);
    var wait = retryDelay + Math.floor(Math.random() * 250);
    retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
    pingTimer = setTimeout(checkConnection, wait);
  }

  function checkConnection() {
    clearTimeout(pingTimer);
    if (!offline) return;
    ping().then(function () {
      if (!offline) return;
      offline = false;
      setStatus("online", "Reconnected.");
      statusTimer = setTimeout(function () { setStatus(null); }, RECONNECTED_SHOW_MS);
      markPending();
      flush();
    }, schedulePing);
  }

  function startOver() {
    if (deleting) return;
    closeMenu(false);
    hideConfirm(false);
    var oldSender = state.sender;
    var wasOffline = offline;
    state = freshState();
    // Reset the old conversation on the server, then greet in the new one.
    state.outbox.push({ sender: oldSender, message: "/restart", entryId: null });
    saveState();
    renderAll();
    if (!wasOffline) setStatus(null);
    enqueue("/greet", null);
    input.value = "";
    updateCounter();
    input.focus();
  }

  /* ------------------------------------------------------------- the menu */

  function menuOpen() { return !menu.hidden; }

  function openMenu() {
    hideConfirm(false);
    menu.hidden = false;
    menuBtn.setAttribute("aria-expanded", "true");
    saveBtn.focus();
  }

  function closeMenu(returnFocus) {
    if (!menuOpen()) return;
    menu.hidden = true;
    menuBtn.setAttribute("aria-expanded", "false");
    if (returnFocus) menuBtn.focus();
  }

  /* ------------------------------------------------- delete my conversation */

  function showConfirm() {
    closeMenu(false);
    confirmBox.hidden = false;
    confirmYes.disabled = false;
    confirmNo.focus(); // the safe choice first
  }

  function hideConfirm(returnFocus) {
    if (confirmBox.hidden) return;
    confirmBox.hidden = true;
    if (returnFocus) menuBtn.focus();
  }

  /** Resolves once no message is on its way (so none can reach the server after the deletion). */
  function whenIdle() {
    var waited = 0;
    return new Promise(function (resolve) {
      (function check() {
        if (!sending || waited >= IDLE_WAIT_MS) return resolve();
        waited += 100;
        setTimeout(check, 100);
      })();
    });
  }

  function deleteConversation() {
    if (deleting) return;
    deleting = true;
    confirmYes.disabled = true;
    var sender = state.sender;
    // Nothing more is sent for this conversation; what was waiting goes with it (and comes back
    // if the deletion fails, except a message already on its way).
    var inFlight = sending ? state.outbox[0] : null;
    var waiting = state.outbox.filter(function (item) { return item !== inFlight; });
    state.outbox = [];
    saveState();
    markPending();
    setStatus("busy", "Deleting your conversation…");
    whenIdle().then(function () { return deleteOnServer(sender); }).then(function () {
      deleting = false;
      state = freshState();
      saveState();
      renderAll();
      hideConfirm(false);
      setStatus("done", "Your conversation has been deleted from this device and from the assistant, with any " +
        "callback request not yet sent to the clinic. A callback request the clinic had already received stays " +
        "with them as their record: to change or cancel it, call " + clinicContact() + ".");
      input.focus();
    }, function () {
      deleting = false;
      state.outbox = waiting.concat(state.outbox);
      saveState();
      markPending();
      confirmYes.disabled = false;
      setStatus("error", "Sorry, your conversation couldn't be deleted just now, so nothing has been removed. " +
        "Please try again in a minute" + (CLINIC.phone ? ", or call " + clinicContact() : "") + ".");
      confirmYes.focus();
      flush();
    });
  }

  /* ---------------------------------------------------- keeping a copy */

  function absoluteUrl(url) {
    try { return new URL(url, window.location.href).href; } catch (e) { return url; }
  }

  /** Bot text as plain text: [label](url) becomes "label (url)", **bold** plain. */
  function plainText(text) {
    return String(text || "")
      .replace(/\[([^\]\n]{1,300})\]\(([^)\s]{1,2000})\)/g, function (_, label, url) {
        return label + " (" + absoluteUrl(url) + ")";
      })
      .replace(/\*\*([^*\n]{1,500})\*\*/g, "$1");
  }

  function formatNow() {
    var options = { weekday: "long", day: "numeric", month: "long", year: "numeric",
                    hour: "2-digit", minute: "2-digit", timeZoneName: "short" };
    try {
      return new Date().toLocaleString("en-GB", CLINIC.timezone ? Object.assign({ timeZone: CLINIC.timezone }, options) : options);
    } catch (e) {
      return new Date().toLocaleString("en-GB", options);
    }
  }

  /** The safety texts the assistant sent in this conversation, in the order first given. */
  function safetyAdviceGiven() {
    var found = [];
    state.history.forEach(function (entry) {
      if (entry.from !== "bot" || !entry.text) return;
      var text = entry.text.replace(/\s+/g, " ");
      CLINIC.safetyTexts.forEach(function (advice) {
        if (text.indexOf(advice) !== -1 && found.indexOf(advice) === -1) found.push(advice);
      });
    });
    return found;
  }

  function urgentHelpText() {
    return "In an emergency, call 999 or go to A&E. If you need help today, call NHS 111 or go to 111.nhs.uk.";
  }

  /** The conversation as a plain-text document (built here; nothing is sent anywhere). */
  function transcriptText() {
    var lines = [
      "Your chat with the " + CLINIC.name + " milia assistant",
      "Saved " + formatNow(),
      "",
      CLINIC.name + (CLINIC.phone ? ": " + CLINIC.phone : ""),
      "The assistant is automated. It gives general information about milia, not a diagnosis.",
      "",
      "URGENT HELP",
      urgentHelpText(),
      "",
      "SAFETY ADVICE YOU WERE GIVEN"
    ];
    var advice = safetyAdviceGiven();
    if (advice.length) advice.forEach(function (a) { lines.push("- " + a); });
    else lines.push("None in this conversation.");
    lines.push("", "THE CONVERSATION");
    state.history.forEach(function (entry) {
      if (!entry.text) return;
      var who = { user: "You", bot: "Assistant", system: "Note" }[entry.from] || "Note";
      lines.push("", who + ": " + (entry.from === "bot" ? plainText(entry.text) : entry.text));
    });
    if (!state.history.length) lines.push("", "(no messages yet)");
    return lines.join("\n") + "\n";
  }

  function fileName() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return "milia-chat-" + d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) + ".txt";
  }

  function saveCopy() {
    closeMenu(false);
    var blob = new Blob([transcriptText()], { type: "text/plain;charset=utf-8" });
    var url = URL.createObjectURL(blob);
    var link = el("a", { href: url, download: fileName(), hidden: true });
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    setStatus("done", "A copy of this conversation was saved to your downloads as " + fileName() + ".");
    menuBtn.focus();
  }

  function fillPrintHeader() {
    printHeader.textContent = "";
    printHeader.appendChild(el("p", { class: "milia-print-title" },
      "Your chat with the " + CLINIC.name + " milia assistant"));
    printHeader.appendChild(el("p", {}, "Printed " + formatNow()));
    printHeader.appendChild(el("p", {}, CLINIC.name + (CLINIC.phone ? ": " + CLINIC.phone : "") +
      ". Automated general information about milia, not a diagnosis."));
  }

  function printCopy() {
    closeMenu(false);
    fillPrintHeader();
    window.print();
    menuBtn.focus();
  }

  /* ------------------------------------------------------ open and close */

  function openPanel() {
    if (isOpen()) return;
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute("aria-expanded", "true");
    document.documentElement.classList.add("milia-is-open");
    if (!state.history.length && !state.outbox.length) enqueue("/greet", null);
    else flush();
    scrollToEnd();
    input.focus();
  }

  function closePanel() {
    if (!isOpen()) return;
    closeMenu(false);
    hideConfirm(false);
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute("aria-expanded", "false");
    document.documentElement.classList.remove("milia-is-open");
    launcher.focus();
  }

  launcher.addEventListener("click", openPanel);
  closeBtn.addEventListener("click", closePanel);
  startOverBtn.addEventListener("click", startOver);
  menuBtn.addEventListener("click", function () {
    if (menuOpen()) closeMenu(true);
    else openMenu();
  });
  saveBtn.addEventListener("click", saveCopy);
  printBtn.addEventListener("click", printCopy);
  deleteBtn.addEventListener("click", showConfirm);
  confirmYes.addEventListener("click", deleteConversation);
  confirmNo.addEventListener("click", function () { hideConfirm(true); });
  panel.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    e.preventDefault();
    if (menuOpen()) closeMenu(true);
    else if (!confirmBox.hidden && !deleting) hideConfirm(true);
    else closePanel();
  });
  // The menu closes when focus or a click goes elsewhere.
  panel.addEventListener("focusin", function (e) {
    if (menuOpen() && !menu.contains(e.target) && e.target !== menuBtn) closeMenu(false);
  });
  document.addEventListener("click", function (e) {
    if (menuOpen() && !menu.contains(e.target) && !menuBtn.contains(e.target)) closeMenu(false);
  });
  window.addEventListener("beforeprint", fillPrintHeader);
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text || deleting) {
      input.focus();
      return;
    }
    sendVisitorMessage(text, text);
    input.value = "";
    updateCounter();
    input.focus();
  });
  input.addEventListener("input", updateCounter);
  window.addEventListener("online", function () { if (offline) checkConnection(); });

  /* ----------------------------------------------------------------- boot */

  function mount() {
    var css = el("link", { rel: "stylesheet", href: new URL("widget.css", ASSET_BASE).href });
    css.addEventListener("load", function () { root.hidden = false; });
    css.addEventListener("error", function () { root.hidden = false; });
    document.head.appendChild(css);
    document.body.appendChild(root);
    renderAll();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
  else mount();
})();
