"""CI/CD pipelines: GitHub Actions, Docker, Kubernetes, GitOps, blue-green and canary releases."""

from architect_ai.library.diagrams import spec

CICD = (
    spec(
        "cicd-github-actions-kubernetes",
        "cicd",
        "general",
        "GitHub Actions to Kubernetes",
        "a CI/CD pipeline from GitHub Actions to Kubernetes",
        "every push is linted, tested and built into a Docker image, staging deploys automatically with Helm "
        "and production waits for an approval",
        ("GitHub Actions", "Docker image", "container registry", "Helm", "Kubernetes"),
        """
         flowchart LR
             dev["Developer"] -->|"push / pull request"| gh["GitHub repository"]
             subgraph ci["GitHub Actions: CI"]
                 lint["Lint"]
                 test["Unit tests"]
                 build["docker build"]
                 scan["Image scan (Trivy)"]
             end
             gh --> lint --> test --> build --> scan
             scan -->|"push tag sha"| registry[("GHCR registry")]
             subgraph cd["GitHub Actions: CD"]
                 staging["helm upgrade: staging"]
                 smoke["Smoke tests"]
                 approval{"Manual approval"}
                 prod["helm upgrade: production"]
             end
             registry --> staging --> smoke --> approval
             approval -->|"approved"| prod
             subgraph clusters["Kubernetes"]
                 k8sStaging["staging cluster"]
                 k8sProd["production cluster"]
             end
             staging --> k8sStaging
             prod --> k8sProd
         """,
    ),
    spec(
        "cicd-gitops-argocd",
        "cicd",
        "ecommerce",
        "GitOps with Argo CD",
        "GitOps delivery of e-commerce services with Argo CD",
        "CI only builds images and bumps the tag in a config repository, Argo CD pulls and reconciles each "
        "cluster to match Git",
        ("GitHub Actions", "config repository", "Argo CD", "Kubernetes clusters", "Kustomize overlays"),
        """
         flowchart LR
             subgraph appRepo["Application repository"]
                 code["Service code"]
             end
             subgraph ci["CI (GitHub Actions)"]
                 test["Test"]
                 image["Build and push image"]
                 bump["Bump image tag PR"]
             end
             subgraph configRepo["Config repository"]
                 base["Kustomize base"]
                 stagingOverlay["overlays/staging"]
                 prodOverlay["overlays/production"]
             end
             registry[("Container registry")]
             argo["Argo CD"]
             subgraph k8s["Clusters"]
                 stagingCluster["staging"]
                 prodCluster["production"]
             end
             code --> test --> image --> registry
             image --> bump --> stagingOverlay
             stagingOverlay -.->|"promote by PR"| prodOverlay
             argo -->|"watch"| configRepo
             argo -->|"sync"| stagingCluster & prodCluster
             stagingCluster & prodCluster -.->|"pull images"| registry
         """,
    ),
    spec(
        "cicd-dotnet-angular",
        "cicd",
        "crm",
        ".NET and Angular pipeline",
        "a CI/CD pipeline for a .NET API and Angular front end",
        "back end and front end build in parallel jobs, quality gates run before integration tests in Docker "
        "Compose, then both images deploy to AKS",
        ("dotnet test", "npm test", "SonarQube", "Docker Compose", "AKS"),
        """
         flowchart TB
             pr["Pull request"] --> checkout["Checkout"]
             subgraph backend["Back-end job"]
                 restore["dotnet restore"]
                 dotnetTest["dotnet test + coverage"]
                 apiImage["docker build api"]
             end
             subgraph frontend["Front-end job"]
                 npmCi["npm ci"]
                 ngTest["ng test (headless Chrome)"]
                 ngBuild["ng build --configuration production"]
             end
             checkout --> restore --> dotnetTest --> apiImage
             checkout --> npmCi --> ngTest --> ngBuild
             subgraph gates["Quality gates"]
                 sonar["SonarQube analysis"]
                 deps["Dependency audit"]
             end
             dotnetTest & ngTest --> sonar
             npmCi --> deps
             integration["Integration tests (docker compose: api, web, mongo)"]
             apiImage & ngBuild --> integration
             sonar & deps & integration --> acr[("Azure Container Registry")]
             acr --> aks["Deploy to AKS"]
         """,
    ),
    spec(
        "cicd-blue-green",
        "cicd",
        "booking",
        "Blue-green deployments",
        "blue-green deployments for a booking API on Kubernetes",
        "the new version deploys beside the live one, smoke tests run against it, and the ingress switches "
        "traffic with an instant rollback path",
        ("blue deployment", "green deployment", "ingress switch", "smoke tests", "rollback"),
        """
         flowchart LR
             pipeline["Pipeline: release v2"] --> deployGreen["Deploy green (v2)"]
             subgraph cluster["Kubernetes"]
                 ingress["Ingress"]
                 subgraph blue["Blue - live (v1)"]
                     blueSvc["booking-api-blue"]
                 end
                 subgraph green["Green - idle (v2)"]
                     greenSvc["booking-api-green"]
                 end
             end
             db[("Shared database, backward compatible migrations")]
             deployGreen --> greenSvc
             greenSvc --> smoke{"Smoke tests pass?"}
             smoke -->|"yes"| switch["Switch ingress to green"]
             smoke -->|"no"| teardown["Delete green, keep blue"]
             switch --> ingress
             ingress -->|"100% traffic"| blueSvc
             ingress -.->|"after switch"| greenSvc
             blueSvc & greenSvc --> db
             switch -.->|"errors rise: switch back"| blueSvc
         """,
    ),
    spec(
        "cicd-canary-analysis",
        "cicd",
        "social_media",
        "Canary releases with automated analysis",
        "canary releases of a social feed service with automated metric analysis",
        "Argo Rollouts shifts traffic in steps while Prometheus queries decide whether to promote or abort",
        ("Argo Rollouts", "canary steps", "Prometheus analysis", "stable version", "abort"),
        """
         flowchart TB
             ci["CI: image feed-svc v42"] --> rollout["Argo Rollouts: new ReplicaSet"]
             subgraph traffic["Traffic split (Istio VirtualService)"]
                 stable["stable v41"]
                 canary["canary v42"]
             end
             rollout --> canary
             subgraph steps["Canary steps"]
                 s1["5% for 10 min"]
                 s2["25% for 10 min"]
                 s3["50% for 10 min"]
                 full["100% - promote"]
             end
             analysis{"Prometheus analysis: error rate below 1% and p95 below 300 ms"}
             s1 --> analysis
             analysis -->|"pass"| s2 --> s3 --> full
             analysis -->|"fail"| abort["Abort: scale canary to 0"]
             abort --> stable
             full --> stable
             canary -.->|"metrics"| prom[("Prometheus")] -.-> analysis
         """,
    ),
)
