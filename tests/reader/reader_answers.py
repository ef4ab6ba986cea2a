"""What a question gets from the whole pipeline, for the reader tests: the verdicts and articles of one jurisdiction."""
from knowledge.base import get_kb


def verdicts(question: str, jid: str) -> set[str]:
    return {f["verdict"] for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid}


def articles(question: str, jid: str) -> set[str]:
    return {c["article"] for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid for c in f["citations"]}


def topic_verdicts(question: str, jid: str) -> dict[str, str]:
    """Each topic's verdict for one jurisdiction (the last finding of a topic, as the answer lists them)."""
    return {f["topic"]: f["verdict"] for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid}


def first_verdict(question: str, jid: str) -> str:
    """The verdict of the jurisdiction's first finding: the one that answers."""
    return next(f["verdict"] for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid)


def first_finding(question: str, jid: str) -> dict:
    """The jurisdiction's first finding, whole (topic, verdict, label, citations): the one that answers."""
    return next(f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid)


def summaries(question: str, jid: str) -> str:
    """The summaries of one jurisdiction's findings, joined: what the answer says of it."""
    return " ".join(f["summary"] for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid)
