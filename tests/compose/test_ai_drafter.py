"""The AI drafter against a real HTTP server on 127.0.0.1 (tests/support/loopback_llm.py)."""

from __future__ import annotations

import json
import socket

import pytest

from outliner.compose.ai.drafter import (
    AiDraftError,
    AiSettings,
    ai_draft_paragraph,
    build_request,
    check_connection,
    clean_answer,
)
from outliner.core.essay import CitationStyle, Essay, Node, NodeKind
from tests.support.helpers import shape
from tests.support.loopback_llm import LoopbackLLM

K = NodeKind
QUOTE = "Is it the case, then, that deferrals don’t exist? There’s nothing you can do?"
GOOD = (
    "Clones ask for the deferral but discover it’s just a rumor. Kathy asks, "
    f"“{QUOTE}” (258). Once the clones enter the outside society, they are still "
    "classified apart. This shows how hope is let down."
)


def essay() -> Essay:
    return Essay(outline=[
        Node(K.INTRO, "Hook", children=[Node(K.THESIS, "Ishiguro shows how hope is let down.")]),
        Node(K.BODY, "clones ask for the deferral but discover it’s just a rumor", id="b",
             children=[
                 Node(K.QUOTE, QUOTE, cite="258"),
                 Node(K.NOTE, "-once the clones enter the outside society, they are still "
                              "classified apart"),
             ]),
    ])


def settings(llm: LoopbackLLM, **changes: object) -> AiSettings:
    values: dict[str, object] = {"enabled": True, "base_url": llm.base_url,
                                 "model": "loopback-model", "timeout": 5.0}
    values.update(changes)
    return AiSettings(**values)  # type: ignore[arg-type]


def test_request_follows_the_protocol_and_a_good_answer_passes() -> None:
    e = essay()
    with LoopbackLLM(reply=GOOD) as llm:
        draft = ai_draft_paragraph(e, e.node("b"), settings(llm))
    assert draft.text == GOOD
    assert draft.warnings == ()
    sent = llm.requests[0]
    assert sent["path"] == "/v1/chat/completions"
    body = json.loads(sent["body"])
    assert body["model"] == "loopback-model"
    assert body["temperature"] == pytest.approx(0.4)
    roles = [m["role"] for m in body["messages"]]
    assert roles == ["system", "user"]
    system, user = (m["content"] for m in body["messages"])
    assert "word for word" in system and "MLA" in system
    assert f"“{QUOTE}” (258)" in user
    assert "Thesis of the essay: Ishiguro shows how hope is let down." in user
    assert user.index("quotation:") < user.index("note: once the clones")
    assert "Authorization" not in sent["headers"]


def test_api_key_comes_from_the_named_environment_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    e = essay()
    monkeypatch.setenv("OUTLINER_TEST_KEY", "secret-123")
    with LoopbackLLM(reply=GOOD) as llm:
        ai_draft_paragraph(e, e.node("b"), settings(llm, api_key_env="OUTLINER_TEST_KEY"))
    assert llm.requests[0]["headers"]["Authorization"] == "Bearer secret-123"
    monkeypatch.delenv("OUTLINER_TEST_KEY")
    with LoopbackLLM(reply=GOOD) as llm, pytest.raises(AiDraftError, match="OUTLINER_TEST_KEY"):
        ai_draft_paragraph(e, e.node("b"), settings(llm, api_key_env="OUTLINER_TEST_KEY"))
    assert llm.requests == []


def test_an_altered_quotation_is_flagged_not_accepted() -> None:
    e = essay()
    with LoopbackLLM(reply=GOOD) as llm:
        llm.mode = "alter"
        draft = ai_draft_paragraph(e, e.node("b"), settings(llm))
    assert QUOTE not in draft.text
    assert any("missing or altered" in w for w in draft.warnings)


def test_a_dropped_note_is_flagged() -> None:
    e = essay()
    with LoopbackLLM(reply=f"Kathy asks, “{QUOTE}” (258).") as llm:
        draft = ai_draft_paragraph(e, e.node("b"), settings(llm))
    assert any("classified" in w for w in draft.warnings)


@pytest.mark.parametrize(("mode", "status", "message"), [
    ("garbage", 0, "not JSON"),
    ("malformed", 0, "choices"),
    ("empty", 0, "empty paragraph"),
    ("status", 500, "HTTP 500"),
    ("status", 401, r"HTTP 401 \(unauthorized"),
    ("status", 404, r"HTTP 404 \(not found"),
])
def test_bad_answers_raise_a_clear_error_and_change_nothing(
    mode: str, status: int, message: str
) -> None:
    e = essay()
    before = shape(e)
    with LoopbackLLM(reply=GOOD) as llm:
        llm.mode, llm.status = mode, status
        with pytest.raises(AiDraftError, match=message):
            ai_draft_paragraph(e, e.node("b"), settings(llm))
    assert shape(e) == before


def test_a_slow_server_times_out() -> None:
    e = essay()
    with LoopbackLLM(reply=GOOD) as llm:
        llm.mode, llm.sleep_seconds = "sleep", 10.0
        with pytest.raises(AiDraftError, match=r"did not answer within 0\.3 seconds"):
            ai_draft_paragraph(e, e.node("b"), settings(llm, timeout=0.3))


def test_no_server_is_connection_refused() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    e = essay()
    bad = AiSettings(True, f"http://127.0.0.1:{port}/v1", "m", "", 2.0)
    with pytest.raises(AiDraftError, match="connection refused"):
        ai_draft_paragraph(e, e.node("b"), bad)


def test_settings_are_checked_before_anything_is_sent() -> None:
    e = essay()
    with pytest.raises(AiDraftError, match="not an http"):
        ai_draft_paragraph(e, e.node("b"), AiSettings(True, "localhost:11434", "m"))
    with pytest.raises(AiDraftError, match="No model"):
        ai_draft_paragraph(e, e.node("b"), AiSettings(True, "http://127.0.0.1:9/v1", ""))


def test_connection_check_lists_models() -> None:
    with LoopbackLLM() as llm:
        assert "1 model available" in check_connection(settings(llm))
        assert "not among" in check_connection(settings(llm, model="other"))
        llm.mode, llm.status = "status", 401
        with pytest.raises(AiDraftError, match="401"):
            check_connection(settings(llm))


def test_style_reaches_the_prompt() -> None:
    e = essay()
    request = build_request(e, e.node("b"), CitationStyle.APA)
    assert "APA" in request.messages[0][1]
    assert f"“{QUOTE}” (p. 258)" in request.messages[1][1]


def test_clean_answer_strips_wrapping() -> None:
    assert clean_answer("<think>hmm</think>\n```\nOne para.\n```") == "One para."
    assert clean_answer('"Whole thing quoted."') == "Whole thing quoted."
    assert clean_answer("Line one\n\nline two") == "Line one line two"


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_refused_and_the_key_goes_nowhere_else(
    monkeypatch: pytest.MonkeyPatch, status: int
) -> None:
    e = essay()
    monkeypatch.setenv("OUTLINER_TEST_KEY", "secret-123")
    with LoopbackLLM(reply=GOOD) as elsewhere, LoopbackLLM(reply=GOOD) as llm:
        llm.mode, llm.status, llm.redirect_to = "redirect", status, elsewhere.base_url
        ask = settings(llm, api_key_env="OUTLINER_TEST_KEY")
        with pytest.raises(AiDraftError, match=rf"HTTP {status}, a redirect to http://"):
            ai_draft_paragraph(e, e.node("b"), ask)
        with pytest.raises(AiDraftError, match=rf"HTTP {status}, a redirect"):
            check_connection(ask)
    assert [r["method"] for r in llm.requests] == ["POST", "GET"]
    assert elsewhere.requests == []


@pytest.mark.parametrize(("base_url", "message"), [
    ("http://localhost:abc/v1", "not a valid URL"),
    ("http://[::1/v1", "Could not talk to the AI server"),
])
def test_a_malformed_address_is_a_clear_error(base_url: str, message: str) -> None:
    e = essay()
    bad = AiSettings(True, base_url, "m", "", 2.0)
    with pytest.raises(AiDraftError, match=message):
        ai_draft_paragraph(e, e.node("b"), bad)
    with pytest.raises(AiDraftError, match=message):
        check_connection(bad)


def test_a_server_that_does_not_speak_http_is_a_clear_error() -> None:
    e = essay()
    with LoopbackLLM(reply=GOOD) as llm:
        llm.mode = "not_http"
        with pytest.raises(AiDraftError, match="did not answer in HTTP"):
            ai_draft_paragraph(e, e.node("b"), settings(llm))
        with pytest.raises(AiDraftError, match="did not answer in HTTP"):
            check_connection(settings(llm))


def test_the_key_is_stripped_and_a_key_with_control_characters_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    e = essay()
    monkeypatch.setenv("OUTLINER_TEST_KEY", "  secret-123\n")
    with LoopbackLLM(reply=GOOD) as llm:
        ai_draft_paragraph(e, e.node("b"), settings(llm, api_key_env="OUTLINER_TEST_KEY"))
    assert llm.requests[0]["headers"]["Authorization"] == "Bearer secret-123"
    for key in ("secret\n-123", "sec\rret-123", "secret\x1b123", "sécret-123"):
        monkeypatch.setenv("OUTLINER_TEST_KEY", key)
        with (LoopbackLLM(reply=GOOD) as llm,
              pytest.raises(AiDraftError, match="control") as caught):
            ai_draft_paragraph(e, e.node("b"), settings(llm, api_key_env="OUTLINER_TEST_KEY"))
        assert "ret" not in str(caught.value).replace("OUTLINER_TEST_KEY", "")
        assert llm.requests == []
    monkeypatch.setenv("OUTLINER_TEST_KEY", "   ")
    with pytest.raises(AiDraftError, match="not set or is empty"):
        ai_draft_paragraph(e, e.node("b"),
                           AiSettings(True, "http://127.0.0.1:9/v1", "m", "OUTLINER_TEST_KEY"))
