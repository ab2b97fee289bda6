"""The safety texts a clinician signs off (knowledge/safety_texts.yml) are the ones the assistant says."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SAFETY_RESPONSES = {
    "utter_emergency", "utter_callback_paused", "utter_red_flag_urgent", "utter_red_flag_gp",
    "utter_red_flag", "utter_stop_picking", "utter_self_removal_eye",
}


def _texts():
    return yaml.safe_load((ROOT / "knowledge" / "safety_texts.yml").read_text(encoding="utf-8"))["texts"]


def test_every_safety_response_is_listed_for_sign_off_word_for_word(domain) -> None:
    listed = {}
    for key, entry in _texts().items():
        assert entry.get("text") and entry.get("follows"), key
        if entry.get("response"):
            listed.setdefault(entry["response"], []).append(entry["text"])
    assert SAFETY_RESPONSES <= set(listed)
    for response, texts in listed.items():
        said = [variant["text"] for variant in domain["responses"][response]]
        for text in texts:
            if response in SAFETY_RESPONSES:
                assert said == [text], response
            else:  # a line within a longer response (the greeting)
                assert all(text in s for s in said), response


def test_the_signed_off_texts_are_in_the_clinical_safety_document() -> None:
    doc = (ROOT / "docs" / "clinical-safety.md").read_text(encoding="utf-8")
    for key, entry in _texts().items():
        assert entry["text"] in doc, f"{key} is not in docs/clinical-safety.md"


def test_an_emergency_reply_offers_no_callback(domain) -> None:
    for response in ("utter_emergency", "utter_callback_paused"):
        variant = domain["responses"][response][0]
        assert "buttons" not in variant
        assert "callback" not in variant["text"].lower() or response == "utter_callback_paused"
    assert domain["responses"]["utter_emergency"][0]["text"].startswith("Please call 999 or go to A&E now")
