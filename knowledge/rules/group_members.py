"""Whether a body sits on a group the text forms (钟楼的评审小组里有没有公安局): the sentence that forms the group answers, yes
when its list names the body, no when a closed list does not, and silence when an open list (…等组成) does not."""
from __future__ import annotations

import re

from ..i18n import t
from ..reader.group_members import listed_members, member_asked, names_member
from ..reader.question import Question
from .details import standing_in
from .finding import Finding
from .model import Citation


def with_group_member(kb, findings: list[Finding], text: str, q: Question, jids: list[str]) -> list[Finding]:
    """Each place whose text forms the group the question names answers whether the body is on it (see the module's
    note), first, in place of its other yes/no findings."""
    asked = member_asked(text) if q.form == "yesno" and not q.negated else None
    if asked is None:
        return findings
    body, group = asked
    out = list(findings)
    for jid in jids:
        # (the clause that forms it, of a long sentence: 区大数据中心应在…会同…等组成验收组进行竣工验收)
        found = next(((a.label, s.strip(" ，,"), listed) for a in kb.articles.get(jid, {}).values()
                      for s in re.split(r"(?<=[。；;，,])(?=[^，,。；;]*(?:会同|由)[^。；;]*组成)", a.text)
                      if (listed := listed_members(s, group))), None)
        if found is None:
            continue
        article, sentence, (members, closed) = found
        stop = re.search(r"[。；;\n]", sentence[sentence.index("组成"):])   # (the sentence that forms it, not the article's rest)
        sentence = sentence[:sentence.index("组成") + stop.end()] if stop else sentence
        named = names_member(members, body)
        verdict = "yes" if named else "no" if closed else "not_specified"
        key = "ans.member_named" if named else "ans.member_unnamed" if closed else "ans.member_open"
        settled = Finding(jid, "listed", verdict, t(key, q.lang, article=article, quote=sentence, body=body, group=group),
                          [Citation(jid, article, sentence)], believed=True)   # (is it on the group: 是/否, not 需要)
        out = standing_in(out, settled, ("yes", "no", "conditional", "not_specified"))
    return out
