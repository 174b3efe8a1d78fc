"""Architecture diagrams, platform styles: three-tier, CI/CD pipelines and real-time systems."""

from architect_ai.library.diagrams import spec

THREE_TIER = (
    spec("three-tier-lms", "three_tier", "education", "Three-tier LMS",
         "a learning management system in a classic three-tier architecture",
         "an Angular presentation tier, a load-balanced ASP.NET Core application tier and a MongoDB replica set "
         "with a Redis cache",
         ("Angular SPA", "ASP.NET Core API", "load balancer", "MongoDB replica set", "Redis"),
         """
         flowchart TB
             subgraph presentation["Presentation tier"]
                 browser["Browser"]
                 spa["Angular SPA on CDN"]
             end
             subgraph application["Application tier"]
                 lb["Load balancer"]
                 api1["ASP.NET Core API - node 1"]
                 api2["ASP.NET Core API - node 2"]
                 worker["Background worker (grading, emails)"]
             end
             subgraph data["Data tier"]
                 mongo[("MongoDB replica set")]
                 redis[("Redis cache and sessions")]
                 files[("Blob storage: course files")]
             end
             browser --> spa
             spa -->|"HTTPS JSON"| lb
             lb --> api1 & api2
             api1 & api2 --> mongo
             api1 & api2 --> redis
             api1 & api2 --> files
             worker --> mongo
         """),
    spec("three-tier-hospital-onprem", "three_tier", "healthcare", "On-premises hospital system",
         "an on-premises hospital information system with segregated network tiers",
         "firewalls separate the DMZ web tier, the internal application servers and the clustered database tier",
         ("DMZ web tier", "application servers", "SQL Server Always On", "firewalls", "backup vault"),
         """
         flowchart LR
             subgraph users["Users"]
                 portal["Patient portal (internet)"]
                 ward["Ward workstations (intranet)"]
             end
             fw1{{"Perimeter firewall + WAF"}}
             subgraph dmz["Presentation tier - DMZ"]
                 web1["Web server 1"]
                 web2["Web server 2"]
             end
             fw2{{"Internal firewall"}}
             subgraph appTier["Application tier"]
                 app1["App server: ADT and scheduling"]
                 app2["App server: orders and results"]
             end
             fw3{{"Database firewall"}}
             subgraph dataTier["Data tier"]
                 sqlPrimary[("SQL Server primary")]
                 sqlReplica[("SQL Server secondary")]
                 backup[("Encrypted backup vault")]
             end
             portal --> fw1 --> web1 & web2
             ward --> app1 & app2
             web1 & web2 --> fw2 --> app1 & app2
             app1 & app2 --> fw3 --> sqlPrimary
             sqlPrimary -.->|"synchronous commit"| sqlReplica
             sqlPrimary -.->|"nightly"| backup
         """),
    spec("three-tier-crm-azure", "three_tier", "crm", "CRM on Azure PaaS",
         "a CRM web application on Azure in three tiers",
         "Front Door serves the Angular app from static hosting, App Service runs the API and Azure SQL plus "
         "Cosmos DB hold the data, with secrets in Key Vault",
         ("Azure Front Door", "App Service", "Azure SQL", "Cosmos DB", "Key Vault"),
         """
         flowchart TB
             user["Sales rep"] --> fd["Azure Front Door + WAF"]
             subgraph web["Presentation"]
                 static["Static Web App: Angular"]
             end
             subgraph app["Application"]
                 api["App Service: CRM API (.NET)"]
                 func["Azure Functions: imports"]
             end
             subgraph data["Data"]
                 sql[("Azure SQL: accounts, deals")]
                 cosmos[("Cosmos DB: activity timeline")]
                 storage[("Blob: attachments")]
             end
             kv["Key Vault"]
             fd --> static
             fd -->|"/api"| api
             api --> sql & cosmos & storage
             func --> sql
             api -.->|"managed identity"| kv
             func -.-> kv
         """),
    spec("three-tier-booking-aws", "three_tier", "booking", "Highly available booking site on AWS",
         "a hotel booking website on AWS with a highly available three-tier layout",
         "each tier spans two availability zones: an ALB in public subnets, auto-scaled app servers in private "
         "subnets and a Multi-AZ RDS database",
         ("Application Load Balancer", "Auto Scaling group", "RDS Multi-AZ", "ElastiCache", "private subnets"),
         """
         flowchart TB
             guest["Guest"] --> r53["Route 53"] --> alb["Application Load Balancer"]
             subgraph vpc["VPC"]
                 subgraph azA["Availability zone A"]
                     appA["EC2 app server (ASG)"]
                     rdsA[("RDS primary")]
                 end
                 subgraph azB["Availability zone B"]
                     appB["EC2 app server (ASG)"]
                     rdsB[("RDS standby")]
                 end
                 cache[("ElastiCache Redis: search results")]
             end
             alb --> appA & appB
             appA & appB --> rdsA
             appA & appB --> cache
             rdsA -.->|"synchronous replication"| rdsB
             appA & appB -->|"NAT gateway"| pay["Payment gateway"]
         """),
    spec("three-tier-inventory", "three_tier", "inventory", "Warehouse management system tiers",
         "a warehouse management system with handheld scanners",
         "scanners and the back-office web UI share a REST application tier, writes go to PostgreSQL and "
         "reports read from a replica",
         ("handheld scanners", "back-office UI", "REST API", "PostgreSQL", "reporting replica"),
         """
         flowchart LR
             subgraph clients["Presentation tier"]
                 scanner["Handheld scanner app"]
                 office["Back-office web UI"]
                 reports["Reporting portal"]
             end
             subgraph logic["Application tier"]
                 api["WMS REST API"]
                 jobs["Scheduler: replenishment, cycle counts"]
                 erp["ERP connector"]
             end
             subgraph storage["Data tier"]
                 pg[("PostgreSQL primary")]
                 replica[("Read replica")]
             end
             scanner & office --> api
             reports --> replica
             api --> pg
             jobs --> pg
             erp <-->|"POs and invoices"| api
             pg -.->|"streaming replication"| replica
         """),
)

CICD = (
    spec("cicd-github-actions-kubernetes", "cicd", "general", "GitHub Actions to Kubernetes",
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
         """),
    spec("cicd-gitops-argocd", "cicd", "ecommerce", "GitOps with Argo CD",
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
         """),
    spec("cicd-dotnet-angular", "cicd", "crm", ".NET and Angular pipeline",
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
         """),
    spec("cicd-blue-green", "cicd", "booking", "Blue-green deployments",
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
         """),
    spec("cicd-canary-analysis", "cicd", "social_media", "Canary releases with automated analysis",
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
         """),
)

REALTIME = (
    spec("realtime-chat", "realtime", "social_media", "Real-time chat",
         "a real-time chat system for a social network",
         "sticky WebSocket connections land on a gateway cluster, Redis pub/sub routes messages between nodes, "
         "and offline users get push notifications",
         ("WebSocket gateway", "Redis pub/sub", "presence service", "message store", "push notifications"),
         """
         flowchart LR
             subgraph clients["Clients"]
                 web["Web client"]
                 mobile["Mobile client"]
             end
             lb["Load balancer (sticky sessions)"]
             subgraph gateways["WebSocket gateway cluster"]
                 ws1["WS node 1"]
                 ws2["WS node 2"]
             end
             subgraph backend["Chat back end"]
                 chat["Chat Service"]
                 presence["Presence Service"]
                 pushSvc["Push Service"]
             end
             pubsub[["Redis pub/sub"]]
             store[("Cassandra: messages by conversation")]
             presenceCache[("Redis: online users, TTL 60s")]
             web & mobile -->|"wss"| lb --> ws1 & ws2
             ws1 & ws2 --> chat
             chat --> store
             chat -->|"publish to conversation channel"| pubsub
             pubsub -->|"deliver"| ws1 & ws2
             ws1 & ws2 -->|"heartbeat"| presence --> presenceCache
             chat -->|"recipient offline"| pushSvc --> apns["APNs / FCM"]
         """),
    spec("realtime-live-classroom", "realtime", "education", "Live virtual classroom",
         "a live virtual classroom with video, chat and presence",
         "Socket.IO servers share rooms through a Redis adapter for chat and presence, while video flows through "
         "a WebRTC SFU with TURN fallback",
         ("Socket.IO servers", "Redis adapter", "presence", "WebRTC SFU", "TURN servers"),
         """
         flowchart TB
             subgraph participants["Participants"]
                 teacher["Teacher browser"]
                 students["Student browsers"]
             end
             subgraph signaling["Signaling and chat"]
                 io1["Socket.IO server A"]
                 io2["Socket.IO server B"]
                 adapter[["Redis adapter"]]
             end
             subgraph media["Media plane"]
                 sfu["WebRTC SFU (mediasoup)"]
                 turn["TURN / STUN servers"]
             end
             subgraph state["State"]
                 roster[("Presence and hand-raise state")]
                 recordings[("Recordings storage")]
             end
             teacher & students -->|"join room"| io1 & io2
             io1 <--> adapter
             io2 <--> adapter
             io1 & io2 --> roster
             teacher -->|"publish video"| sfu
             sfu -->|"forward streams"| students
             students -.->|"behind NAT"| turn -.-> sfu
             sfu --> recordings
         """),
    spec("realtime-order-tracking", "realtime", "ecommerce", "Live delivery tracking",
         "live delivery tracking for online orders",
         "courier GPS pings stream through MQTT into a stream processor, which pushes ETA updates to customers "
         "over WebSockets",
         ("courier app", "MQTT broker", "stream processor", "WebSocket push", "ETA service"),
         """
         flowchart LR
             courier["Courier app"] -->|"GPS every 5s"| mqtt["MQTT broker"]
             mqtt --> ingest["Ingest service"] --> stream[["Kafka: courier-locations"]]
             subgraph processing["Stream processing"]
                 flink["Flink job: map matching"]
                 eta["ETA service"]
             end
             stream --> flink --> eta
             eta --> state[("Redis: order to position and ETA")]
             eta -->|"OrderLocationUpdated"| push["WebSocket push service"]
             customer["Customer order page"] <-->|"wss: /track/orderId"| push
             orders["Order Service"] -->|"assignments"| stream
         """),
    spec("realtime-sales-dashboard", "realtime", "crm", "Live sales dashboard",
         "a live sales dashboard that updates as deals change",
         "CRM domain events feed a SignalR hub scaled out with Azure SignalR Service, and Angular clients "
         "subscribe to team groups",
         ("SignalR hub", "Azure SignalR Service", "domain events", "Angular dashboard", "aggregates cache"),
         """
         flowchart TB
             subgraph sources["Event sources"]
                 deals["Opportunity Service"]
                 calls["Telephony integration"]
             end
             bus[["Service Bus topic: crm-events"]]
             subgraph realtime["Real-time tier"]
                 aggregator["Aggregator worker"]
                 hub["SignalR hub (ASP.NET Core)"]
                 azureSignalR["Azure SignalR Service"]
             end
             cache[("Redis: team totals")]
             subgraph viewers["Viewers"]
                 dash["Angular dashboard"]
                 tv["Office TV wall"]
             end
             deals & calls --> bus --> aggregator
             aggregator --> cache
             aggregator -->|"send to group team-42"| hub
             hub <--> azureSignalR
             azureSignalR <-->|"WebSocket"| dash & tv
             dash -->|"initial load"| cache
         """),
    spec("realtime-telehealth", "realtime", "healthcare", "Telehealth waiting room",
         "a telehealth platform with a virtual waiting room",
         "patients wait in a WebSocket-driven queue with live position updates, and the clinician starts a "
         "WebRTC call negotiated through the signaling server",
         ("virtual waiting room", "WebSocket queue updates", "signaling server", "WebRTC", "TURN relay"),
         """
         flowchart LR
             patient["Patient browser"] -->|"wss"| waiting["Waiting room service"]
             clinician["Clinician console"] -->|"wss"| waiting
             waiting --> queue[("Redis sorted set: queue by priority")]
             waiting -->|"position updates"| patient
             clinician -->|"admit patient"| waiting
             subgraph call["Video consultation"]
                 signal["Signaling server"]
                 turn["TURN relay"]
             end
             waiting -->|"create session"| signal
             patient & clinician <-->|"SDP offer and answer, ICE"| signal
             patient <-.->|"SRTP media"| turn <-.-> clinician
             signal --> visit[("Visit record")]
         """),
)
