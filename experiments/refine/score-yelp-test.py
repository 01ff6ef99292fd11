# usage: python3 score-yelp-test.py ../../../shared/data/yelp/test.csv PREDICTIONS.csv  (PREDICTIONS: alchemist predict --data test.csv --out PREDICTIONS.csv)
# End-model accuracy / F1 (positive) of `alchemist predict` on Yelp test.csv, with the project's label_map
# (stars 1-2 negative, 4-5 positive, 3 dropped). Rows are matched by order (predict keeps the input order).
import csv, sys
m = {"Review Stars: 1.0": "negative", "Review Stars: 2.0": "negative", "Review Stars: 4.0": "positive", "Review Stars: 5.0": "positive"}
gold = [r["label2"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))]
pred = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
assert len(gold) == len(pred), (len(gold), len(pred))
pairs = [(m[g], p["predicted_label"]) for g, p in zip(gold, pred) if g in m]
acc = sum(g == p for g, p in pairs) / len(pairs)
tp = sum(g == p == "positive" for g, p in pairs); fp = sum(g != "positive" and p == "positive" for g, p in pairs)
fn = sum(g == "positive" and p != "positive" for g, p in pairs)
f1 = 2 * tp / (2 * tp + fp + fn)
print(f"rows {len(pairs)} (of {len(gold)}); accuracy {acc:.3f}; F1 (positive) {f1:.3f}")
