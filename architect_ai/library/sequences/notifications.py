"""Notification flows: email, SMS, push, reminders, in-app, digests."""

from architect_ai.library.diagrams import spec

NOTIFICATIONS = (
    spec(
        "notify-email-transactional",
        "notifications",
        "general",
        "Transactional email",
        "sending a transactional email through a provider",
        "the notification service renders a template, respects unsubscribe preferences, retries on provider "
        "errors, and records delivery from webhooks",
        ("notification service", "template engine", "email provider", "preferences store"),
        """
         sequenceDiagram
             autonumber
             participant APP as Application
             participant NS as Notification Service
             participant PR as Preferences Store
             participant T as Template Engine
             participant ESP as Email Provider
             APP-)+NS: SendEmail(template order-shipped, user 55)
             NS->>PR: Email allowed for user 55?
             alt unsubscribed
                 NS->>NS: Drop and record suppression
             else allowed
                 NS->>T: Render with locale and data
                 T-->>NS: subject, HTML, text
                 loop up to 3 attempts with backoff
                     NS->>ESP: POST /send
                     ESP-->>NS: 202 message id or 5xx
                 end
             end
             deactivate NS
             ESP-)NS: Webhook delivered, bounced or complained
             NS->>PR: Suppress address on hard bounce
         """,
    ),
    spec(
        "notify-sms-otp",
        "notifications",
        "general",
        "SMS one-time code",
        "sending a one-time code by SMS",
        "codes are rate limited per phone number, stored hashed with a short expiry, and verified with an "
        "attempt counter",
        ("user", "Verification API", "rate limiter", "SMS gateway"),
        """
         sequenceDiagram
             autonumber
             actor U as User
             participant API as Verification API
             participant RL as Rate Limiter
             participant DB as Code Store
             participant SMS as SMS Gateway (Twilio)
             U->>+API: Request code for phone number
             API->>RL: Count requests for number in last hour
             alt more than 5
                 API-->>U: 429 Too Many Requests
             else within limit
                 API->>API: Generate 6-digit code
                 API->>DB: Save hash, expires in 5 min, attempts 0
                 API->>SMS: Send "Your code is ..."
                 SMS-->>API: queued
                 API-->>U: 202 code sent
             end
             deactivate API
             U->>+API: Submit code
             API->>DB: Compare hash, increment attempts
             alt match and not expired
                 API-->>U: 200 verified
             else wrong or expired
                 API-->>U: 400 invalid code
             end
             deactivate API
         """,
    ),
    spec(
        "notify-push-mobile",
        "notifications",
        "social_media",
        "Mobile push notification",
        "mobile push notifications for new followers and likes",
        "device tokens are registered per user, events are batched to avoid spam, and invalid tokens reported "
        "by FCM or APNs are removed",
        ("mobile app", "push service", "device registry", "FCM", "APNs"),
        """
         sequenceDiagram
             autonumber
             participant APP as Mobile App
             participant PS as Push Service
             participant DR as Device Registry
             participant FCM as Firebase Cloud Messaging
             participant APNS as Apple Push Service
             APP->>+PS: Register device token and platform
             PS->>DR: Upsert token for user
             PS-->>-APP: 204 registered
             Note over PS: Later, a like event arrives
             PS->>PS: Batch likes per user for 2 minutes
             PS->>DR: Tokens of recipient
             loop each device
                 alt Android
                     PS->>+FCM: Send notification
                     FCM-->>-PS: result
                 else iOS
                     PS->>+APNS: Send alert
                     APNS-->>-PS: result
                 end
                 opt token unregistered
                     PS->>DR: Delete token
                 end
             end
         """,
    ),
    spec(
        "notify-appointment-reminders",
        "notifications",
        "healthcare",
        "Appointment reminders",
        "multi-channel appointment reminders for patients",
        "a scheduler finds tomorrow's appointments, picks each patient's preferred channel, and a reply of C "
        "cancels the appointment",
        ("scheduler", "reminder service", "SMS gateway", "email provider", "appointment service"),
        """
         sequenceDiagram
             autonumber
             participant SCH as Scheduler
             participant RS as Reminder Service
             participant AP as Appointment Service
             participant SMS as SMS Gateway
             participant EM as Email Provider
             actor P as Patient
             SCH->>+RS: Daily run at 09:00
             RS->>AP: Appointments starting in 24 to 48 hours
             AP-->>RS: appointment list
             loop each appointment
                 alt prefers SMS
                     RS->>SMS: Reminder with reply options
                 else prefers email
                     RS->>EM: Reminder with calendar file
                 end
             end
             deactivate RS
             P->>SMS: Reply C
             SMS-)+RS: Inbound message webhook
             RS->>AP: Cancel appointment, free slot
             RS->>SMS: Confirm cancellation
             deactivate RS
         """,
    ),
    spec(
        "notify-in-app-realtime",
        "notifications",
        "crm",
        "In-app notifications",
        "in-app notifications in a CRM web app",
        "notifications are stored first, pushed live over a SignalR connection when the user is online, and "
        "fetched as unread on the next login otherwise",
        ("CRM service", "notification store", "SignalR hub", "Angular app"),
        """
         sequenceDiagram
             autonumber
             participant CRM as Opportunity Service
             participant NS as Notification Service
             participant DB as Notification Store
             participant H as SignalR Hub
             participant UI as Angular App
             CRM-)+NS: DealAssigned(rep 12, deal 300)
             NS->>DB: Insert notification, unread
             NS->>H: Is rep 12 connected?
             alt online
                 H-)UI: ReceiveNotification
                 UI->>UI: Show toast, increment bell badge
             else offline
                 NS->>NS: Keep for next login
             end
             deactivate NS
             UI->>+NS: GET /api/notifications?unread=true
             NS->>DB: Query unread for rep 12
             NS-->>-UI: unread list
             UI->>NS: POST /api/notifications/read with ids
         """,
    ),
    spec(
        "notify-digest-batch",
        "notifications",
        "education",
        "Weekly digest emails",
        "a weekly digest email to students with upcoming deadlines",
        "a batch job pages through active students, builds a personal digest, and skips students with nothing due",
        ("batch job", "LMS database", "digest builder", "email provider"),
        """
         sequenceDiagram
             autonumber
             participant J as Digest Job
             participant DB as LMS Database
             participant B as Digest Builder
             participant EP as Email Provider
             J->>+DB: Active students, page 1 of 1000
             DB-->>-J: students
             loop every page until empty
                 loop each student
                     J->>+B: Build digest for next 7 days
                     B->>DB: Assignments due, new grades, announcements
                     B-->>-J: digest or empty
                     opt digest not empty
                         J->>EP: Send batch item
                     end
                 end
                 J->>DB: Next page
             end
             J->>J: Log sent and skipped counts
         """,
    ),
)
