#!/usr/bin/env python3
"""Measures refinement on the experiment projects and the bundled example, offline, from their checked-in batch files.

For each project: "before" is the project as synthesis left it (a copy without `validation.llm_sample`, without the
`refine:` section and without the programs refinement kept), "after" is the project as it is (LLM-labeled sample,
refinement rounds). Both run `alchemist run --offline` with the defaults. Writes a markdown table of held-out scores,
the LLM calls, tokens and dollars of each part, and the cost against labeling every training row with the LLM, to
stdout (scripts/measure-refinement.sh puts it in docs/measured/refinement.md). Usage: measure-refinement.py CLI_DLL PROJECT...
"""
import json, os, re, shutil, subprocess, sys, tempfile

cli, projects = sys.argv[1], sys.argv[2:]


def run(project, name):
    out = subprocess.run(["dotnet", cli, "run", project, "--offline", "--name", name, "--json"], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"{project}: alchemist run failed ({out.returncode}): {out.stderr.strip()[-2000:]}")
    return json.loads(out.stdout)


def before_copy(project, work):
    """The project as synthesis left it, in a temporary folder: data paths made absolute, no sample, no refinement."""
    dst = os.path.join(work, os.path.basename(project.rstrip("/")))
    shutil.copytree(project, dst, ignore=shutil.ignore_patterns("runs"))
    spec = os.path.join(dst, "alchemist.yaml")
    text = open(spec).read()
    text = re.sub(r"(\n  path: )(\S+)", lambda m: m.group(1) + os.path.abspath(os.path.join(project, m.group(2))), text, count=1)
    text = re.sub(r"\n  llm_sample: \d+", "", text)
    text = re.sub(r"\n(# [^\n]*\n)?refine:\n(  [^\n]*\n?)*", "\n", text)
    open(spec, "w").write(text)
    output = re.search(r"\noutput: (\S+)", text)
    programs = os.path.join(dst, output.group(1) if output else "programs")
    for f in os.listdir(programs):
        if re.match(r"r\d+-\d\d-", f):
            os.remove(os.path.join(programs, f))
    return dst


def scored_split(summary):
    roles = summary["roles"]
    return "test" if "test" in roles else next(s for s, r in roles.items() if r == "held_out")


def scores(summary):
    split = scored_split(summary)
    e = summary["evaluation"]
    lm, em = e["label_model_scores"][split], (e.get("end_model_scores") or {}).get(split)
    binary = lm.get("f1_binary") is not None
    return split, lm, em, binary


def fmt(x):
    return "-" if x is None else f"{x:.3f}"


def money(x):
    return "-" if x is None else f"${x:.4f}"


rows, costs = [], []
with tempfile.TemporaryDirectory() as work:
    for project in projects:
        name = os.path.basename(project.rstrip("/"))
        before = run(before_copy(project, work), "measure-before")
        after = run(project, "measure-after")
        split, lm0, em0, binary = scores(before)
        _, lm1, em1, _ = scores(after)
        metric = "f1_binary" if binary else "accuracy"
        ref = after.get("refinement") or {}
        pg = (after.get("pseudo_gold") or {}).get("sample") or {}
        syn = after.get("synthesis") or {}
        candidates = [c for r in ref.get("rounds", []) for c in r["candidates"]]
        rows.append(
            f"| {name} | {split} ({lm1['n']}) | {metric.replace('_binary', ' (class 1)')} | {fmt(lm0[metric])} → {fmt(lm1[metric])} | "
            f"{fmt(em0 and em0[metric])} → {fmt(em1 and em1[metric])} | {fmt(lm0['accuracy'])} → {fmt(lm1['accuracy'])} | "
            f"{fmt(em0 and em0['accuracy'])} → {fmt(em1 and em1['accuracy'])} | {before['coverage'].get('train', 0):.3f} → {after['coverage'].get('train', 0):.3f} | "
            f"{len(ref.get('rounds', []))} / {len(ref.get('kept', []))} of {len(candidates)} / {ref.get('stop', '-')} |")
        syn_cost = (syn.get("total") or {}).get("cost") or 0
        ref_cost = ref.get("cost") or 0
        pg_cost = pg.get("cost") or 0
        per_row = (syn.get("baseline_cost") or 0) / max(1, syn.get("baseline_rows") or 1)
        fixed = syn_cost + ref_cost + pg_cost
        train_rows = syn.get("baseline_rows") or 0
        costs.append(
            f"| {name} | {money(syn_cost)} | {money(ref_cost)} ({ref.get('input_tokens', 0):,} + {ref.get('output_tokens', 0):,} tok) | "
            f"{money(pg_cost)} ({len(pg.get('rows', []))} rows) | {money(fixed)} | {train_rows:,} rows: {money(per_row * train_rows)} | "
            f"{(per_row * train_rows / fixed) if fixed else float('nan'):.1f}× | {int(100 * fixed / per_row) if per_row else 0:,} | {int(1000 * fixed / per_row) if per_row else 0:,} |")

print("Held-out scores before (the first ten programs, auto label model, default end model) and after (LLM-labeled sample of 200 rows, refinement rounds). "
      "Class-1 F1 for binary tasks, accuracy for the others; every run offline from the projects' batch files.\n")
print("| task | scored split (rows) | metric | label model | end model | label model accuracy | end model accuracy | train coverage | rounds / kept / stop |")
print("|---|---|---|---|---|---|---|---|---|")
print("\n".join(rows))
print("\nCost at list prices (prices.json), tokens as the batch answers report them. The per-row figure is the tool's own estimate of "
      "labeling every training row zero-shot with the same model (alchemist synthesize --dry-run); the last two columns are the row counts "
      "at which labeling every row would cost 100× and 1000× the programs, refinement and sample together (their cost does not grow with the rows).\n")
print("| task | synthesis | refinement | LLM-labeled sample | total | per-row LLM on train | ratio | rows for 100× | rows for 1000× |")
print("|---|---|---|---|---|---|---|---|---|")
print("\n".join(costs))
