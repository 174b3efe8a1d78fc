"""Three-tier architectures: presentation, application and data tiers."""

from architect_ai.library.diagrams import spec

THREE_TIER = (
    spec(
        "three-tier-lms",
        "three_tier",
        "education",
        "Three-tier LMS",
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
         """,
    ),
    spec(
        "three-tier-hospital-onprem",
        "three_tier",
        "healthcare",
        "On-premises hospital system",
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
         """,
    ),
    spec(
        "three-tier-crm-azure",
        "three_tier",
        "crm",
        "CRM on Azure PaaS",
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
         """,
    ),
    spec(
        "three-tier-booking-aws",
        "three_tier",
        "booking",
        "Highly available booking site on AWS",
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
         """,
    ),
    spec(
        "three-tier-inventory",
        "three_tier",
        "inventory",
        "Warehouse management system tiers",
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
         """,
    ),
)
