"""React: components, custom hooks and data-fetching libraries (built-in hooks are mined by `ConventionMiner`)."""

from architect_ai.analyze.detectors import TS, Detector

_REACT = r"from\s+['\"]react['\"]|require\(\s*['\"]react['\"]\s*\)|from\s+['\"]react-dom"

DETECTORS = (
    Detector(
        "react_function_components",
        "React components are functions",
        TS,
        (r"^\s*export\s+(?:default\s+)?function\s+([A-Z]\w*)\s*\(", r"^\s*(?:export\s+)?const\s+([A-Z]\w*)\s*=\s*\("),
        requires=_REACT + r"|</?[A-Z]\w*[\s/>]",
        role="react_component",
        hint=" Write it as a function component.",
    ),
    Detector(
        "react_custom_hooks",
        "Shared logic lives in custom hooks (`useXxx`)",
        TS,
        (r"^\s*(?:export\s+)?(?:default\s+)?(?:function\s+|const\s+)(use[A-Z]\w*)\b",),
        role="react_hook",
        hint=" Put the logic in a custom hook.",
    ),
    Detector(
        "react_data_fetching",
        "Server state is fetched with a data-fetching library (`useQuery`, `useMutation`, `useSWR`…)",
        TS,
        (r"\b(useQuery|useMutation|useInfiniteQuery|useSuspenseQuery|useSWR|createApi)\s*(?:<[^>()]*>)?\s*\(",),
        requires=r"from\s+['\"](?:@tanstack/react-query|react-query|swr|@reduxjs/toolkit/query)",
        hint=" Fetch the server state with the data-fetching library.",
    ),
)
