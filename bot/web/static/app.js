// The web chat's page: plain DOM, every string from the server's catalogue, text set with
// textContent only (nothing a user or a regulation wrote is ever parsed as HTML).
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const state = { csrf: "", user: null, texts: {}, opener: null, busy: false };

  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") e.textContent = v;
      else if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children || []) if (c) e.appendChild(c);
    return e;
  }
  const T = (key, vars) => {
    let s = state.texts[key] || key;
    for (const [k, v] of Object.entries(vars || {})) s = s.replace("{" + k + "}", v);
    return s;
  };

  async function api(path, opts) {
    opts = opts || {};
    const headers = { "Accept": "application/json" };
    if (opts.body !== undefined) { headers["Content-Type"] = "application/json"; headers["X-CSRF-Token"] = state.csrf; }
    else if (opts.method === "POST") headers["X-CSRF-Token"] = state.csrf;
    const res = await fetch(path, { method: opts.method || (opts.body !== undefined ? "POST" : "GET"), headers,
      body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined, credentials: "same-origin" });
    if (res.status === 401) { signedOut(); throw new Error("401"); }
    if (res.status === 429) { toast(T("web_slow_down", { n: res.headers.get("Retry-After") || "?" })); throw new Error("429"); }
    if (res.status === 413) { toast(T("web_too_big")); throw new Error("413"); }
    const data = await res.json().catch(() => ({}));
    if (!res.ok) { const e = new Error(String(res.status)); e.data = data; throw e; }
    return data;
  }

  function toast(text) {
    const t = $("toast");
    t.textContent = text; t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { t.hidden = true; }, 4000);
  }
  function signedOut() {
    if (state.events) state.events.close();
    const s = $("signedout");
    s.textContent = T("web_signed_out");
    s.hidden = false;
  }

  // -- the chrome's words ----------------------------------------------------------------------
  function applyTexts() {
    document.documentElement.lang = state.user && state.user.language === "en" ? "en" : "zh-CN";
    document.title = T("web_title");
    for (const e of document.querySelectorAll("[data-t]")) e.textContent = T(e.dataset.t);
    for (const e of document.querySelectorAll("[data-t-placeholder]")) e.placeholder = T(e.dataset.tPlaceholder);
  }

  // -- replies ---------------------------------------------------------------------------------
  function citeButton(c, label) {
    return el("button", { type: "button", class: "cite", text: label || c.article,
      onclick: (ev) => openArticle(c, ev.currentTarget) });
  }

  function textWithCitations(text, cites) {
    // the article labels the reply cites become links inside its text
    const p = el("p", { class: "text" });
    const labels = [...new Set((cites || []).map((c) => c.article))].sort((a, b) => b.length - a.length);
    if (!labels.length) { p.textContent = text; return p; }
    let rest = text;
    while (rest.length) {
      let best = -1, label = null;
      for (const l of labels) { const i = rest.indexOf(l); if (i >= 0 && (best < 0 || i < best)) { best = i; label = l; } }
      if (best < 0) { p.appendChild(document.createTextNode(rest)); break; }
      p.appendChild(document.createTextNode(rest.slice(0, best)));
      const c = cites.find((x) => x.article === label);
      p.appendChild(citeButton(c, label));
      rest = rest.slice(best + label.length);
    }
    return p;
  }

  function replyNode(r, kind) {
    const box = el("div", { class: "msg bot" + (kind === "reminder" ? " reminder" : "") },
      [el("div", { class: "who", text: kind === "reminder" ? T("web_new_reminder") : T("web_bot") }),
       textWithCitations(r.text || "", r.citations)]);
    if (r.citations && r.citations.length) {
      const cites = el("div", { class: "cites" }, [el("span", { text: T("web_sources") + ":" })]);
      const seen = new Set();
      for (const c of r.citations) {
        const key = c.doc + "/" + c.article;
        if (seen.has(key)) continue;
        seen.add(key);
        cites.appendChild(citeButton(c, (c.name || c.doc) + " " + c.article));
      }
      box.appendChild(cites);
    }
    if (r.buttons && r.buttons.length) box.appendChild(buttonsNode(r.buttons));
    if (r.document && r.document.url) {
      box.appendChild(el("div", { class: "doc" }, [el("a", { href: r.document.url, download: r.document.name,
        text: "⬇ " + T("web_download") + " " + r.document.name })]));
    }
    return box;
  }

  function buttonsNode(rows) {
    const wrap = el("div", { class: "buttons" });
    for (const row of rows) {
      const line = el("div", { class: "row" });
      for (const b of row) {
        line.appendChild(el("button", { type: "button", text: b.label, onclick: async (ev) => {
          if (b.once) for (const x of wrap.querySelectorAll("button")) x.disabled = true;
          await send({ callback: b.data, label: b.label });
          if (!b.once) ev.currentTarget && ev.currentTarget.focus && ev.currentTarget.focus();
        } }));
      }
      wrap.appendChild(line);
    }
    return wrap;
  }

  function mine(text) {
    return el("div", { class: "msg me" }, [el("div", { class: "who", text: T("web_you") }), el("p", { class: "text", text })]);
  }

  function add(node) {
    const chat = $("chat");
    chat.appendChild(node);
    chat.scrollTop = chat.scrollHeight;
  }

  async function send(body) {
    if (state.busy) return;
    state.busy = true;
    if (!body.quiet) add(mine(body.text !== undefined ? body.text : body.label || ""));
    delete body.quiet;
    try {
      const data = await api("/api/messages", { body });
      for (const r of data.replies) add(replyNode(r));
    } catch (e) {
      if (!["401", "429", "413"].includes(e.message)) toast(T("web_error"));
    } finally { state.busy = false; }
  }

  // -- panels ------------------------------------------------------------------------------------
  function openPanel(title, nodes, opener) {
    state.opener = opener || document.activeElement;
    $("panel-title").textContent = title;
    const body = $("panel-body");
    body.replaceChildren(...nodes);
    $("panel").hidden = false;
    $("panel-title").focus();
  }
  function closePanel() {
    $("panel").hidden = true;
    if (state.opener && state.opener.focus) state.opener.focus();
  }

  function highlight(text, quote) {
    const out = el("div", { class: "article-text" });
    const norm = (s) => s.replace(/\s+/g, "");
    if (quote) {
      // find the quote ignoring whitespace (citations quote the text whitespace-normalised)
      const map = []; let flat = "";
      for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i])) { map.push(i); flat += text[i]; }
      const at = flat.indexOf(norm(quote));
      if (at >= 0) {
        const start = map[at], end = map[at + norm(quote).length - 1] + 1;
        out.append(document.createTextNode(text.slice(0, start)), el("mark", { text: text.slice(start, end) }),
          document.createTextNode(text.slice(end)));
        return out;
      }
    }
    out.textContent = text;
    return out;
  }

  async function openArticle(c, opener) {
    try {
      const a = await api("/api/articles/" + encodeURIComponent(c.doc) + "/" + encodeURIComponent(c.article));
      const meta = el("p", { class: "article-meta" }, [
        el("span", { text: "《" + a.title + "》" }),
        el("span", { class: "status " + a.status, text: T("web_status_" + a.status) })]);
      const nodes = [meta];
      if (a.status_text) nodes.push(el("p", { class: "article-meta", text: a.status_text }));
      if (a.chapter) nodes.push(el("p", { class: "article-meta", text: a.chapter }));
      nodes.push(highlight(a.text, c.quote));
      openPanel(a.article, nodes, opener);
      const m = $("panel-body").querySelector("mark");
      if (m && m.scrollIntoView) m.scrollIntoView({ block: "center" });
    } catch (e) { if (e.message !== "401") toast(T("web_error")); }
  }

  async function openProjects(opener) {
    const data = await api("/api/projects");
    const list = el("ul", { class: "list" });
    for (const p of data.projects) {
      list.appendChild(el("li", {}, [el("button", { type: "button", onclick: (ev) => openProject(p.id, ev.currentTarget) },
        [el("span", { text: p.name }), el("span", { class: "sub", text: p.jurisdiction_name })])]));
    }
    const nodes = data.projects.length ? [list] : [el("p", { text: T("web_no_projects") })];
    nodes.push(el("div", { class: "panel-actions" }, [el("button", { type: "button", text: T("web_declare"),
      onclick: () => { closePanel(); send({ text: "/new" }); } })]));
    openPanel(T("web_projects"), nodes, opener);
  }

  async function openProject(id, opener) {
    const p = await api("/api/projects/" + id);
    const img = el("img", { class: "timeline", src: p.timeline_url + "?t=" + Date.now(), alt: T("web_timeline") });
    const nodes = [
      el("h3", { text: T("web_timeline") }), img,
      el("div", { class: "panel-actions" }, [el("a", { href: p.ics_url, download: "", id: "ics-link", text: "⬇ " + T("web_ics") })]),
      el("h3", { text: T("web_status") }),
      el("div", { class: "card", text: p.card.text }),
    ];
    if (p.card.buttons) nodes.push(buttonsNode(p.card.buttons));
    openPanel(p.name, nodes, opener);
  }

  function inboxItem(item) {
    const node = el("div", { class: "inbox-item" + (item.read ? "" : " unread") }, [
      el("div", { class: "at", text: (item.at || "").replace("T", " ").slice(0, 16) }),
      textWithCitations(item.text || "", item.citations)]);
    if (item.buttons) node.appendChild(buttonsNode(item.buttons));
    return node;
  }

  async function openInbox(opener) {
    const data = await api("/api/inbox");
    const nodes = data.items.length ? [el("div", { class: "list" }, data.items.map(inboxItem))]
      : [el("p", { text: T("web_inbox_empty") })];
    openPanel(T("web_inbox"), nodes, opener);
    if (data.unread) { await api("/api/inbox/read", { method: "POST", body: {} }); setUnread(0); }
  }

  function setUnread(n) {
    const b = $("unread");
    b.textContent = String(n);
    b.hidden = !n;
    b.setAttribute("aria-label", T("web_unread", { n }));
  }

  async function openSettings(opener) {
    const input = el("input", { id: "email", type: "email", value: state.user.email || "", autocomplete: "email" });
    const msg = el("p", { role: "status" });
    const form = el("form", { onsubmit: async (ev) => {
      ev.preventDefault();
      try { const r = await api("/api/settings", { body: { email: input.value } }); msg.textContent = r.message; state.user.email = input.value; }
      catch (e) { msg.textContent = (e.data && e.data.message) || T("web_error"); }
    } }, [el("div", { class: "field" }, [el("label", { for: "email", text: T("web_email") }), input]),
      el("div", { class: "panel-actions" }, [el("button", { type: "submit", text: T("web_save") }),
        el("button", { type: "button", text: "/settings", onclick: () => { closePanel(); send({ text: "/settings" }); } })]), msg]);
    openPanel(T("web_settings"), [form], opener);
  }

  async function openOverview(opener) {
    const data = await api("/api/overview");
    const list = el("ul", { class: "list" }, data.items.map((f) => el("li", { class: "inbox-item" },
      [el("span", { text: f.due + " · " + f.project + " · " + f.title + " · " + T("web_" + f.state) })])));
    openPanel(T("web_overview"), data.items.length ? [list] : [el("p", { text: T("web_no_deadlines") })], opener);
  }

  // -- live reminders ------------------------------------------------------------------------------
  function listen() {
    const es = new EventSource("/api/events");
    state.events = es;
    es.onmessage = (ev) => {
      let data; try { data = JSON.parse(ev.data); } catch (e) { return; }
      if (data.type === "reminder") {
        setUnread(data.unread);
        toast("🔔 " + T("web_new_reminder"));
        add(replyNode(data, "reminder"));
      }
    };
  }

  // -- start ------------------------------------------------------------------------------------------
  async function loadTexts() { state.texts = await api("/api/texts"); applyTexts(); }

  async function start() {
    let s;
    try { s = await api("/api/session"); } catch (e) { return; }
    state.csrf = s.csrf; state.user = s.user;
    await loadTexts();
    $("btn-overview").hidden = !s.user.admin;
    const hist = await api("/api/history");
    for (const m of hist.messages) {
      if (m.role === "in" && m.text === "/start") continue;   // the page's own greeting request
      if (m.role === "in") add(mine(m.text !== undefined ? m.text : m.label || ""));
      else add(replyNode(m));
    }
    const inbox = await api("/api/inbox");
    setUnread(inbox.unread);
    if (!hist.messages.length) send({ text: "/start", quiet: true });  // greet, without a message the user never typed
    listen();
  }

  document.addEventListener("DOMContentLoaded", () => {
    const input = $("input");
    $("composer").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      input.value = "";
      send({ text });
    });
    input.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); $("composer").requestSubmit(); }
    });
    $("btn-projects").addEventListener("click", (ev) => openProjects(ev.currentTarget));
    $("btn-inbox").addEventListener("click", (ev) => openInbox(ev.currentTarget));
    $("btn-settings").addEventListener("click", (ev) => openSettings(ev.currentTarget));
    $("btn-overview").addEventListener("click", (ev) => openOverview(ev.currentTarget));
    $("btn-lang").addEventListener("click", async () => {
      const lang = state.user.language === "en" ? "zh" : "en";
      await api("/api/settings", { body: { language: lang } });
      state.user.language = lang;
      await loadTexts();
    });
    $("btn-logout").addEventListener("click", async () => {
      try { await api("/api/logout", { method: "POST", body: {} }); } catch (e) { /* signed out anyway */ }
      signedOut();
    });
    $("panel-close").addEventListener("click", closePanel);
    document.addEventListener("keydown", (ev) => { if (ev.key === "Escape" && !$("panel").hidden) closePanel(); });
    start();
  });
})();
