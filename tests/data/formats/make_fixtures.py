#!/usr/bin/env python3
"""Writes the foreign-format test fixtures (tests/data/formats/*/).

Offsets are computed here with Python's own string indexing (code points) and
UTF-16 encoding, independently of the C++ readers that tst_formats checks.
Usage: make_fixtures.py (from any directory)
"""
import json
import os
import pathlib

os.chdir(pathlib.Path(__file__).resolve().parent)


def cp(s, sub):
    """Code point offsets of sub in s, as Python and Prodigy count."""
    i = s.index(sub)
    return [i, i + len(sub)]


def u16(s, sub):
    """UTF-16 code unit offsets of sub in s, as JavaScript counts."""
    i = s.index(sub)
    pre = len(s[:i].encode("utf-16-le")) // 2
    return [pre, pre + len(sub.encode("utf-16-le")) // 2]


def jsonl(path, records):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def array(path, records):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(records, f, ensure_ascii=False, indent=2)
        f.write("\n")


def span(text, sub, label, offsets=cp):
    start, end = offsets(text, sub)
    return {"start": start, "end": end, "label": label}


# OpenAI chat
jsonl("openai/valid.jsonl", [
    {"messages": [{"role": "system", "content": "You are terse."}, {"role": "user", "content": "Capital of France?"},
                  {"role": "assistant", "content": "Paris."}]},
    {"id": "chat-7", "model": "m-9",
     "messages": [{"role": "developer", "content": "Answer in French."},
                  {"role": "user", "content": [{"type": "text", "text": "Hello"}, {"type": "text", "text": "there 👋"}]},
                  {"role": "assistant", "content": "Bonjour 👋"}],
     "metadata": {"split": "dev"}},
])
jsonl("openai/invalid-last-user.jsonl", [
    {"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]},
    {"messages": [{"role": "user", "content": "Hi"}]},
])
jsonl("openai/invalid-image.jsonl", [
    {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://example.com/c.png"}}]},
                  {"role": "assistant", "content": "A cat."}]},
])

# TRL preference pairs
jsonl("trl/plain.jsonl", [
    {"prompt": "2+2?", "chosen": "4", "rejected": "5"},
    {"prompt": "Say hi", "chosen": "Hi 😀 there", "rejected": "Hello"},
])
jsonl("trl/conversational.jsonl", [
    {"prompt": [{"role": "user", "content": "Name a colour"}], "chosen": [{"role": "assistant", "content": "Blue"}],
     "rejected": [{"role": "assistant", "content": "Seven"}]},
    {"chosen": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}],
     "rejected": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Go away."}]},
])
# Sides of several messages: the ones before the last assistant message are the response's earlier turns.
jsonl("trl/turns.jsonl", [
    {"prompt": [{"role": "user", "content": "Plan a day in Lisbon"}],
     "chosen": [{"role": "assistant", "content": "Do you like walking?"}, {"role": "user", "content": "Yes, a lot."},
                {"role": "assistant", "content": "Start in Alfama, then walk to Belém 🚶."}],
     "rejected": [{"role": "assistant", "content": "Take a taxi everywhere."}]},
    {"chosen": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"},
                {"role": "user", "content": "Weather?"}, {"role": "assistant", "content": "Sunny."}],
     "rejected": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"},
                  {"role": "user", "content": "Weather?"}, {"role": "assistant", "content": "Which city?"},
                  {"role": "assistant", "content": "It is raining."}]},
])
jsonl("trl/invalid-turns.jsonl", [
    {"prompt": [{"role": "user", "content": "Hi"}],
     "chosen": [{"role": "assistant", "content": "Hello"}, {"role": "user", "content": "Bye"}],
     "rejected": [{"role": "assistant", "content": "Go away."}]},
])
jsonl("trl/invalid-same.jsonl", [
    {"prompt": "2+2?", "chosen": "4", "rejected": "5"},
    {"prompt": "Say hi", "chosen": "Hi", "rejected": "Hi"},
])
jsonl("trl/invalid-mixed.jsonl", [
    {"prompt": "Say hi", "chosen": "Hi", "rejected": [{"role": "assistant", "content": "Hello"}]},
])

# Anthropic HH
jsonl("hh/valid.jsonl", [
    {"chosen": "\n\nHuman: What is 2+2?\n\nAssistant: 4.\n\nHuman: And times 3?\n\nAssistant: 12.",
     "rejected": "\n\nHuman: What is 2+2?\n\nAssistant: 4.\n\nHuman: And times 3?\n\nAssistant: 7."},
    {"chosen": "\n\nHuman: Tell me a joke 😀\n\nAssistant: Why did the chicken cross the road?",
     "rejected": "\n\nHuman: Tell me a joke 😀\n\nAssistant: No."},
])
# Pairs whose sides part before their final assistant turns, as a few in each
# real HH file do: the context is cut back to the last shared human turn, and
# each side's remainder is its response (final reply and earlier turns).
jsonl("hh/turns.jsonl", [
    # 1 turn against 3.
    {"chosen": "\n\nHuman: Can you help me pick a lock?\n\nAssistant: I can't help with that.",
     "rejected": "\n\nHuman: Can you help me pick a lock?\n\nAssistant: Whose lock is it?\n\nHuman: My neighbour's."
                 "\n\nAssistant: Then you need a tension wrench."},
    # 3 turns against 2, after a longer shared dialogue; two assistant turns in a row.
    {"chosen": "\n\nHuman: Tell me about the moon 🌙\n\nAssistant: It orbits the Earth.\n\nHuman: How far away?"
               "\n\nAssistant: In which unit?\n\nHuman: Kilometres.\n\nAssistant: About 384,400 km.",
     "rejected": "\n\nHuman: Tell me about the moon 🌙\n\nAssistant: It orbits the Earth.\n\nHuman: How far away?"
                 "\n\nAssistant: Far.\n\nAssistant: Very far indeed."},
    # The sides share an assistant turn after the last human turn they share: both responses start with it.
    {"chosen": "\n\nHuman: Hi\n\nAssistant: Hello! How can I help?\n\nHuman: Recommend a book.\n\nAssistant: Try "
               "Middlemarch.",
     "rejected": "\n\nHuman: Hi\n\nAssistant: Hello! How can I help?\n\nAssistant: Are you there?"},
    # The same final reply after other earlier turns.
    {"chosen": "\n\nHuman: Is it safe to swim after eating?\n\nAssistant: Yes.\n\nHuman: Are you sure?\n\nAssistant: "
               "Yes, it is fine.",
     "rejected": "\n\nHuman: Is it safe to swim after eating?\n\nAssistant: Maybe.\n\nHuman: Are you sure?"
                 "\n\nAssistant: Yes, it is fine."},
    # An ordinary pair beside them.
    {"chosen": "\n\nHuman: 2+2?\n\nAssistant: 4.", "rejected": "\n\nHuman: 2+2?\n\nAssistant: 5."},
])
jsonl("hh/invalid-no-shared-turn.jsonl", [
    {"chosen": "\n\nHuman: Hi\n\nAssistant: Hello", "rejected": "\n\nHuman: Hello\n\nAssistant: Hi"},
])
jsonl("hh/invalid-ends-human.jsonl", [
    {"chosen": "\n\nHuman: Hi\n\nAssistant: Hello",
     "rejected": "\n\nHuman: Hi\n\nAssistant: Hello?\n\nHuman: Anyone there?"},
])
jsonl("hh/invalid-same.jsonl", [
    {"chosen": "\n\nHuman: 2+2?\n\nAssistant: 4.", "rejected": "\n\nHuman: 2+2?\n\nAssistant: 4."},
])
jsonl("hh/invalid-not-transcript.jsonl", [
    {"chosen": "Just some text", "rejected": "\n\nHuman: Hi\n\nAssistant: Hello"},
])

# Prodigy (code points)
t1 = "Ping 😀 Ada Lovelace in London"
jsonl("prodigy/valid.jsonl", [
    {"text": t1, "spans": [span(t1, "Ada Lovelace", "PERSON"), span(t1, "London", "GPE")], "answer": "accept",
     "_annotator_id": "news-ada", "meta": {"source": "wire"}},
    {"text": "You absolute clown", "label": "INSULT", "answer": "accept", "spans": [], "_input_hash": 1},
    {"text": "Skip me", "answer": "ignore"},
    {"text": "No answer, just text"},
])
jsonl("prodigy/invalid-range.jsonl", [
    {"text": "Short", "spans": [{"start": 2, "end": 9, "label": "X"}], "answer": "accept"},
])
wrong = span(t1, "Ada", "PERSON", u16)  # UTF-16 offsets where Prodigy means code points
wrong["text"] = "Ada"
jsonl("prodigy/invalid-text.jsonl", [{"text": t1, "spans": [wrong], "answer": "accept"}])
jsonl("prodigy/invalid-answer.jsonl", [{"text": "x", "answer": "maybe"}])

# Label Studio JSON export (code points now; UTF-16 in versions before the emoji fix)
t2 = "Call 😀 Ada at 555-0100"
t3 = "Old 😀 export Bob"


def ls_span(text, sub, labels, offsets=cp):
    start, end = offsets(text, sub)
    return {"start": start, "end": end, "text": sub, "labels": labels}


array("labelstudio/valid.json", [
    {"id": 1, "data": {"prompt": "Which is kinder?", "answer1": "Please wait 🙏 a moment", "answer2": "Wait."},
     "annotations": [{"id": 11, "completed_by": {"id": 3, "email": "ana@example.com", "first_name": "", "last_name": ""},
                      "lead_time": 12.5, "created_at": "2026-10-01T10:00:00.123456Z",
                      "updated_at": "2026-10-01T10:00:05.5Z", "was_cancelled": False, "ground_truth": False,
                      "result": [{"id": "r1", "type": "pairwise", "from_name": "comparison",
                                  "to_name": "answer1,answer2", "value": {"selected": "right"}}]}]},
    {"id": 2, "data": {"text": t2},
     "annotations": [{"id": 12, "completed_by": 4, "lead_time": 3,
                      "result": [{"id": "r2", "type": "labels", "from_name": "label", "to_name": "text",
                                  "value": ls_span(t2, "Ada", ["PER"])},
                                 {"id": "r3", "type": "labels", "from_name": "label", "to_name": "text",
                                  "value": ls_span(t2, "555-0100", ["PHONE"])},
                                 {"id": "r4", "type": "choices", "from_name": "sentiment", "to_name": "text",
                                  "value": {"choices": ["Neutral"]}}]},
                     {"id": 14, "lead_time": 1, "was_cancelled": True, "result": []}],
     "predictions": [{"result": [], "model_version": "m"}]},
    {"id": 3, "data": {"text": t3},
     "annotations": [{"id": 13, "completed_by": 4,
                      "result": [{"type": "labels", "from_name": "label", "to_name": "text",
                                  "value": ls_span(t3, "Bob", ["PER"], u16)},
                                 {"type": "rectanglelabels", "from_name": "box", "to_name": "text", "value": {"x": 1}}]}]},
])
array("labelstudio/invalid-range.json", [
    {"id": 5, "data": {"text": "Tiny"},
     "annotations": [{"completed_by": 1, "result": [{"type": "labels", "from_name": "label", "to_name": "text",
                                                     "value": {"start": 2, "end": 30, "labels": ["X"]}}]}]},
])
array("labelstudio/invalid-image.json", [
    {"id": 6, "data": {"text": "fine"}},
    {"id": 7, "data": {"image": "https://example.com/a.png"}, "annotations": []},
])
array("labelstudio/invalid-mismatch.json", [
    {"id": 8, "data": {"text": t2},
     "annotations": [{"completed_by": 1, "result": [{"type": "labels", "from_name": "label", "to_name": "text",
                                                     "value": {"start": 0, "end": 4, "text": "Ada", "labels": ["X"]}}]}]},
])

# doccano (UTF-16 code units)
t4 = "Meet 😀 Ada in Paris"
jsonl("doccano/valid.jsonl", [
    {"text": t4, "label": [u16(t4, "Ada") + ["PER"], u16(t4, "Paris") + ["LOC"], u16(t4, "Paris") + ["LOC"]],
     "meta": {"id": 1}},
    {"text": "Great product", "label": ["positive"]},
    {"text": "Google was founded by Larry Page.",
     "entities": [{"id": 0, "start_offset": 0, "end_offset": 6, "label": "ORG"},
                  {"id": 1, "start_offset": 22, "end_offset": 32, "label": "PERSON"}],
     "relations": [{"id": 0, "from_id": 0, "to_id": 1, "type": "foundedBy"}]},
])
jsonl("doccano/invalid-surrogate.jsonl", [{"text": t4, "label": [[6, 11, "PER"]]}])
jsonl("doccano/invalid-triple.jsonl", [{"text": "ok", "label": []}, {"text": "abc", "label": [[0, "2", "X"]]}])
jsonl("doccano/invalid-no-text.jsonl", [{"label": [[0, 1, "PER"]], "meta": {"wikiPageID": 3}}])

# Shapes seen in the tools' own example files
jsonl("doccano/intent.jsonl", [
    {"text": "Find a flight from Memphis to Tacoma", "entities": [[19, 26, "City"], [30, 36, "City"]], "cats": ["flight"]},
])
array("doccano/array.json", [
    {"text": "exampleA", "labels": ["positive"], "meta": {"wikiPageID": 1}},
    {"text": "exampleB", "labels": ["positive", "negative"], "meta": {"wikiPageID": 2}},
])
array("labelstudio/flat.json", [
    {"text": "A task written as its data alone"},
    {"data": {"text": "A task with data"}, "annotations": [{"completed_by": 2, "result": [
        {"type": "choices", "from_name": "sentiment", "to_name": "text", "value": {"choices": ["Positive"]}}]}]},
])
jsonl("prodigy/plain.jsonl", [
    {"text": "Uber's lesson for start-ups", "meta": {"source": "The Times"}},
    {"text": "A second headline"},
])

# Files with a few records that cannot be imported among good ones: without
# --strict the good ones import and each bad one is a warning.
jsonl("openai/mixed.jsonl", [
    {"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]},
    {"messages": [{"role": "user", "content": "Hi"}]},
    {"id": "chat\u0007bell", "messages": [{"role": "user", "content": "Ring"}, {"role": "assistant", "content": "Ding"}]},
    {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://example.com/c.png"}}]},
                  {"role": "assistant", "content": "A cat."}]},
    {"id": "chat-9", "messages": [{"role": "user", "content": "Bye"}, {"role": "assistant", "content": "Goodbye"}]},
])
jsonl("openai/changed.jsonl", [
    {"id": "chat-7", "messages": [{"role": "user", "content": "Hello"}, {"role": "assistant", "content": "Salut"}]},
    {"id": "chat-50", "messages": [{"role": "user", "content": "Why?"}, {"role": "assistant", "content": "Because."}]},
])
jsonl("trl/mixed.jsonl", [
    {"prompt": "2+2?", "chosen": "4", "rejected": "5"},
    {"prompt": "Say hi", "chosen": "Hi", "rejected": "Hi"},
    {"prompt": "Name a colour", "chosen": "Blue", "rejected": "Seven", "annotators": ["ana\u001b[31m"]},
    {"prompt": "Capital of Peru?", "chosen": "Lima"},
    {"prompt": "3+3?", "chosen": "6", "rejected": "9"},
])
jsonl("hh/mixed.jsonl", [
    {"chosen": "\n\nHuman: What is 2+2?\n\nAssistant: 4.", "rejected": "\n\nHuman: What is 2+2?\n\nAssistant: 5."},
    {"chosen": "Just some text", "rejected": "\n\nHuman: Hi\n\nAssistant: Hello"},
    {"chosen": "\n\nHuman: Hi\n\nAssistant: Hello"},
    {"chosen": "\n\nHuman: Hi\n\nAssistant: Hello\n\nHuman: Bye", "rejected": "\n\nHuman: Hi\n\nAssistant: Go"},
    {"chosen": "\n\nHuman: Thanks\n\nAssistant: You're welcome.", "rejected": "\n\nHuman: Thanks\n\nAssistant: Whatever."},
])
jsonl("prodigy/mixed.jsonl", [
    {"text": t1, "spans": [span(t1, "Ada Lovelace", "PERSON")], "answer": "accept", "_annotator_id": "ana"},
    {"text": "Short text", "spans": [{"start": 0, "end": 5, "label": "ORPHAN"}, {"start": 6, "end": 40, "label": "LOC"}],
     "answer": "accept"},
    {"text": "Skip me", "answer": "ignore"},
    {"text": "A bell", "answer": "accept", "_annotator_id": "bo\u0007b"},
    {"text": "Unsure", "answer": "maybe"},
    {"text": "You absolute clown", "label": "INSULT", "answer": "accept"},
])
array("labelstudio/mixed.json", [
    {"id": 31, "data": {"text": "Ada in Paris"},
     "annotations": [{"completed_by": 1, "result": [{"type": "labels", "from_name": "label", "to_name": "text",
                                                     "value": ls_span("Ada in Paris", "Ada", ["PER"])}]}]},
    {"id": 32, "data": {"text": "Bob in Rome"},
     "annotations": [{"completed_by": 1, "result": [
         {"type": "labels", "from_name": "label", "to_name": "text", "value": ls_span("Bob in Rome", "Bob", ["STRAY"])},
         {"type": "labels", "from_name": "label", "to_name": "nowhere", "value": {"start": 7, "end": 11, "labels": ["LOC"]}}]}]},
    {"id": 33, "data": {"text": "Lovely day"},
     "annotations": [{"completed_by": 1, "result": [
         {"type": "rating", "from_name": "stars", "to_name": "text", "value": {"rating": 4}},
         {"type": "choices", "from_name": "sentiment", "to_name": "text", "value": {"choices": ["Positive"]}}]}]},
    {"id": 34, "data": {"prompt": "Which?", "answer1": "This one", "answer2": "That one"},
     "annotations": [{"completed_by": 1, "result": [
         {"type": "pairwise", "from_name": "comparison", "to_name": "answer1,answer2", "value": {"selected": "center"}}]}]},
    {"id": 35, "data": {"text": "Eve was here"},
     "annotations": [{"completed_by": {"id": 9, "email": "eve\u0007@example.com"}, "result": [
         {"type": "choices", "from_name": "sentiment", "to_name": "text", "value": {"choices": ["Neutral"]}}]}]},
    {"id": 36, "data": {"text": "Dreadful day"},
     "annotations": [{"completed_by": 2, "result": [
         {"type": "choices", "from_name": "sentiment", "to_name": "text", "value": {"choices": ["Negative"]}}]}]},
])
array("labelstudio/shared-first.json", [
    {"id": 41, "data": {"text": "Shared text"},
     "annotations": [{"completed_by": 1, "result": [
         {"type": "choices", "from_name": "sentiment", "to_name": "text", "value": {"choices": ["Positive"]}}]}]},
])
array("labelstudio/shared-second.json", [
    {"id": 41, "data": {"text": "Shared text"},
     "annotations": [{"completed_by": 3, "result": [
                          {"type": "choices", "from_name": "sentiment", "to_name": "text", "value": {"choices": ["Stray"]}}]},
                     {"completed_by": 2, "result": [
                          {"type": "choices", "from_name": "sentiment", "to_name": "text", "value": {"choices": ["Negative"]}}]}]},
    {"id": 42, "data": {"text": "Other text"},
     "annotations": [{"completed_by": 2, "result": [
         {"type": "choices", "from_name": "sentiment", "to_name": "text", "value": {"choices": ["Negative"]}}]}]},
])
with open("labelstudio/invalid-trailing-comma.json", "w", encoding="utf-8") as f:
    f.write('[\n  {"data": {"text": "One"}},\n  {"data": {"text": "Two"}},\n]\n')
jsonl("doccano/mixed.jsonl", [
    {"text": t4, "label": [u16(t4, "Ada") + ["PER"]]},
    {"text": "Short", "label": [[0, 2, "GHOST"], [3, 40, "LOC"]]},
    {"text": t4, "label": [[6, 11, "PER"]]},
    {"text": "Great product", "label": ["positive"]},
])
