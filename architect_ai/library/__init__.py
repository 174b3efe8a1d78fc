"""The builtin artifact library: expert ERDs, architecture/sequence/flowchart diagrams and code templates.

Public entry point: the top-level module `expanded_artifact_examples` (`ARTIFACT_EXAMPLES`, `load_library`,
`diagram_of`). The sub-modules hold the data, declared once and rendered:

- `item` — the `ArtifactItem` record, the answer shape and `diagram_of`.
- `phrasing` — composed instruction phrasings and lead-in lines.
- `erd` — entity catalogs per domain, rendered to Mermaid `erDiagram`.
- `architectures`, `sequences`, `flowcharts` — hand-written Mermaid diagrams with their metadata.
- `code` — domain resources rendered to .NET controllers, DTOs, Angular services and validation code.
"""
