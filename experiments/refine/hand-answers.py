#!/usr/bin/env python3
"""Helps a person answer an exported batch file by hand, playing the LLM: per-row requests (the LLM-labeled sample, the
selective fallback) and program requests (synthesis, refinement rounds).

  hand-answers.py extract INPUT.jsonl > rows.txt
      prints the instructions every request shares once, then one block per request: its custom_id and the row's text
      exactly as the prompt quotes it (nothing else: no gold label, no other field).
  hand-answers.py answer INPUT.jsonl LABELS.tsv > OUTPUT.jsonl
      LABELS.tsv has one "custom_id<TAB>class id" line per request (written by the person answering); writes the Batch
      API output file the tool imports, {"label": N} per request. Usage: prompt tokens are estimated at 4 characters per
      token (a hand-written answer has no provider count), completion tokens are those of the answer.
  hand-answers.py prompts INPUT.jsonl DIR
      writes each request's whole prompt (system and user messages) to DIR/NN.prompt.txt, NN its line number, with its
      custom_id on the first line; the person answering writes the reply to DIR/NN.cs (a program request) beside it.
  hand-answers.py programs INPUT.jsonl DIR > OUTPUT.jsonl
      writes the Batch API output for every request that has its DIR/NN.cs: the reply is that file in a ```csharp block;
      usage is estimated at 4 characters per token on both sides.
"""
import os
import json, sys

MARK = "What is the category of this data point:"


def requests(path):
    for line in open(path, encoding="utf-8"):
        request = json.loads(line)
        prompt = "\n".join(m["content"] for m in request["body"]["messages"])
        yield request, prompt


def split(prompt):
    head, _, rest = prompt.partition(MARK)
    text, _, tail = rest.rpartition("\nAnswer in JSON only")
    return head, text.strip(), tail


def extract(path):
    shown = False
    for request, prompt in requests(path):
        head, text, tail = split(prompt)
        if not shown:
            print(f"INSTRUCTIONS (the same in every request):\n{head}{MARK} <row>\nAnswer in JSON only{tail}\n")
            shown = True
        print(f"=== {request['custom_id']}\n{text}\n")


def output_line(number, request, prompt, content):
    usage = {"prompt_tokens": max(1, len(prompt) // 4), "completion_tokens": max(1, len(content) // 4)}
    usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    return json.dumps({"id": f"batch_req_{number}", "custom_id": request["custom_id"], "response": {"status_code": 200, "request_id": f"req_{number}", "body": {
        "object": "chat.completion", "model": request["body"]["model"],
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}], "usage": usage}}, "error": None})


def prompts(path, folder):
    os.makedirs(folder, exist_ok=True)
    for number, (request, prompt) in enumerate(requests(path), 1):
        with open(os.path.join(folder, f"{number:02d}.prompt.txt"), "w", encoding="utf-8") as file:
            file.write(f"custom_id: {request['custom_id']}\n\n{prompt}\n")


def programs(path, folder):
    missing = 0
    for number, (request, prompt) in enumerate(requests(path), 1):
        source = os.path.join(folder, f"{number:02d}.cs")
        if not os.path.exists(source):
            missing += 1
            continue
        code = open(source, encoding="utf-8").read().strip()
        print(output_line(number, request, prompt, f"```csharp\n{code}\n```"))
    if missing:
        print(f"{missing} request(s) of {path} have no NN.cs in {folder}; they stay pending.", file=sys.stderr)


def answer(path, labels_path):
    labels = {}
    for number, line in enumerate(open(labels_path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        custom_id, _, label = line.rstrip("\n").partition("\t")
        if not label.strip().lstrip("-").isdigit():
            raise SystemExit(f"{labels_path}, line {number}: expected 'custom_id<TAB>class id', got {line.strip()[:80]!r}")
        labels[custom_id.strip()] = int(label)
    missing = 0
    for number, (request, prompt) in enumerate(requests(path), 1):
        custom_id = request["custom_id"]
        if custom_id not in labels:
            missing += 1
            continue
        content = json.dumps({"label": labels[custom_id]})
        # A one-token answer: completion tokens are counted as 3 ({"label": N} in a tokenizer), not from the characters.
        line = json.loads(output_line(number, request, prompt, content))
        usage = line["response"]["body"]["usage"]
        usage["completion_tokens"], usage["total_tokens"] = 3, usage["prompt_tokens"] + 3
        print(json.dumps(line))
    if missing:
        print(f"{missing} request(s) of {path} have no label in {labels_path}; they stay pending.", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "extract":
        extract(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "answer":
        answer(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "prompts":
        prompts(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "programs":
        programs(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit(__doc__)
