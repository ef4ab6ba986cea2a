"""What the web API sends: replies as JSON, a project's panel, the deadline timeline as SVG,
and an article with its document's title and status."""
from __future__ import annotations

import base64
from datetime import date
from xml.sax.saxutils import escape

from handlers.buttons import decode
from handlers.projects import status_card, title_of
from handlers.replies import Reply
from handlers.texts import t


def reply_json(reply: Reply, document_url: str | None = None) -> dict:
    out: dict = {"text": reply.text}
    if reply.buttons:
        # "once": pressing it answers the question asked, so the page takes the buttons away
        out["buttons"] = [[{"label": b.label, "data": b.data, "once": decode(b.data).answers_question} for b in row]
                          for row in reply.buttons]
    if reply.citations:
        out["citations"] = [{"doc": c["doc"], "article": c["article"], "quote": c["quote"]} for c in reply.citations]
    if reply.document is not None:
        out["document"] = {"name": reply.document.filename, "url": document_url or ""}
    return out


def stored_reply(reply: Reply) -> dict:
    """The reply as kept in the history: with the document's bytes, served again on request."""
    body = reply_json(reply)
    if reply.document is not None:
        body["document"] = {"name": reply.document.filename, "mime": reply.document.mime,
                            "content": base64.b64encode(reply.document.content).decode()}
    return body


def public(body: dict, message_id: int) -> dict:
    """A stored message as the page gets it: a document becomes its download URL."""
    doc = body.get("document")
    if doc and "content" in doc:
        body = {**body, "document": {"name": doc["name"], "url": f"/api/documents/{message_id}"}}
    return body


def article_json(kb, doc: str, label: str, lang: str) -> dict | None:
    art = kb.article(doc, label)
    j = kb.jurisdictions.get(doc)
    if art is None or j is None:
        return None
    status = j.document.status()
    return {"doc": doc, "article": art.label, "title": j.document.title if lang == "zh" else j.document.title_en,
            "status": status["status"], "status_text": status[lang], "name": j.document.name[lang],
            "chapter": art.chapter, "caption": art.caption, "text": art.text}


def filing_state(f: dict, today: date) -> str:
    if f["status"] == "done":
        return "done"
    return "overdue" if f["due"] < today.isoformat() else "due"


def project_json(kb, store, owner: int, project: dict, today: date, lang: str) -> dict:
    filings = store.list_filings(owner, project["id"])
    card = status_card(kb, store, owner, project, today, lang)
    j = kb.jurisdictions.get(project["jurisdiction"])
    return {
        "id": project["id"], "name": project["name"], "jurisdiction": project["jurisdiction"],
        "jurisdiction_name": j.document.name[lang] if j else project["jurisdiction"],
        "amount": project["amount"], "stage": project["stage"],
        "card": reply_json(card),
        "filings": [{"id": f["id"], "due": f["due"], "title": title_of(f, lang), "state": filing_state(f, today),
                     "provisional": bool((f.get("info") or {}).get("provisional"))} for f in filings],
        "timeline_url": f"/api/projects/{project['id']}/timeline.svg",
        "ics_url": f"/api/projects/{project['id']}/calendar.ics",
    }


COLORS = {"done": "#2e7d32", "due": "#1565c0", "overdue": "#c62828"}


def timeline_svg(items: list[dict], today: date, lang: str, width: int = 360) -> str:
    """The deadlines top to bottom on a line: a filled dot is done (green), due (blue) or overdue
    (red); a hollow dashed dot is provisional; a rule marks today."""
    row, top = 30, 34
    legend = [("done", t("web_done", lang)), ("due", t("web_due", lang)), ("overdue", t("web_overdue", lang))]
    if not items:
        return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} 40" role="img">'
                f'<text x="8" y="24" font-size="13">{escape(t("web_no_deadlines", lang))}</text></svg>')
    items = sorted(items, key=lambda f: (f["due"], f["title"]))
    height = top + row * len(items) + 10
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
           f'role="img" aria-label="{escape(t("web_timeline", lang))}" font-family="sans-serif">']
    x = 8
    for key, label in legend:
        out.append(f'<circle cx="{x + 5}" cy="12" r="5" fill="{COLORS[key]}"/>'
                   f'<text x="{x + 14}" y="16" font-size="11">{escape(label)}</text>')
        x += 24 + 12 * len(label) if lang == "zh" else 24 + 7 * len(label)
    out.append(f'<circle cx="{x + 5}" cy="12" r="5" fill="none" stroke="#555" stroke-dasharray="2 2"/>'
               f'<text x="{x + 14}" y="16" font-size="11">{escape(t("web_provisional", lang))}</text>')
    out.append(f'<line x1="20" y1="{top - 6}" x2="20" y2="{height - 8}" stroke="#999" stroke-width="2"/>')
    today_drawn = False
    for i, f in enumerate(items):
        y = top + i * row + row / 2
        if not today_drawn and f["due"] >= today.isoformat():
            ty = y - row / 2
            out.append(f'<line x1="8" y1="{ty}" x2="{width - 8}" y2="{ty}" stroke="#f9a825" stroke-width="1.5" '
                       f'stroke-dasharray="4 3"/><text x="{width - 10}" y="{ty - 2}" font-size="10" text-anchor="end" '
                       f'fill="#8d6e00">{escape(t("web_today", lang))} {today.isoformat()}</text>')
            today_drawn = True
        color = COLORS[f["state"]]
        if f.get("provisional") and f["state"] != "done":
            dot = f'<circle cx="20" cy="{y}" r="7" fill="#fff" stroke="{color}" stroke-width="2" stroke-dasharray="3 2"/>'
        else:
            dot = f'<circle cx="20" cy="{y}" r="7" fill="{color}"/>'
        title = f["title"] if len(f["title"]) <= 20 else f["title"][:19] + "…"
        mark = "✓ " if f["state"] == "done" else ("! " if f["state"] == "overdue" else "")
        out.append(f'<g><title>{escape(f["due"] + " " + f["title"])}</title>{dot}'
                   f'<text x="36" y="{y + 4}" font-size="12" fill="{color}">{escape(f["due"])}</text>'
                   f'<text x="116" y="{y + 4}" font-size="12" fill="#222">{escape(mark + title)}</text></g>')
    if not today_drawn:
        ty = top + len(items) * row
        out.append(f'<line x1="8" y1="{ty}" x2="{width - 8}" y2="{ty}" stroke="#f9a825" stroke-width="1.5" '
                   f'stroke-dasharray="4 3"/>')
    out.append("</svg>")
    return "".join(out)
