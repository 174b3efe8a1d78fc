"""C#: the tree-sitter-c-sharp grammar; ASP.NET, EF Core, MediatR … detectors (`analyze/detectors/dotnet.py`)."""

from architect_ai.lang.record import Grammar, Language

LANGUAGE = Language(
    name="csharp",
    title="C#",
    suffixes=(".cs", ".csx"),
    grammars=(Grammar("csharp", "tree_sitter_c_sharp"),),
    aliases={"c#": "csharp"},
    facts_query="""
(class_declaration name: (identifier) @type)
(struct_declaration name: (identifier) @type)
(record_declaration name: (identifier) @type)
(interface_declaration name: (identifier) @type)
(enum_declaration name: (identifier) @type)
(method_declaration name: (identifier) @method)
(using_directive) @import
""",
    sample="""using System;

namespace Shop;

// One customer order.
public class Order
{
    public int Id { get; set; }
    public void Ship() { Console.WriteLine(Id); }
}
""",
    detectors=("ASP.NET Core", "EF Core", "MediatR", "FluentValidation", "AutoMapper", "MongoDB"),
    roles=("architect_ai.analyze.roles_dotnet:dotnet_role",),
    test_content=r"\[(Fact|Theory|Test|TestMethod|TestFixture|TestClass)\b",
    ecosystems=("dotnet",),
    structure=("architect_ai.analyze.structure_readers:dotnet",),
)
