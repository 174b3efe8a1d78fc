"""Sequence diagrams: CRUD operations and e-commerce flows (checkout, payment, order confirmation)."""

from architect_ai.library.diagrams import spec

CRUD = (
    spec("crud-create-patient", "crud", "healthcare", "Create a patient record",
         "creating a patient record through a .NET API backed by MongoDB",
         "the controller validates the DTO, rejects a duplicate MRN with 409 and returns 201 with the location "
         "of the new document",
         ("Angular form", "PatientsController", "validator", "MongoDB"),
         """
         sequenceDiagram
             autonumber
             actor N as Nurse
             participant F as Angular Patient Form
             participant C as PatientsController
             participant V as Model Validation
             participant DB as MongoDB patients
             N->>F: Enter demographics and submit
             F->>+C: POST /api/patients (PatientDto)
             C->>+V: Validate DataAnnotations
             V-->>-C: result
             alt model invalid
                 C-->>F: 400 ValidationProblemDetails
                 F-->>N: Highlight invalid fields
             else model valid
                 C->>DB: Find by MRN
                 alt MRN exists
                     C-->>F: 409 Conflict
                 else new patient
                     C->>DB: InsertOne(patient)
                     DB-->>C: ObjectId
                     C-->>F: 201 Created, Location /api/patients/id
                     F-->>N: Show patient chart
                 end
             end
             deactivate C
         """),
    spec("crud-read-cache-aside", "crud", "ecommerce", "Read a product with cache-aside",
         "reading a product by id with a cache-aside strategy",
         "the service checks Redis first, falls back to the database on a miss, caches the result with a TTL "
         "and returns 404 for unknown ids",
         ("client", "Products API", "Redis cache", "database"),
         """
         sequenceDiagram
             autonumber
             participant CL as Client
             participant API as Products API
             participant R as Redis
             participant DB as Product DB
             CL->>+API: GET /api/products/42
             API->>R: GET product:42
             alt cache hit
                 R-->>API: cached JSON
             else cache miss
                 R-->>API: nil
                 API->>DB: SELECT product 42
                 alt not found
                     DB-->>API: no rows
                     API-->>CL: 404 Not Found
                 else found
                     DB-->>API: product row
                     API->>R: SET product:42 EX 300
                 end
             end
             API-->>-CL: 200 OK with ETag
         """),
    spec("crud-list-paging", "crud", "education", "List courses with filtering and paging",
         "listing courses with filtering, sorting and paging",
         "the API validates query parameters, runs the count and the page query in parallel and returns the "
         "page with paging metadata",
         ("Angular list", "CoursesController", "MongoDB"),
         """
         sequenceDiagram
             autonumber
             actor S as Student
             participant UI as Angular Course List
             participant C as CoursesController
             participant DB as MongoDB courses
             S->>UI: Filter by category and sort by rating
             UI->>+C: GET /api/courses?category=data&sort=-rating&page=2&size=20
             C->>C: Validate page at least 1 and size at most 100
             alt bad query
                 C-->>UI: 400 ProblemDetails
             else valid
                 par count matches
                     C->>DB: CountDocuments(filter)
                 and fetch page
                     C->>DB: Find(filter).Sort(rating desc).Skip(20).Limit(20)
                 end
                 DB-->>C: total and documents
                 C-->>UI: 200 items, total, page, size
                 UI-->>S: Render page 2 with pager
             end
             deactivate C
         """),
    spec("crud-update-concurrency", "crud", "crm", "Update with optimistic concurrency",
         "updating a CRM contact with optimistic concurrency control",
         "the client sends the ETag it read, the update only matches the same version, and a concurrent edit "
         "gets 412 so the user can merge",
         ("sales rep", "contact editor", "Contacts API", "database"),
         """
         sequenceDiagram
             autonumber
             actor R as Sales Rep
             participant E as Contact Editor
             participant API as Contacts API
             participant DB as Database
             E->>+API: GET /api/contacts/7
             API-->>-E: 200 contact, ETag "v3"
             R->>E: Change phone number and save
             E->>+API: PUT /api/contacts/7 with If-Match "v3"
             API->>DB: Update where id = 7 and version = 3, set version = 4
             alt one document matched
                 DB-->>API: modified 1
                 API-->>E: 200 OK, ETag "v4"
                 E-->>R: Saved
             else nothing matched
                 DB-->>API: modified 0
                 API->>DB: Load current version
                 API-->>E: 412 Precondition Failed with current contact
                 E-->>R: Show both versions to merge
             end
             deactivate API
         """),
    spec("crud-soft-delete", "crud", "booking", "Soft-delete with authorization and audit",
         "deleting a hotel room type with authorization checks and a soft delete",
         "only managers of the hotel may delete, room types with future reservations are refused, and the "
         "delete is a flag plus an audit event",
         ("hotel manager", "RoomTypesController", "authorization policy", "database", "audit log"),
         """
         sequenceDiagram
             autonumber
             actor M as Hotel Manager
             participant C as RoomTypesController
             participant P as Authorization Policy
             participant DB as Database
             participant AU as Audit Log
             M->>+C: DELETE /api/hotels/5/room-types/12
             C->>+P: Authorize HotelManager for hotel 5
             P-->>-C: decision
             alt not allowed
                 C-->>M: 403 Forbidden
             else allowed
                 C->>DB: Count future reservations for room type 12
                 alt reservations exist
                     C-->>M: 409 Conflict, move reservations first
                 else none
                     C->>DB: Set isDeleted = true, deletedAt = now
                     C-)AU: RoomTypeDeleted by manager
                     C-->>M: 204 No Content
                 end
             end
             deactivate C
         """),
    spec("crud-bulk-import", "crud", "inventory", "Bulk import of items from CSV",
         "bulk importing inventory items from a CSV file",
         "rows are validated one by one, valid rows are upserted in batches of 500 and the response reports "
         "accepted and rejected rows",
         ("inventory clerk", "Import API", "CSV parser", "database"),
         """
         sequenceDiagram
             autonumber
             actor K as Inventory Clerk
             participant API as Import API
             participant P as CSV Parser
             participant DB as Item Store
             K->>+API: POST /api/items/import (items.csv)
             API->>+P: Parse header and rows
             P-->>-API: row stream
             loop every batch of 500 rows
                 API->>API: Validate SKU, unit of measure and quantities
                 opt some rows invalid
                     API->>API: Collect row numbers and messages
                 end
                 API->>DB: BulkWrite upserts by SKU (unordered)
                 DB-->>API: inserted and updated counts
             end
             API-->>-K: 200 summary with accepted, rejected and errors
         """),
)

ECOMMERCE = (
    spec("ecommerce-checkout", "ecommerce", "ecommerce", "Checkout",
         "the checkout of an online shop",
         "the cart is re-priced, stock is reserved with a timeout, the payment is authorised, and the order is "
         "confirmed or the reservation released",
         ("customer", "checkout service", "inventory service", "payment service", "order service"),
         """
         sequenceDiagram
             autonumber
             actor C as Customer
             participant W as Storefront
             participant CO as Checkout Service
             participant INV as Inventory Service
             participant PAY as Payment Service
             participant ORD as Order Service
             C->>W: Click "Place order"
             W->>+CO: POST /checkout with cart id, address, payment method
             CO->>CO: Re-price cart, apply coupon, compute tax
             CO->>+INV: Reserve items (15 min hold)
             INV-->>-CO: reservation id or out of stock
             alt out of stock
                 CO-->>W: 409 items unavailable
             else reserved
                 CO->>+PAY: Authorize total
                 PAY-->>-CO: authorized or declined
                 alt declined
                     CO->>INV: Release reservation
                     CO-->>W: 402 payment declined
                 else authorized
                     CO->>+ORD: Create order (Confirmed)
                     ORD-->>-CO: order number
                     CO-->>W: 201 order number
                     W-->>C: Thank-you page
                 end
             end
             deactivate CO
         """),
    spec("ecommerce-payment-3ds", "ecommerce", "ecommerce", "Card payment with 3-D Secure",
         "card payment processing with 3-D Secure",
         "card data goes straight to the payment provider, the bank may challenge the shopper, and the final "
         "state arrives through a signed webhook",
         ("shopper", "payment page", "Payments API", "payment provider", "issuing bank"),
         """
         sequenceDiagram
             autonumber
             actor S as Shopper
             participant P as Payment Page
             participant API as Payments API
             participant PSP as Payment Provider
             participant B as Issuing Bank
             S->>P: Enter card details (provider iframe)
             P->>PSP: Tokenize card
             PSP-->>P: payment method token
             P->>+API: POST /payments with order id and token
             API->>+PSP: Create payment intent, confirm
             PSP->>B: Authentication request
             alt challenge required
                 PSP-->>API: requires_action with redirect URL
                 API-->>P: 202 next action
                 P->>B: Show 3-D Secure challenge
                 S->>B: Approve in banking app
                 B-->>PSP: authenticated
             else frictionless
                 B-->>PSP: authenticated
             end
             PSP-->>-API: authorized
             deactivate API
             PSP-)API: Webhook payment_intent.succeeded (signed)
             API->>API: Verify signature, mark payment captured (idempotent)
             API-->>P: Poll result: paid
             P-->>S: Payment successful
         """),
    spec("ecommerce-order-confirmation", "ecommerce", "ecommerce", "Order confirmation",
         "order confirmation after a successful payment",
         "the PaymentCaptured event confirms the order, and invoice, email and warehouse pick list are "
         "produced by independent consumers",
         ("payment service", "message broker", "order service", "invoice service", "warehouse"),
         """
         sequenceDiagram
             autonumber
             participant PAY as Payment Service
             participant MB as Message Broker
             participant ORD as Order Service
             participant INVC as Invoice Service
             participant N as Notification Service
             participant WH as Warehouse System
             PAY-)MB: PaymentCaptured(order 1001)
             MB-)+ORD: deliver
             ORD->>ORD: Status Pending to Confirmed
             ORD-)MB: OrderConfirmed(order 1001)
             deactivate ORD
             par invoice
                 MB-)+INVC: OrderConfirmed
                 INVC->>INVC: Generate PDF invoice
                 INVC-->>-MB: ack
             and email
                 MB-)+N: OrderConfirmed
                 N->>N: Render confirmation email with invoice link
                 N-->>-MB: ack
             and fulfilment
                 MB-)+WH: OrderConfirmed
                 WH->>WH: Create pick list
                 WH-->>-MB: ack
             end
         """),
    spec("ecommerce-add-to-cart", "ecommerce", "ecommerce", "Add to cart",
         "adding a product to the shopping cart",
         "guests get an anonymous cart by cookie, stock is checked before adding, and an existing line has its "
         "quantity increased",
         ("shopper", "product page", "Cart API", "inventory service", "cart store"),
         """
         sequenceDiagram
             autonumber
             actor S as Shopper
             participant PP as Product Page
             participant CA as Cart API
             participant INV as Inventory Service
             participant R as Cart Store (Redis)
             S->>PP: Choose size M, quantity 2, click "Add to cart"
             PP->>+CA: POST /cart/items with sku and quantity
             opt no cart cookie
                 CA->>R: Create anonymous cart (TTL 30 days)
             end
             CA->>+INV: Available quantity for sku
             INV-->>-CA: 5
             alt requested more than available
                 CA-->>PP: 409 only 5 left
             else enough stock
                 CA->>R: Load cart
                 alt sku already in cart
                     CA->>R: Increase line quantity
                 else new line
                     CA->>R: Append line with current price
                 end
                 CA-->>PP: 200 cart with totals
                 PP-->>S: Mini-cart badge shows new count
             end
             deactivate CA
         """),
    spec("ecommerce-refund", "ecommerce", "ecommerce", "Return and refund",
         "a product return and refund",
         "the return label is issued after eligibility checks, and the refund is only executed once the "
         "warehouse has inspected the item",
         ("customer", "returns service", "warehouse", "payment provider"),
         """
         sequenceDiagram
             autonumber
             actor C as Customer
             participant RS as Returns Service
             participant O as Order Service
             participant WH as Warehouse
             participant PSP as Payment Provider
             C->>+RS: Request return for order line 3
             RS->>O: Get order line, delivery date
             alt outside 30-day window
                 RS-->>C: Return not possible
             else eligible
                 RS->>RS: Create RMA, generate prepaid label
                 RS-->>C: Label and drop-off instructions
             end
             deactivate RS
             C->>WH: Ship parcel
             WH->>+RS: Item received, inspection result
             alt item as new
                 RS->>PSP: Refund full amount
                 PSP-->>RS: refund id
                 RS-)C: Refund issued
             else damaged
                 RS->>PSP: Partial refund
                 RS-)C: Partial refund with reason
             end
             deactivate RS
         """),
    spec("ecommerce-marketplace-payout", "ecommerce", "ecommerce", "Marketplace vendor payout",
         "vendor payouts in a multi-vendor marketplace",
         "a weekly job sums delivered vendor orders, deducts commission and refunds, and pays out through the "
         "payment provider's connected accounts",
         ("payout scheduler", "ledger", "payment provider", "vendor"),
         """
         sequenceDiagram
             autonumber
             participant SCH as Payout Scheduler
             participant L as Ledger Service
             participant PSP as Payment Provider
             participant N as Notification Service
             actor V as Vendor
             SCH->>+L: Start weekly payout run
             loop each vendor with a balance
                 L->>L: Sum delivered vendor orders minus commission and refunds
                 alt balance below minimum payout
                     L->>L: Carry balance forward
                 else payable
                     L->>+PSP: Transfer to connected account (idempotency key)
                     PSP-->>-L: transfer id
                     L->>L: Record payout, close ledger period
                     L-)N: PayoutSent
                     N-)V: Payout statement email
                 end
             end
             L-->>-SCH: Run summary
         """),
)
