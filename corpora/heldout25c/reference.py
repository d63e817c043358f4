"""Recomputes every computed_value in key.jsonl from the CSV files.
Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)
Each key record carries its recipe in computed_detail ("reference.py: <expression>"), evaluated
with the helpers of capref.py beside this file.  Exits 1 on any mismatch."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import capref as C


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("give the data directory as argv[1] or CAPSCOPE_DATA_DIR")
    C.set_data(data)
    keyp = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "key.jsonl")
    env = {n: getattr(C, n) for n in dir(C) if not n.startswith("_")}
    recipes = records = bad = 0
    for line in open(keyp):
        if not line.strip():
            continue
        k = json.loads(line); records += 1
        det = k["computed_detail"]
        if "reference.py: " not in det:
            ok = k["computed_value"] is None
        else:
            recipes += 1
            expr = det.split("reference.py: ", 1)[1]
            val = eval(expr, env)
            exp = k["computed_value"]
            ok = (abs(float(val) - float(exp)) < 1e-9) if isinstance(exp, (int, float)) and not isinstance(exp, bool) else (val == exp)
            print(f"{k['passage_id']} #{k['claim_index']}: {expr} = {val!r}" + ("" if ok else f"  MISMATCH (key {exp!r})"))
        if not ok:
            bad += 1
    print(f"{recipes} recipes, {records} key records, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
