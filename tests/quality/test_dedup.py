from architect_ai.data import Example, chat
from architect_ai.quality.dedup import Deduplicator, minhash

CODE = "\n".join(f"public string Field{i} {{ get; set; }} // property number {i}" for i in range(40))


def ex(user: str, answer: str, group: str) -> Example:
    return Example(chat("sys", user, answer), "user_code", "dotnet_dto", "repo", "a.cs:1-2", "t", group)


def test_exact_pair_is_dropped_as_duplicate():
    dedup = Deduplicator()
    assert dedup.check(ex("write it", CODE, "g1")) is None
    assert dedup.check(ex("write it", CODE, "g1")) == "duplicate"


def test_variations_of_one_group_share_an_answer_but_another_group_may_not_reuse_it():
    dedup = Deduplicator()
    assert [dedup.check(ex(f"ask {i}", CODE, "g1")) for i in range(10)] == [None] * 10
    assert dedup.check(ex("another request", CODE, "g2")) == "answer_reuse"


def test_explicit_reuse_cap_counts_examples_of_one_answer():
    dedup = Deduplicator(max_answer_reuse=3)
    results = [dedup.check(ex(f"ask {i}", CODE, f"g{i}")) for i in range(5)]
    assert results == [None, None, None, "answer_reuse", "answer_reuse"]


def test_near_duplicates_across_groups_are_capped_by_group_count():
    near = CODE.replace("property number 39", "property number thirty-nine")
    nearer = CODE.replace("property number 38", "prop 38")
    dedup = Deduplicator(threshold=0.8, near_dup_max_groups=2)
    assert dedup.check(ex("a", CODE, "g1")) is None
    assert dedup.check(ex("b", near, "g2")) is None  # second group in the cluster: allowed
    assert dedup.check(ex("c", nearer, "g3")) == "near_duplicate"  # third group: capped
    assert dedup.near_duplicates_found == 2


def test_different_answers_are_not_near_duplicates():
    other = "\n".join(f"export function helper{i}(x: number): number {{ return x * {i}; }}" for i in range(40))
    assert minhash(CODE).jaccard(minhash(other)) < 0.2
    dedup = Deduplicator()
    assert dedup.check(ex("a", CODE, "g1")) is None
    assert dedup.check(ex("b", other, "g2")) is None
    assert dedup.distinct_answers == 2
