"""Real-time systems: WebSocket servers, presence, chat, live tracking, telehealth."""

from architect_ai.library.diagrams import spec

REALTIME = (
    spec(
        "realtime-chat",
        "realtime",
        "social_media",
        "Real-time chat",
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
         """,
    ),
    spec(
        "realtime-live-classroom",
        "realtime",
        "education",
        "Live virtual classroom",
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
         """,
    ),
    spec(
        "realtime-order-tracking",
        "realtime",
        "ecommerce",
        "Live delivery tracking",
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
         """,
    ),
    spec(
        "realtime-sales-dashboard",
        "realtime",
        "crm",
        "Live sales dashboard",
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
         """,
    ),
    spec(
        "realtime-telehealth",
        "realtime",
        "healthcare",
        "Telehealth waiting room",
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
         """,
    ),
)
