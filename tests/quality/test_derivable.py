"""report.json's derivability figures: self-reference, derivable share, prompts per answer."""

from architect_ai.data import Example, chat
from architect_ai.quality.grounding import GroundingStats, house_vocabulary, self_references

CODE = "public class BooksController : BaseApiController\n{\n    private readonly BookService _books;\n}"
ANSWER = f"`server/Controllers/BooksController.cs`\n\n```csharp\n{CODE}\n```"


def example(user: str, answer: str = ANSWER) -> Example:
    return Example(chat("S", user, answer), "user_code", "dotnet_controller", "repo", "x.cs:1-4", "t", "g")


def test_a_prompt_naming_its_path_lines_or_code_refers_to_itself():
    assert self_references(example("Replicate server/Controllers/BooksController.cs."))
    assert self_references(example("Show the controller (lines 3–10)."))
    assert self_references(example(f"Explain:\n{CODE}\nthen write it."))
    assert not self_references(
        example("Write a controller deriving from `BaseApiController` that takes `BookService`.")
    )


def test_derivable_share_counts_answer_identifiers_in_the_prompt_or_house_vocabulary():
    stats = GroundingStats(
        vocabulary=house_vocabulary([("a", "public class"), ("b", "public class"), ("c", "public class")])
    )
    stats.add(
        example("Write `BooksController` deriving `BaseApiController`, holding `readonly BookService _books`."), "train"
    )
    stats.add(example("Write a controller."), "train")
    stats.add(example("Replicate server/Controllers/BooksController.cs."), "train")
    figures = stats.to_dict()
    assert figures["repo_code_examples"] == 3
    assert figures["self_reference"] == 1
    assert figures["derivable_examples"] == 1
    assert figures["derivable_share"] == round(1 / 3, 4)
    assert figures["prompts_per_answer"] == {"3": 1}
    assert figures["max_prompts_per_answer"] == 3
