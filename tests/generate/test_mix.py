from collections import Counter

from architect_ai.data import Example, chat
from architect_ai.generate.mix import interleave, plan_quotas, round_robin


def stream(category: str, n: int, prefix: str = ""):
    for i in range(n):
        yield Example(
            chat("", f"{prefix}{category} {i}", f"answer {category} {i}"),
            category,
            "k",
            "d",
            "s",
            "t",
            f"{category}{i}",
        )


def test_quotas_take_all_artifacts_and_user_code_then_sweep_for_the_rest():
    assert plan_quotas({"artifact": 600, "user_code": 500, "sweep": 9000}, 5000) == {
        "artifact": 600,
        "user_code": 500,
        "sweep": 3900,
    }


def test_quotas_when_capacity_is_short_take_everything():
    assert plan_quotas({"artifact": 10, "user_code": 20, "sweep": 30}, 500) == {
        "artifact": 10,
        "user_code": 20,
        "sweep": 30,
    }


def test_small_target_keeps_a_sweep_floor_and_shares_the_rest_by_capacity():
    quotas = plan_quotas({"artifact": 1000, "user_code": 500, "sweep": 4000}, 500)
    assert sum(quotas.values()) == 500
    assert quotas["sweep"] == 100
    assert quotas["artifact"] == 267 and quotas["user_code"] == 133


def test_interleave_meets_target_exactly_and_keeps_the_mix_in_every_prefix():
    streams = {
        "artifact": stream("artifact", 100),
        "user_code": stream("user_code", 100),
        "sweep": stream("sweep", 800),
    }
    quotas = {"artifact": 100, "user_code": 100, "sweep": 300}
    out = list(interleave(streams, quotas, 500, lambda e: None, Counter()))
    assert len(out) == 500
    first = Counter(e.category for e in out[:100])
    assert first == {"artifact": 20, "user_code": 20, "sweep": 60}


def test_interleave_counts_drops_and_fills_a_shortfall_from_other_streams():
    streams = {"artifact": stream("artifact", 50), "user_code": stream("user_code", 50), "sweep": stream("sweep", 500)}
    quotas = {"artifact": 50, "user_code": 50, "sweep": 100}
    drops = Counter()
    gate = lambda e: "too_long" if e.category == "artifact" and e.user.endswith("0") else None  # noqa: E731
    out = list(interleave(streams, quotas, 200, gate, drops))
    assert len(out) == 200
    assert drops == {"too_long": 5}
    assert Counter(e.category for e in out)["artifact"] == 45


def test_round_robin_alternates_until_all_exhausted():
    a, b = stream("artifact", 2), stream("sweep", 4)
    assert [e.category for e in round_robin(a, b)] == ["artifact", "sweep", "artifact", "sweep", "sweep", "sweep"]
