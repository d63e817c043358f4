def normalise(value, decimals):
    """Round floats (also inside lists/tuples) the way key.jsonl stores them."""
    if hasattr(value, "item") and not isinstance(value, (list, tuple)):
        value = value.item()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return round(value, decimals)
    if isinstance(value, (list, tuple)):
        return [normalise(v, decimals) for v in value]
    if isinstance(value, int):
        return value
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
        entry = json.loads(line)
        key[(entry["passage_id"], entry["claim_index"])] = entry["computed_value"]
    mismatches = 0
    seen = set()
    for passage_id, index, decimals, computation in RECIPES:
        seen.add((passage_id, index))
        value = None if computation is None else normalise(computation(), decimals)
        flag = ""
        if key.get((passage_id, index), "missing") != value:
            mismatches += 1
            flag = f"   <-- key.jsonl has {key.get((passage_id, index), 'missing')!r}"
        print(f"{passage_id} #{index}: {value!r}{flag}")
    missing = set(key) - seen
    mismatches += len(missing)
    for m in sorted(missing):
        print(f"{m[0]} #{m[1]}: no recipe   <-- MISMATCH")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
