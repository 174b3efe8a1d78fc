"""Event-driven architectures: CQRS, event sourcing, event buses, outbox, fan-out."""

from architect_ai.library.diagrams import spec

EVENT_DRIVEN = (
    spec(
        "event-driven-cqrs-orders",
        "event_driven",
        "ecommerce",
        "CQRS for orders",
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
         """,
    ),
    spec(
        "event-driven-stock-ledger",
        "event_driven",
        "inventory",
        "Event-sourced stock ledger",
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
         """,
    ),
    spec(
        "event-driven-event-bus",
        "event_driven",
        "crm",
        "CRM event bus",
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
         """,
    ),
    spec(
        "event-driven-outbox",
        "event_driven",
        "booking",
        "Transactional outbox for reservations",
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
         """,
    ),
    spec(
        "event-driven-hospital-integration",
        "event_driven",
        "healthcare",
        "Hospital event integration",
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
         """,
    ),
    spec(
        "event-driven-feed-fanout",
        "event_driven",
        "social_media",
        "Feed fan-out on write",
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
         """,
    ),
)
