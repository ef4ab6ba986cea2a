"""The typed conversation state: what the store holds round-trips, and a dict stored before the
state was typed (version 0, no ``version`` key) still loads."""
from handlers.conversation import VERSION, Conversation, DeclareState, EventDateState, RenameState


def test_a_version_0_dict_loads_with_its_interview():
    old = {"flow": {"flow": "declare", "answers": {"name": "智慧城管"}, "skipped": ["funding"], "history": ["name"],
                    "editing": None, "from_menu": None, "pending": {"text": "要监理吗", "event": None, "date": None}},
           "current": 3, "last_question": "需要监理吗？", "lang_fixed": True}
    conv = Conversation.from_dict(old)
    assert isinstance(conv.flow, DeclareState) and conv.flow.answers == {"name": "智慧城管"}
    assert conv.flow.skipped == ["funding"] and conv.flow.pending["text"] == "要监理吗"
    assert (conv.current, conv.last_question, conv.lang_fixed) == (3, "需要监理吗？", True)
    assert conv.to_dict()["version"] == VERSION


def test_each_flow_round_trips():
    for state in (DeclareState({"amount": 800_000}, [], ["amount"], "amount", True, None, {"contract_signed": "2026-03-02"}),
                  EventDateState(7, "contract_signed"), RenameState(7), None):
        conv = Conversation(current=7, flow=state, last_question=None)
        assert Conversation.from_dict(conv.to_dict()) == conv


def test_an_empty_or_unknown_state_loads_as_no_flow():
    assert Conversation.from_dict(None) == Conversation()
    assert Conversation.from_dict({"flow": {"flow": "from_a_newer_version"}}).flow is None
    assert Conversation.from_dict({"flow": {"flow": "rename"}}).flow is None  # a flow without its project
