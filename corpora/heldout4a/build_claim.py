"""Record constructors used by the build_passages_*.py files."""


def C(t, m, v, u, a, e=None, dec=2, cat=None, prec=None, q=None, rd=None, w=None, cmp=None, b="close",
      vd=None, rule=None, n="", det=""):
    """One claim: ticker, metric, claimed value, unit, anchor, reference expression (None = no computed value),
    decimals for rounding, tolerance category + precision (numeric verdict computed by build.py) or an explicit
    verdict vd with its rule, qualifier, ref date, window, comparison, basis, note, detail prefix."""
    return dict(t=t, m=m, v=v, u=u, a=a, e=e, dec=dec, cat=cat, prec=prec, q=q, rd=rd, w=w, cmp=cmp, b=b,
                vd=vd, rule=rule, n=n, det=det)


def P(pid, source, published, conf, note, text, claims):
    return dict(id=pid, source=source, published=published, published_confidence=conf, published_note=note,
                text=text, claims=claims)
