from architect_ai.export.splits import split_of


def test_split_is_a_pure_function_of_seed_and_group():
    groups = [f"code:src/File{i}.cs:1-40" for i in range(2000)]
    first = [split_of(g, seed=7, valid_fraction=0.05) for g in groups]
    assert first == [split_of(g, seed=7, valid_fraction=0.05) for g in groups]
    share = first.count("valid") / len(groups)
    assert 0.03 < share < 0.07
    assert first != [split_of(g, seed=8, valid_fraction=0.05) for g in groups]


def test_zero_fraction_puts_everything_in_train():
    assert {split_of(f"g{i}", seed=1, valid_fraction=0.0) for i in range(100)} == {"train"}
