#!/usr/bin/env python3
"""Writes the batch-format test fixtures (tests/data/batch/*.jsonl).

Each file is a small batch, valid or broken in one way; tst_batchformat reads
them and asserts the line, column and message of the error. The digests in
end records are computed here, independently of the C++ writer.
Usage: make_fixtures.py (from any directory)
"""
import hashlib
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent

BATCH_ID = "0f6b7c1e-2a3d-5e4f-8a9b-1c2d3e4f5a6b"
ANNOTATIONS_ID = "9e8d7c6b-5a4f-5e3d-9c2b-1a0f9e8d7c6b"
PROJECT = {"id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "name": "Fixtures"}


def dump(record):
    """One line as Verdict writes it: "type" first, other keys sorted, no spaces."""
    rest = {k: v for k, v in record.items() if k != "type"}
    text = json.dumps(rest, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    head = '{"type":' + json.dumps(record["type"])
    return (head + ("," + text[1:] if rest else "}")).encode("utf-8") + b"\n"


def manifest(kind="assignment", version=1, revision=1, **extra):
    m = {"type": "manifest", "format": "verdict-batch", "format_version": version,
         "batch_id": BATCH_ID if kind == "assignment" else ANNOTATIONS_ID,
         "revision": revision, "kind": kind, "project": PROJECT,
         "producer": {"person": "lead-ana", "tool": "verdict 0.1.0"}, "created_at": "2026-11-02T09:00:00Z"}
    if kind == "assignment":
        m["rubric"] = {"id": "tiny", "version": 1}
        m["annotator"] = "kim"
    m.update(extra)
    return m


RUBRIC = {"type": "rubric", "id": "tiny", "version": 1, "title": "Tiny", "guidelines": "Rank, then tag.",
          "criteria": [
              {"key": "overall", "kind": "ranking", "per": "task", "title": "Overall", "required": True},
              {"key": "spans", "kind": "spans", "per": "response", "title": "Spans", "required": False,
               "labels": [{"key": "pii", "name": "Personal data", "color": "#4a90d9"}]}]}


def task(n, second="Fine 👍 call me at 555-0100"):
    return {"type": "task", "id": f"t-{n}", "context": [{"role": "user", "content": f"Question {n}?"}],
            "responses": [{"id": "a", "model": "m-1", "content": "Answer A"},
                          {"id": "b", "model": "m-2", "content": second}],
            "meta": {"language": "en"}}


def batch(lines, end=True, records=None, digest=None):
    body = b"".join(lines)
    if end:
        count = len(lines) if records is None else records
        sha = hashlib.sha256(body).hexdigest() if digest is None else digest
        body += dump({"type": "end", "records": count, "sha256": sha})
    return body


def write(name, data):
    (here / name).write_bytes(data)


valid = [dump(manifest()), dump(RUBRIC), dump(task(1)), dump(task(2))]
write("valid-assignment.jsonl", batch(valid))

annotation = {"type": "annotation", "task": "t-1", "annotator": "kim", "rubric_version": 1, "status": "submitted",
              "revision": 1, "updated_at": "2026-11-02T10:00:00Z", "active_seconds": 12.5,
              "answers": {"overall": [["b"], ["a"]],
                          "spans": {"b": [{"start": 18, "end": 26, "label": "pii"}]}}}
write("valid-annotations.jsonl",
      batch([dump(manifest("annotations", annotator="kim", rubric={"id": "tiny", "version": 1})),
             dump(annotation)]))

write("bom.jsonl", b"\xef\xbb\xbf" + batch(valid))
write("nul.jsonl", batch([valid[0], valid[1], b'{"type":"task",\x00"id":"t-1"}\n']))
write("invalid-utf8.jsonl", batch([valid[0], valid[1], dump(task(1)).replace("Question".encode(), b"Qu\xffstion")]))
write("duplicate-key.jsonl", batch([valid[0], valid[1], dump(task(1))[:-2] + b',"id":"t-9"}\n']))
deep = dump(task(1))
deep = deep[:-2] + b',"x":' + b"[" * 70 + b"]" * 70 + b"}\n"
write("deep.jsonl", batch([valid[0], valid[1], deep.replace(b'"meta":{"language":"en"},', b"")]))
write("syntax.jsonl", batch([valid[0], valid[1], dump(task(1))[:-2] + b",}\n"]))
write("crlf.jsonl", batch([line[:-1] + b"\r\n" for line in valid]))
write("empty-line.jsonl", batch([valid[0], valid[1], b"\n", valid[2]]))
write("no-manifest.jsonl", batch([valid[1], valid[2]]))
write("unknown-version.jsonl", batch([dump(manifest(version=2))] + valid[1:]))
write("truncated.jsonl", batch(valid, end=False))
write("cut-in-line.jsonl", batch(valid)[:-40])
write("wrong-count.jsonl", batch(valid, records=7))
tampered = bytearray(batch(valid))
tampered[tampered.index(b"Answer A")] = ord("a")
write("tampered.jsonl", bytes(tampered))
bad = task(1)
bad["responses"][1]["content"] = 42
write("schema-error.jsonl", batch([valid[0], valid[1], dump(bad)]))
write("order.jsonl", batch([valid[0], valid[1], valid[2], dump(RUBRIC)]))
write("kind.jsonl", batch(valid + [dump(annotation)]))
write("after-end.jsonl", batch(valid) + valid[2])
write("unknown-type.jsonl", batch([valid[0], valid[1], dump({"type": "comment", "text": "hi"})]))
extra = dict(annotation)
extra["mood"] = "calm"
write("unknown-field.jsonl",
      batch([dump(manifest("annotations", annotator="kim", rubric={"id": "tiny", "version": 1})), dump(extra)]))
write("no-rubric.jsonl", batch([valid[0], valid[2]]))
write("empty.jsonl", b"")


# A response that carries several turns before its final reply, and the
# earlier turns broken in each way the reader refuses.
def turns_task(n, earlier):
    t = task(n)
    t["responses"][1]["earlier_turns"] = earlier
    return t


write("valid-turns.jsonl", batch([valid[0], valid[1], dump(task(1)), dump(turns_task(2, [
    {"role": "assistant", "content": "Which one? 🤔"}, {"role": "user", "content": "The blue one."}]))]))
write("turns-role.jsonl", batch([valid[0], valid[1], dump(turns_task(1, [{"role": "human", "content": "Hi"}]))]))
write("turns-not-list.jsonl", batch([valid[0], valid[1], dump(turns_task(1, "Which one?"))]))
write("turns-not-object.jsonl", batch([valid[0], valid[1], dump(turns_task(1, ["Which one?"]))]))
write("turns-content.jsonl", batch([valid[0], valid[1], dump(turns_task(1, [
    {"role": "assistant", "content": "Which one?"}, {"role": "user", "content": 7}]))]))
write("turns-no-role.jsonl", batch([valid[0], valid[1], dump(turns_task(1, [{"content": "Which one?"}]))]))
