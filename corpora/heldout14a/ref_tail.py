

def normalise(value, decimals):
    """Round floats (also inside lists) the way key.jsonl stores them."""
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
    if len(sys.argv) > 1:
        DATA = Path(sys.argv[1])
    elif os.environ.get("CAPSCOPE_DATA_DIR"):
        DATA = Path(os.environ["CAPSCOPE_DATA_DIR"])
    else:
        sys.exit("usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)")
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
    missing = [k for k in key if k not in seen]
    for k in missing:
        mismatches += 1
        print(f"{k[0]} #{k[1]}: no recipe   <-- key record without a recipe")
    print(f"{len(RECIPES)} recipes, {len(key)} key records, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
