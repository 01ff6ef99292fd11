#!/usr/bin/env python3
"""Measures refinement on the experiment projects and the bundled example, offline, from their checked-in batch files.

For each project: "before" is the project as synthesis left it (a copy without `validation.llm_sample`, without the
`refine:` section and without the programs refinement kept), "after" is the project as it is (LLM-labeled sample,
refinement rounds), and "fallback" is "after" with the selective per-row fallback (`--llm-fallback uncertain
--fallback-share 0.1`: the tenth of the training rows the programs decide worst go to the LLM one by one, answered from
the projects' batch/fallback-output.jsonl). All run `alchemist run --offline` with the defaults otherwise. Writes
markdown tables of held-out scores (against the per-row LLM figures of issue #15), the fallback curve, the LLM calls,
tokens and dollars of each part, and the cost against labeling every training row with the LLM, to stdout (scripts/measure-refinement.sh puts it in docs/measured/refinement.md). Usage: measure-refinement.py CLI_DLL PROJECT...
"""
import json, os, re, shutil, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import project_copy

cli, projects = sys.argv[1], sys.argv[2:]


# Per-row LLM on the held-out split, as issue #15 quotes them (a capable LLM labeling 200 sampled test rows one by one):
# the metric the issue uses for each task, and its figure. Quoted, not measured here.
PER_ROW = {"sms": ("f1_binary", 0.982), "youtube-spam": ("accuracy", 0.950), "imdb": ("accuracy", 0.965),
           "yelp": ("accuracy", 0.990), "agnews": ("accuracy", 0.905), "finance": ("accuracy", 0.910)}
FALLBACK = ["--llm-fallback", "uncertain", "--fallback-share", "0.1"]


# On a shared machine, ALCHEMIST_BUILD_LOCK names a lock file each run holds (flock), so other heavy jobs wait between runs.
LOCK = ["flock", os.environ["ALCHEMIST_BUILD_LOCK"]] if os.environ.get("ALCHEMIST_BUILD_LOCK") else []


def run(project, name, *extra, command="run"):
    # A fresh run folder: stages skipped as unchanged would report what an earlier build wrote, not this one.
    shutil.rmtree(os.path.join(project, "runs", name), ignore_errors=True)
    out = subprocess.run([*LOCK, "dotnet", cli, command, project, "--offline", "--name", name, "--json", *extra], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"{project}: alchemist run failed ({out.returncode}): {out.stderr.strip()[-2000:]}")
    return json.loads(out.stdout)


def before_copy(project, work):
    """The project as synthesis left it, in a temporary folder: data paths made absolute, no sample, no refinement."""
    dst = project_copy.copy(project, os.path.join(work, os.path.basename(project.rstrip("/"))))
    spec = os.path.join(dst, "alchemist.yaml")
    text = open(spec).read()
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


def handed_out(summary, metric):
    """The labels the run hands out when they are not the end model's alone (the label model's on covered rows), or None."""
    final = (summary["evaluation"].get("final_scores") or {}).get(scored_split(summary))
    return final and final[metric]


def fmt(x):
    return "-" if x is None else f"{x:.3f}"


def money(x):
    return "-" if x is None else f"${x:.4f}"


def distill_note(summary):
    """What the distill stage printed, less its row counts: the head and features, then how --features auto chose."""
    note = next((s.get("note") for s in summary.get("stages", []) if s.get("stage") == "distill"), None) or ""
    head, _, rest = note.partition(" rows")
    return (head.split(",")[0] + (" (" + rest.strip(". ") + ")" if rest.strip(". ") else "")) or "-"


rows, costs, gaps, curves, features, drops = [], [], [], [], [], []
with tempfile.TemporaryDirectory() as work:
    for project in projects:
        name = os.path.basename(project.rstrip("/"))
        before = run(before_copy(project, work), "measure-before")
        after = run(project, "measure-after")
        fallback = run(project, "measure-fallback", *FALLBACK)
        # The same rounds (replayed), then the gate's optional review of programs below its floor (refine.drop_harmful).
        drop = run(project, "measure-drop", "--drop-harmful", command="refine")
        split, lm0, em0, binary = scores(before)
        _, lm1, em1, _ = scores(after)
        _, lm2, em2, _ = scores(fallback)
        _, lm3, em3, _ = scores(drop)
        fb = fallback.get("fallback") or {}
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
        if name in PER_ROW:
            m, llm = PER_ROW[name]
            h1, h2, h3 = handed_out(after, m), handed_out(fallback, m), handed_out(drop, m)
            best = max(x for x in (em1 and em1[m], em2 and em2[m], em3 and em3[m], h1, h2, h3) if x is not None)
            review = (drop.get("refinement") or {}).get("retirements") or []
            retired = [d["program"] for d in review if d["retired"]]
            drops.append(
                f"| {name} | {len(review)} / {', '.join(retired) or 'none'} | {fmt(lm1[m])} → {fmt(lm3[m])} | {fmt(em1 and em1[m])} → {fmt(em3 and em3[m])} | "
                f"{fmt(h1)} → {fmt(h3)} | {distill_note(drop)} |")
            gaps.append(
                f"| {name} | {m.replace('_binary', ' (class 1)')} | {fmt(em0 and em0[m])} | {fmt(em1 and em1[m])} | {fmt(em2 and em2[m])} "
                f"({fmt(lm2[m])}) | {fmt(h1)} / {fmt(h2)} | {llm:.3f} | {100 * (best - llm):+.1f} |")
        features.append(f"| {name} | {distill_note(before)} | {distill_note(after)} |")
        points = (fb.get("curve") or {}).get("points") or []
        shown = " · ".join(f"{100 * p['share']:.0f}%: {fmt((p.get('accuracy') or {}).get('accuracy'))}" for p in points)
        curves.append(
            f"| {name} | {fb.get('answered', 0):,} of {fb.get('split_rows', 0):,} ({fb.get('pending', 0)} pending) | {shown} | "
            f"{money(fb.get('cost'))} ({fb.get('input_tokens', 0):,} + {fb.get('output_tokens', 0):,} tok) |")
        syn_cost = (syn.get("total") or {}).get("cost") or 0
        ref_cost = ref.get("cost") or 0
        pg_cost = pg.get("cost") or 0
        per_row = (syn.get("baseline_cost") or 0) / max(1, syn.get("baseline_rows") or 1)
        fixed = syn_cost + ref_cost + pg_cost
        train_rows = syn.get("baseline_rows") or 0
        costs.append(
            f"| {name} | {money(syn_cost)} | {money(ref_cost)} ({ref.get('input_tokens', 0):,} + {ref.get('output_tokens', 0):,} tok) | "
            f"{money(pg_cost)} ({len(pg.get('rows', []))} rows) | {money(fixed)} | {train_rows:,} rows: {money(per_row * train_rows)} | "
            f"{(per_row * train_rows / fixed) if fixed else float('nan'):.1f}× | {int(100 * fixed / per_row) if per_row else 0:,} | {int(1000 * fixed / per_row) if per_row else 0:,} | "
            f"{money(fb.get('cost'))} | {(per_row * train_rows / (fixed + (fb.get('cost') or 0))) if fixed else float('nan'):.1f}× |")

print("Held-out scores before (the first ten programs, auto label model, default end model) and after (LLM-labeled sample of 200 rows, refinement rounds). "
      "Class-1 F1 for binary tasks, accuracy for the others; every run offline from the projects' batch files.\n")
print("| task | scored split (rows) | metric | label model | end model | label model accuracy | end model accuracy | train coverage | rounds / kept / stop |")
print("|---|---|---|---|---|---|---|---|---|")
print("\n".join(rows))
print("\nAgainst the per-row LLM: the distilled end model's held-out score before refinement, after it, and with the fallback "
      "(the label model's in brackets), beside the per-row LLM figures issue #15 quotes for the same metric (a capable LLM labeling 200 "
      "sampled test rows one by one; quoted, not measured here). 'Handed out' is the score of the labels the run hands out when distill "
      "kept the label model's answer on covered rows (it beat the end model there on the dev gold or the LLM sample), after refinement / with "
      "the fallback; '-' where the end model answers every row. Gap: the best of the after, fallback, drop_harmful (below) and handed-out figures minus the per-row LLM, in points.\n")
print("| task | metric | end model before | after refinement | with fallback (label model) | handed out (after / fallback) | per-row LLM (issue #15) | gap, points |")
print("|---|---|---|---|---|---|---|---|")
print("\n".join(gaps))
print("\nThe gate's optional review after the rounds (`alchemist refine --drop-harmful`, the same rounds replayed): every program below "
      "the gate's floor (0.7 estimated accuracy), worst first, is retired from the label model unless leaving it out lowers the label model's accuracy "
      "on the LLM-labeled sample. Held-out scores after refinement without → with the review, same metric as above.\n")
print("| task | reviewed / retired | label model | end model | handed out | distill |")
print("|---|---|---|---|---|---|")
print("\n".join(drops))
print("\nThe fallback's curve on the training split: accuracy of the labels the end model trains on (the LLM's answer on the rows sent, "
      "the label model's elsewhere) against the gold labels of that split, at each share of rows sent (rows most in need first: "
      "uncovered, then least confident). The gold labels only score; the run never reads them.\n")
print("| task | rows sent | label accuracy on train by share sent | fallback cost |")
print("|---|---|---|---|")
print("\n".join(curves))
print("\nCost at list prices (prices.json), tokens as the batch answers report them. The per-row figure is the tool's own estimate of "
      "labeling every training row zero-shot with the same model (alchemist synthesize --dry-run); the last two columns are the row counts "
      "at which labeling every row would cost 100× and 1000× the programs, refinement and sample together (their cost does not grow with the rows). "
      "The fallback's cost does grow with the rows (a share of them goes to the LLM), so it is shown apart: sending 10% of the rows keeps "
      "the whole at most 10× cheaper than labeling every row.\n")
print("| task | synthesis | refinement | LLM-labeled sample | total | per-row LLM on train | ratio | rows for 100× | rows for 1000× | fallback (10%) | ratio with it |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
print("\n".join(costs))
print("\nThe end model's features: `--features auto` (the default) trains the head on MiniLM, on TF-IDF and on both side by side and keeps whichever scores best "
      "on the dev split's gold labels or, without them, on the LLM-labeled sample (never on the scored split); what the distill stage printed.\n")
print("| task | before refinement (no LLM sample) | after refinement |")
print("|---|---|---|")
print("\n".join(features))
