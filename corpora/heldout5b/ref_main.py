

def normalise(value, decimals):
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return round(value, decimals)
    if isinstance(value, (list, tuple)):
        return [normalise(v, decimals) for v in value]
    return value


def main():
    global DATA
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CAPSCOPE_DATA_DIR")
    if not data:
        sys.exit("usage: python reference.py DATA_DIR [KEY_JSONL]  (or set CAPSCOPE_DATA_DIR)")
    DATA = Path(data)
    key_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("key.jsonl")
    key = {}
    for line in key_path.open():
        e = json.loads(line)
        key[(e["passage_id"], e["claim_index"])] = e["computed_value"]
    mismatches = 0
    for pid, idx, dec, f in RECIPES:
        value = None if f is None else normalise(f(), dec)
        flag = ""
        if key.get((pid, idx), "missing") != value:
            mismatches += 1
            flag = f"   <-- key.jsonl has {key.get((pid, idx), 'missing')!r}"
        print(f"{pid} #{idx}: {value!r}{flag}")
    missing = set(key) - {(p, i) for p, i, _, _ in RECIPES}
    mismatches += len(missing)
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
