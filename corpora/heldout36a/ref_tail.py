

def main():
    global D
    args = sys.argv[1:]
    D = args[0] if args else os.environ.get('CAPSCOPE_DATA_DIR')
    if not D:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]')
    here = os.path.dirname(os.path.abspath(__file__))
    keyp = args[1] if len(args) > 1 else os.path.join(here, 'key.jsonl')
    recs = [json.loads(l) for l in open(keyp, encoding='utf-8') if l.strip()]
    mism = 0
    for k in recs:
        kid = '%s#%d' % (k['passage_id'], k['claim_index'])
        expr = RECIPES.get(kid)
        val = None if expr is None else eval(expr)
        val = json.loads(json.dumps(val))
        ok = val == k['computed_value']
        if not ok:
            mism += 1
        print('%s %s %s -> %s' % ('ok ' if ok else 'BAD', kid, expr, json.dumps(val)))
    print('%d recipes, %d key records, %d mismatches' % (len(RECIPES), len(recs), mism))
    sys.exit(1 if mism else 0)


if __name__ == '__main__':
    main()
