"""Microservices architectures: API gateways, service meshes, message queues, sagas, BFFs."""

from architect_ai.library.diagrams import spec

MICROSERVICES = (
    spec(
        "microservices-ecommerce-platform",
        "microservices",
        "ecommerce",
        "E-commerce microservices",
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
         """,
    ),
    spec(
        "microservices-service-mesh",
        "microservices",
        "booking",
        "Booking services on a service mesh",
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
         """,
    ),
    spec(
        "microservices-healthcare-clinic",
        "microservices",
        "healthcare",
        "Clinic microservices with queues",
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
         """,
    ),
    spec(
        "microservices-order-saga",
        "microservices",
        "inventory",
        "Orchestrated order saga",
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
         """,
    ),
    spec(
        "microservices-education-bff",
        "microservices",
        "education",
        "Education platform with BFFs",
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
         """,
    ),
    spec(
        "microservices-crm-strangler",
        "microservices",
        "crm",
        "Strangling a CRM monolith",
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
         """,
    ),
)
