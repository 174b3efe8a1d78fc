"""Architecture diagrams, distributed styles: microservices, serverless and event-driven."""

from architect_ai.library.diagrams import spec

MICROSERVICES = (
    spec("microservices-ecommerce-platform", "microservices", "ecommerce", "E-commerce microservices",
         "an e-commerce platform built as microservices",
         "an API gateway fronts five services that each own their data and publish domain events to Kafka",
         ("API gateway", "catalog service", "order service", "Kafka", "payment service", "Redis"),
         """
         flowchart LR
             subgraph clients["Clients"]
                 web["Web SPA"]
                 mobile["Mobile app"]
             end
             subgraph edge["Edge"]
                 cdn["CDN"]
                 gw["API Gateway (Kong)"]
             end
             subgraph services["Services"]
                 catalog["Catalog Service"]
                 cart["Cart Service"]
                 orders["Order Service"]
                 payments["Payment Service"]
                 users["Identity Service"]
             end
             subgraph data["Data stores"]
                 catalogDb[("Catalog DB - PostgreSQL")]
                 cartCache[("Cart - Redis")]
                 orderDb[("Orders DB - PostgreSQL")]
                 userDb[("Users DB")]
             end
             bus[["Kafka event bus"]]
             psp["Payment provider (Stripe)"]
             web --> cdn --> gw
             mobile --> gw
             gw --> catalog & cart & orders & users
             catalog --> catalogDb
             cart --> cartCache
             orders --> orderDb
             users --> userDb
             orders -->|"charge"| payments
             payments --> psp
             orders -.->|"OrderPlaced"| bus
             payments -.->|"PaymentCaptured"| bus
             bus -.-> catalog
         """),
    spec("microservices-service-mesh", "microservices", "booking", "Booking services on a service mesh",
         "a hotel booking platform running on an Istio service mesh",
         "every pod carries an Envoy sidecar, istiod pushes mTLS certificates and routing, telemetry flows to "
         "Prometheus and Jaeger",
         ("Istio ingress gateway", "Envoy sidecars", "istiod control plane", "search service", "reservation service"),
         """
         flowchart TB
             user["Guest browser"] --> ingress["Istio Ingress Gateway"]
             subgraph mesh["Kubernetes cluster - service mesh"]
                 subgraph searchPod["search pod"]
                     searchSvc["Search Service"] --- searchProxy["Envoy sidecar"]
                 end
                 subgraph reservePod["reservation pod"]
                     reserveSvc["Reservation Service"] --- reserveProxy["Envoy sidecar"]
                 end
                 subgraph pricePod["pricing pod"]
                     priceSvc["Pricing Service"] --- priceProxy["Envoy sidecar"]
                 end
                 subgraph payPod["payment pod"]
                     paySvc["Payment Service"] --- payProxy["Envoy sidecar"]
                 end
             end
             subgraph control["Control plane"]
                 istiod["istiod (config, mTLS certs)"]
             end
             subgraph observe["Observability"]
                 prom[("Prometheus")]
                 jaeger["Jaeger tracing"]
                 kiali["Kiali"]
             end
             ingress --> searchProxy
             ingress --> reserveProxy
             reserveProxy -->|"mTLS"| priceProxy
             reserveProxy -->|"mTLS, retries, timeout 2s"| payProxy
             istiod -.->|"xDS config"| searchProxy & reserveProxy & priceProxy & payProxy
             searchProxy & reserveProxy & priceProxy & payProxy -.->|"metrics, spans"| prom
             prom --> kiali
             reserveProxy -.-> jaeger
         """),
    spec("microservices-healthcare-clinic", "microservices", "healthcare", "Clinic microservices with queues",
         "a clinic platform of microservices integrated through a message queue",
         "synchronous calls go through the gateway, while appointment events reach notifications, billing and "
         "the EHR adapter through RabbitMQ",
         ("API gateway", "appointment service", "RabbitMQ", "FHIR adapter", "audit log"),
         """
         flowchart LR
             subgraph channels["Channels"]
                 portal["Patient portal"]
                 staff["Staff desktop"]
             end
             gw["API Gateway + OAuth2 (Keycloak)"]
             subgraph core["Core services"]
                 patients["Patient Service"]
                 appts["Appointment Service"]
                 billing["Billing Service"]
                 notify["Notification Service"]
             end
             mq[["RabbitMQ exchanges"]]
             subgraph integration["Integration"]
                 fhir["FHIR adapter"]
                 ehr["Hospital EHR"]
             end
             subgraph stores["Data"]
                 patientDb[("Patients - PostgreSQL")]
                 apptDb[("Appointments - PostgreSQL")]
                 audit[("Audit log - append only")]
             end
             portal & staff --> gw
             gw --> patients & appts & billing
             patients --> patientDb
             appts --> apptDb
             appts -.->|"appointment.booked"| mq
             mq -.-> notify
             mq -.-> billing
             mq -.-> fhir
             fhir --> ehr
             patients & appts & billing -.->|"access events"| audit
         """),
    spec("microservices-order-saga", "microservices", "inventory", "Orchestrated order saga",
         "order fulfilment across inventory, payment and shipping microservices using an orchestrated saga",
         "the saga orchestrator sends commands over queues and triggers compensations when a step fails",
         ("saga orchestrator", "inventory service", "payment service", "shipping service", "command queues"),
         """
         flowchart TB
             api["Order API"] --> orch["Saga Orchestrator"]
             orch --> sagaDb[("Saga state store")]
             subgraph queues["Command and reply channels"]
                 invQ[["inventory.commands"]]
                 payQ[["payment.commands"]]
                 shipQ[["shipping.commands"]]
                 replies[["saga.replies"]]
             end
             subgraph participants["Participants"]
                 inventory["Inventory Service"]
                 payment["Payment Service"]
                 shipping["Shipping Service"]
             end
             orch -->|"1 ReserveStock"| invQ --> inventory
             orch -->|"2 ChargePayment"| payQ --> payment
             orch -->|"3 CreateShipment"| shipQ --> shipping
             inventory & payment & shipping -.->|"replies"| replies -.-> orch
             orch -.->|"compensate: ReleaseStock, RefundPayment"| invQ
             inventory --> stockDb[("Stock DB")]
             payment --> payDb[("Payments DB")]
             shipping --> shipDb[("Shipments DB")]
         """),
    spec("microservices-education-bff", "microservices", "education", "Education platform with BFFs",
         "an online learning platform using backends-for-frontends",
         "web and mobile each get their own BFF that aggregates course, enrollment and grading services behind "
         "a shared identity provider",
         ("web BFF", "mobile BFF", "course service", "enrollment service", "identity provider"),
         """
         flowchart LR
             subgraph frontends["Front ends"]
                 angular["Angular web app"]
                 app["Mobile app"]
             end
             subgraph bffs["Backends for frontends"]
                 webBff["Web BFF"]
                 mobileBff["Mobile BFF - GraphQL"]
             end
             idp["Identity provider (OpenID Connect)"]
             subgraph domain["Domain services"]
                 courses["Course Service"]
                 enroll["Enrollment Service"]
                 grading["Grading Service"]
                 media["Media Service"]
             end
             subgraph infra["Infrastructure"]
                 mongo[("MongoDB")]
                 redis[("Redis cache")]
                 blob[("Video storage")]
                 queue[["Azure Service Bus"]]
             end
             angular --> webBff
             app --> mobileBff
             angular & app -.->|"login"| idp
             webBff & mobileBff --> courses & enroll & grading
             mobileBff --> media
             courses & enroll & grading --> mongo
             webBff --> redis
             media --> blob
             grading -.->|"GradeReleased"| queue -.-> enroll
         """),
    spec("microservices-crm-strangler", "microservices", "crm", "Strangling a CRM monolith",
         "a legacy CRM being migrated to microservices with the strangler fig pattern",
         "the gateway routes migrated paths to new services while change data capture keeps the monolith's "
         "database and the new stores in sync",
         ("routing gateway", "legacy CRM monolith", "contacts service", "leads service", "Debezium CDC"),
         """
         flowchart LR
             users["Sales users"] --> gw["Routing gateway (YARP)"]
             subgraph legacy["Legacy"]
                 monolith["CRM monolith"]
                 legacyDb[("Oracle CRM schema")]
             end
             subgraph modern["New services"]
                 contacts["Contacts Service"]
                 leads["Leads Service"]
                 contactsDb[("Contacts - MongoDB")]
                 leadsDb[("Leads - PostgreSQL")]
             end
             subgraph sync["Data sync"]
                 cdc["Debezium CDC"]
                 kafka[["Kafka topics"]]
             end
             gw -->|"/contacts, /leads"| contacts & leads
             gw -->|"all other routes"| monolith
             monolith --> legacyDb
             contacts --> contactsDb
             leads --> leadsDb
             legacyDb -.->|"row changes"| cdc --> kafka
             kafka -.-> contacts & leads
         """),
)

SERVERLESS = (
    spec("serverless-image-pipeline", "serverless", "social_media", "Serverless media processing",
         "photo uploads for a social app on AWS serverless",
         "clients upload straight to S3 with a presigned URL, and an S3 event triggers Lambda to resize images "
         "and record metadata in DynamoDB",
         ("API Gateway", "Lambda", "S3", "DynamoDB", "CloudFront"),
         """
         flowchart LR
             app["Mobile app"] -->|"1 request upload URL"| apigw["API Gateway"]
             apigw --> presign["Lambda: presign"]
             presign -->|"presigned PUT"| app
             app -->|"2 upload"| raw[("S3: raw-uploads")]
             subgraph processing["Processing"]
                 resize["Lambda: resize and strip EXIF"]
                 moderate["Lambda: moderation (Rekognition)"]
             end
             raw -.->|"ObjectCreated"| resize
             resize --> media[("S3: media")]
             resize --> meta[("DynamoDB: media metadata")]
             resize -.-> moderate
             moderate --> meta
             media --> cf["CloudFront CDN"] --> app
         """),
    spec("serverless-rest-api", "serverless", "crm", "Serverless REST API",
         "a serverless REST API for CRM contacts",
         "Cognito authorises every API Gateway route, one Lambda per use case reads and writes a single "
         "DynamoDB table",
         ("API Gateway", "Cognito authorizer", "Lambda functions", "DynamoDB single table", "CloudWatch"),
         """
         flowchart TB
             spa["Angular SPA"] --> cognito["Cognito user pool"]
             spa -->|"JWT"| apigw["API Gateway (REST)"]
             apigw -->|"authorize"| cognito
             subgraph functions["Lambda functions"]
                 listFn["GET /contacts"]
                 getFn["GET /contacts/{id}"]
                 createFn["POST /contacts"]
                 updateFn["PUT /contacts/{id}"]
             end
             apigw --> listFn & getFn & createFn & updateFn
             table[("DynamoDB: crm-table (PK, SK, GSI1)")]
             listFn & getFn & createFn & updateFn --> table
             subgraph ops["Operations"]
                 logs["CloudWatch Logs and metrics"]
                 xray["X-Ray traces"]
             end
             functions -.-> logs
             functions -.-> xray
         """),
    spec("serverless-order-processing", "serverless", "ecommerce", "Serverless order processing",
         "order processing for an online shop built from AWS serverless services",
         "orders are queued in SQS, a Step Functions workflow reserves stock, charges and notifies, and "
         "DynamoDB streams feed analytics",
         ("API Gateway", "SQS", "Step Functions", "Lambda", "DynamoDB", "SNS"),
         """
         flowchart LR
             shop["Storefront"] --> apigw["API Gateway"] --> intake["Lambda: validate order"]
             intake --> queue[["SQS: orders (DLQ after 3 tries)"]]
             queue --> starter["Lambda: start workflow"]
             subgraph workflow["Step Functions: order workflow"]
                 reserve["Reserve stock"]
                 charge["Charge card"]
                 confirm["Confirm order"]
                 compensate["Release stock"]
             end
             starter --> reserve --> charge --> confirm
             charge -.->|"failure"| compensate
             orders[("DynamoDB: orders")]
             reserve & confirm --> orders
             confirm --> sns["SNS: order-confirmed"]
             sns --> email["SES email"]
             orders -.->|"stream"| analytics["Lambda: to Firehose"] --> lake[("S3 data lake")]
         """),
    spec("serverless-availability-sync", "serverless", "booking", "Serverless availability sync",
         "room availability synchronisation with channel managers, serverless",
         "an EventBridge schedule drives Lambdas that pull and push availability, cached in DynamoDB with DAX "
         "for the public search API",
         ("EventBridge scheduler", "Lambda", "DynamoDB", "DAX", "API Gateway"),
         """
         flowchart TB
             subgraph schedule["Scheduling"]
                 cron["EventBridge rule: every 5 min"]
             end
             subgraph sync["Sync functions"]
                 pull["Lambda: pull channel bookings"]
                 push["Lambda: push availability"]
             end
             subgraph partners["Channel managers"]
                 ota1["Booking.com API"]
                 ota2["Expedia API"]
             end
             cron --> pull & push
             pull --> ota1 & ota2
             push --> ota1 & ota2
             pull --> avail[("DynamoDB: availability")]
             avail -.->|"stream"| push
             subgraph public["Public search"]
                 apigw["API Gateway (HTTP API)"]
                 search["Lambda: search rooms"]
                 dax["DAX cache"]
             end
             apigw --> search --> dax --> avail
             secrets["Secrets Manager: partner keys"] -.-> pull & push
         """),
    spec("serverless-learning-analytics", "serverless", "education", "Serverless learning analytics",
         "a serverless analytics pipeline for learner activity",
         "click events stream through Kinesis Firehose into an S3 data lake, Glue catalogs them and Athena "
         "powers dashboards",
         ("Kinesis Data Firehose", "S3 data lake", "Glue", "Athena", "QuickSight"),
         """
         flowchart LR
             lms["LMS front end"] -->|"xAPI events"| apigw["API Gateway"]
             apigw --> firehose["Kinesis Data Firehose"]
             firehose --> transform["Lambda: enrich and anonymise"]
             transform --> firehose
             subgraph lake["S3 data lake"]
                 rawZone[("raw zone")]
                 curated[("curated zone - Parquet")]
             end
             firehose --> rawZone
             subgraph analytics["Analytics"]
                 glue["Glue crawler and ETL job"]
                 athena["Athena"]
                 qs["QuickSight dashboards"]
             end
             rawZone --> glue --> curated
             curated --> athena --> qs
             athena -.->|"at-risk learners"| alert["Lambda: notify tutors"]
         """),
    spec("serverless-medical-documents", "serverless", "healthcare", "Serverless medical document intake",
         "serverless intake and extraction of scanned medical documents",
         "uploads land in an encrypted bucket, Textract and Comprehend Medical extract entities, and results "
         "are stored for clinician review",
         ("S3 with KMS", "Lambda", "Textract", "Comprehend Medical", "DynamoDB"),
         """
         flowchart TB
             clinic["Clinic scanner app"] --> apigw["API Gateway (private, IAM auth)"]
             apigw --> upload["Lambda: create upload"]
             upload --> inbox[("S3: inbox (SSE-KMS)")]
             kms["KMS customer key"] -.-> inbox
             subgraph extraction["Extraction workflow - Step Functions"]
                 ocr["Textract: analyze document"]
                 nlp["Comprehend Medical: detect entities"]
                 phi["Lambda: flag PHI"]
             end
             inbox -.->|"ObjectCreated"| ocr --> nlp --> phi
             phi --> results[("DynamoDB: extracted fields")]
             results --> review["Clinician review UI"]
             phi -.->|"audit"| trail["CloudTrail + CloudWatch"]
         """),
)

EVENT_DRIVEN = (
    spec("event-driven-cqrs-orders", "event_driven", "ecommerce", "CQRS for orders",
         "order management with CQRS and separate read models",
         "commands change aggregates and append events, projections build denormalised read models for queries",
         ("command API", "event store", "projections", "read models", "query API"),
         """
         flowchart LR
             ui["Storefront and back office"]
             subgraph write["Write side"]
                 cmdApi["Command API"]
                 handlers["Command handlers"]
                 agg["Order aggregate"]
                 store[("Event store")]
             end
             subgraph read["Read side"]
                 proj["Projection workers"]
                 search[("Elasticsearch: order search")]
                 summary[("Redis: customer order summary")]
                 queryApi["Query API"]
             end
             ui -->|"PlaceOrder, CancelOrder"| cmdApi --> handlers --> agg
             agg -->|"append events"| store
             store -.->|"subscribe"| proj
             proj --> search & summary
             ui -->|"queries"| queryApi --> search & summary
         """),
    spec("event-driven-stock-ledger", "event_driven", "inventory", "Event-sourced stock ledger",
         "an event-sourced stock ledger for warehouses",
         "stock levels are never updated in place: every receipt, pick and adjustment is an event, and "
         "projections derive on-hand quantities and reorder alerts",
         ("event store", "stock aggregate", "projections", "reorder alerts", "snapshots"),
         """
         flowchart TB
             scanners["Handheld scanners"] --> api["Stock command API"]
             api --> agg["StockItem aggregate"]
             agg -->|"load stream"| esdb[("EventStoreDB: stock-item streams")]
             agg -->|"StockReceived, StockPicked, StockAdjusted"| esdb
             subgraph projections["Projections"]
                 onhand["On-hand projection"]
                 reorder["Reorder projection"]
                 audit["Audit trail projection"]
             end
             esdb -.->|"catch-up subscription"| onhand & reorder & audit
             onhand --> levels[("SQL: stock levels")]
             reorder --> alerts["Purchasing alerts"]
             audit --> reports[("Reporting warehouse")]
             snap["Snapshotter"] -.-> esdb
         """),
    spec("event-driven-event-bus", "event_driven", "crm", "CRM event bus",
         "a CRM integrated through an event bus",
         "producers publish schema-validated events to the bus, each consumer has its own subscription and "
         "failures go to a dead-letter queue",
         ("event bus", "schema registry", "lead scoring", "dead-letter queue", "email automation"),
         """
         flowchart LR
             subgraph producers["Producers"]
                 leads["Lead Service"]
                 web["Web forms"]
                 deals["Opportunity Service"]
             end
             registry["Schema registry"]
             bus[["Event bus (Amazon EventBridge)"]]
             subgraph consumers["Consumers"]
                 scoring["Lead scoring"]
                 mailer["Email automation"]
                 warehouse["Analytics loader"]
                 slack["Sales alerts"]
             end
             dlq[["Dead-letter queue"]]
             leads & web & deals -->|"LeadCreated, DealWon"| bus
             leads & web & deals -.->|"validate"| registry
             bus -->|"rule: LeadCreated"| scoring & mailer
             bus -->|"rule: all"| warehouse
             bus -->|"rule: DealWon"| slack
             scoring & mailer -.->|"after retries"| dlq
         """),
    spec("event-driven-outbox", "event_driven", "booking", "Transactional outbox for reservations",
         "reservation events published with the transactional outbox pattern",
         "the reservation and its outbox row commit in one transaction, a CDC relay publishes to Kafka, and "
         "idempotent consumers react",
         ("reservation service", "outbox table", "CDC relay", "Kafka", "idempotent consumers"),
         """
         flowchart LR
             client["Booking site"] --> svc["Reservation Service"]
             subgraph db["PostgreSQL - one transaction"]
                 reservations[("reservations")]
                 outbox[("outbox")]
             end
             svc -->|"insert reservation"| reservations
             svc -->|"insert ReservationConfirmed"| outbox
             relay["Debezium outbox relay"]
             outbox -.->|"WAL"| relay --> kafka[["Kafka: reservation-events"]]
             subgraph consumers["Consumers (dedupe by event id)"]
                 payments["Payment Service"]
                 notify["Notification Service"]
                 loyalty["Loyalty Service"]
             end
             kafka --> payments & notify & loyalty
         """),
    spec("event-driven-hospital-integration", "event_driven", "healthcare", "Hospital event integration",
         "hospital systems integrated through ADT events",
         "the integration engine turns HL7 v2 ADT messages into FHIR events on topics that bed management, "
         "billing and analytics subscribe to",
         ("EHR", "integration engine", "FHIR event topics", "bed management", "billing"),
         """
         flowchart TB
             ehr["EHR (HL7 v2 ADT)"] -->|"MLLP"| engine["Integration engine (Mirth)"]
             lab["Lab system"] -->|"ORU results"| engine
             engine --> mapper["HL7 to FHIR mapper"]
             subgraph topics["Event topics"]
                 admit[["patient.admitted"]]
                 transfer[["patient.transferred"]]
                 discharge[["patient.discharged"]]
                 results[["lab.result-final"]]
             end
             mapper --> admit & transfer & discharge & results
             subgraph subscribers["Subscribers"]
                 beds["Bed management"]
                 billing["Billing"]
                 analytics["Clinical analytics"]
                 alerts["Critical result alerts"]
             end
             admit & transfer & discharge --> beds
             discharge --> billing
             admit & discharge --> analytics
             results --> alerts
         """),
    spec("event-driven-feed-fanout", "event_driven", "social_media", "Feed fan-out on write",
         "a social feed built by fanning out post events",
         "a PostCreated event fans out to follower timelines in Redis, while search indexing and notifications "
         "consume the same stream",
         ("post service", "Kafka", "fan-out workers", "timeline cache", "search indexer"),
         """
         flowchart LR
             author["Author"] --> postSvc["Post Service"] --> posts[("Posts - Cassandra")]
             postSvc -->|"PostCreated"| kafka[["Kafka: posts"]]
             subgraph workers["Consumers"]
                 fanout["Fan-out workers"]
                 indexer["Search indexer"]
                 notifier["Notification worker"]
             end
             kafka --> fanout & indexer & notifier
             followGraph[("Follower graph")]
             fanout -->|"followers of author"| followGraph
             fanout --> timelines[("Redis: timelines")]
             indexer --> es[("OpenSearch")]
             notifier --> push["Push gateway"]
             reader["Reader"] --> feedSvc["Feed Service"] --> timelines
             feedSvc -.->|"celebrity posts: pull on read"| posts
         """),
)
