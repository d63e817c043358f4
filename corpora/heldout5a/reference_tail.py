def norm(v, dec=2):
    if v is None:
        return None
    if isinstance(v, bool) or type(v).__name__ == "bool_":
        return bool(v)
    if isinstance(v, int):
        return int(v)
    if hasattr(v, "item") and not isinstance(v, (list, tuple, dict)):
        return norm(v.item(), dec)
    if isinstance(v, float):
        return round(v, dec)
    if isinstance(v, (list, tuple)):
        return [norm(x, dec) for x in v]
    if isinstance(v, dict):
        return {k: norm(x, dec) for k, x in v.items()}
    return v


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 1e-9
        except (TypeError, ValueError):
            return False
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b


def main():
    global DATA
    args = sys.argv[1:]
    if args:
        DATA = Path(args[0])
    elif os.environ.get("CAPSCOPE_DATA_DIR"):
        DATA = Path(os.environ["CAPSCOPE_DATA_DIR"])
    else:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)")
    key_path = Path(args[1]) if len(args) > 1 else Path(__file__).resolve().parent / "key.jsonl"
    key = {}
    for line in key_path.read_text().splitlines():
        if line.strip():
            r = json.loads(line)
            key[(r["passage_id"], r["claim_index"])] = r
    mismatches = 0
    env = dict(globals())
    for pid, i, dec, expr in RECIPES:
        val = norm(eval(expr, env), dec) if expr else None
        want = key.get((pid, i), {}).get("computed_value", "MISSING")
        ok = same(val, want)
        mismatches += 0 if ok else 1
        print(f"{'ok ' if ok else 'BAD'} {pid}#{i}: {val!r}" + ("" if ok else f"  (key: {want!r})"))
    missing = set(key) - {(p, i) for p, i, _, _ in RECIPES}
    mismatches += len(missing)
    for m in sorted(missing):
        print("BAD no recipe for", m)
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
