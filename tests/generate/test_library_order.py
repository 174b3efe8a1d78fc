from collections import Counter

from architect_ai.generate.library import library_examples, load_items, weighted_order


def test_phrasing_major_every_item_once_before_any_repeats():
    items = load_items("code-prototype")
    out = list(library_examples(items, system_prompt="", weights={}))
    assert len(out) == sum(len(i.instructions) for i in items)
    first = out[: len(items)]
    assert len({e.source for e in first}) == len(items)


def test_a_weighted_domain_gives_its_later_phrasings_sooner():
    items = load_items("erd")
    prefix = list(library_examples(items, system_prompt="", weights={"healthcare": 3.0}))[: len(items)]
    domains = Counter(e.domain for e in prefix)
    plain = Counter(e.domain for e in list(library_examples(items, system_prompt="", weights={}))[: len(items)])
    assert domains["healthcare"] >= 2.5 * plain["healthcare"]


def test_weighted_order_interleaves_kinds_and_domains():
    items = load_items("code-prototype")
    head = weighted_order(items, {})[:20]
    assert len({(i.kind, i.domain) for i in head}) >= 15
