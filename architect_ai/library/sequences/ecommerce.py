"""E-commerce flows: cart, checkout, payment processing, order confirmation, refunds, payouts."""

from architect_ai.library.diagrams import spec

ECOMMERCE = (
    spec(
        "ecommerce-checkout",
        "ecommerce",
        "ecommerce",
        "Checkout",
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
         """,
    ),
    spec(
        "ecommerce-payment-3ds",
        "ecommerce",
        "ecommerce",
        "Card payment with 3-D Secure",
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
         """,
    ),
    spec(
        "ecommerce-order-confirmation",
        "ecommerce",
        "ecommerce",
        "Order confirmation",
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
         """,
    ),
    spec(
        "ecommerce-add-to-cart",
        "ecommerce",
        "ecommerce",
        "Add to cart",
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
         """,
    ),
    spec(
        "ecommerce-refund",
        "ecommerce",
        "ecommerce",
        "Return and refund",
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
         """,
    ),
    spec(
        "ecommerce-marketplace-payout",
        "ecommerce",
        "ecommerce",
        "Marketplace vendor payout",
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
         """,
    ),
)
