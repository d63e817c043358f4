"""Claim constructor shared by the spec files."""


def c(t, metric, value, unit, ref, anchor, expr, verdict, rule, note, qualifier=None, window=None,
      comparison=None, basis="close", dec=2, fig=""):
    return {"index_or_ticker": t, "metric": metric, "value": value, "unit": unit, "qualifier": qualifier,
            "ref_date": ref, "window": window, "comparison": comparison, "basis": basis, "anchor": anchor,
            "expr": expr, "dec": dec, "verdict": verdict, "rule": rule, "note": note, "fig": fig}


def src(site, url, outlet):
    return {"site": site, "url": url, "original_outlet": outlet}
