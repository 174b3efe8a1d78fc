"""Flowcharts of business processes and decision flows."""

from __future__ import annotations

from architect_ai.library.diagrams import diagram_items, spec
from architect_ai.library.item import ArtifactItem

FLOWCHARTS = (
    spec(
        "order-fulfilment",
        "order_fulfilment",
        "ecommerce",
        "Order fulfilment",
        "order fulfilment in an online shop",
        "paid orders are split by warehouse stock, backorders wait for replenishment and every shipment is "
        "tracked until delivery or return",
        ("payment check", "stock allocation", "picking and packing", "shipping", "delivery exceptions"),
        """
         flowchart TD
             start(["Order received"]) --> paid{"Payment captured?"}
             paid -->|"no"| hold["Hold order, remind customer"] --> expired{"Paid within 48h?"}
             expired -->|"no"| cancel(["Cancel order"])
             expired -->|"yes"| alloc
             paid -->|"yes"| alloc["Allocate stock"]
             alloc --> stock{"All items in stock?"}
             stock -->|"no"| partial{"Customer accepts split shipment?"}
             partial -->|"yes"| pick
             partial -->|"no"| backorder["Backorder until replenished"] --> alloc
             stock -->|"yes"| pick["Pick and pack"]
             pick --> ship["Create label, hand to carrier"]
             ship --> delivered{"Delivered?"}
             delivered -->|"yes"| done(["Close order"])
             delivered -->|"no, exception"| contact["Contact carrier and customer"] --> ship
         """,
    ),
    spec(
        "insurance-claim",
        "claims",
        "healthcare",
        "Health insurance claim adjudication",
        "health insurance claim adjudication",
        "claims pass eligibility, coding and medical-necessity checks, with auto-approval under a threshold "
        "and manual review above it",
        ("eligibility", "coding validation", "medical necessity", "manual review", "payment"),
        """
         flowchart TD
             submit(["Claim submitted"]) --> complete{"All required fields present?"}
             complete -->|"no"| reject["Return to provider for correction"] --> submit
             complete -->|"yes"| eligible{"Member eligible on service date?"}
             eligible -->|"no"| deny["Deny: not covered"]
             eligible -->|"yes"| codes{"ICD-10 and CPT codes valid?"}
             codes -->|"no"| reject
             codes -->|"yes"| auth{"Prior authorization required?"}
             auth -->|"yes, missing"| deny
             auth -->|"no or present"| amount{"Amount under 1000?"}
             amount -->|"yes"| approve["Auto-approve"]
             amount -->|"no"| review["Medical review"]
             review --> necessary{"Medically necessary?"}
             necessary -->|"yes"| approve
             necessary -->|"no"| deny
             approve --> pay["Calculate allowed amount, pay provider"] --> eob(["Send explanation of benefits"])
             deny --> appeal(["Notify member, appeal window 180 days"])
         """,
    ),
    spec(
        "er-triage",
        "triage",
        "healthcare",
        "Emergency department triage",
        "emergency department triage",
        "patients are sorted by immediate life threats first, then by expected resources and vital signs, into "
        "five acuity levels",
        ("life-saving intervention", "high-risk situation", "resource needs", "vital signs", "acuity level"),
        """
         flowchart TD
             arrive(["Patient arrives"]) --> lifesaving{"Needs immediate life-saving intervention?"}
             lifesaving -->|"yes"| l1["Level 1: resuscitation bay"]
             lifesaving -->|"no"| risk{"High-risk, confused or severe pain?"}
             risk -->|"yes"| l2["Level 2: emergent, seen within 10 min"]
             risk -->|"no"| resources{"How many resources needed?"}
             resources -->|"none"| l5["Level 5: fast track"]
             resources -->|"one"| l4["Level 4: less urgent"]
             resources -->|"two or more"| vitals{"Vital signs in danger zone?"}
             vitals -->|"yes"| l2
             vitals -->|"no"| l3["Level 3: urgent"]
             l3 & l4 & l5 --> wait["Waiting room, re-triage every 30 min"]
         """,
    ),
    spec(
        "student-admission",
        "admission",
        "education",
        "Student admission",
        "student admission at a university",
        "applications are screened for completeness and minimum grades, borderline cases go to an interview, "
        "and offers may be conditional",
        ("application check", "grade screening", "interview", "offer", "enrolment"),
        """
         flowchart TD
             apply(["Application submitted"]) --> fee{"Fee paid and documents complete?"}
             fee -->|"no"| remind["Request missing items"] --> fee
             fee -->|"yes"| grades{"Meets minimum grades?"}
             grades -->|"no"| decline["Decline with feedback"]
             grades -->|"clearly above"| offer
             grades -->|"borderline"| interview["Interview by faculty panel"]
             interview --> panel{"Panel recommends?"}
             panel -->|"yes"| offer["Make offer"]
             panel -->|"no"| decline
             offer --> results{"Final results pending?"}
             results -->|"yes"| conditional["Conditional offer"] --> met{"Conditions met?"}
             met -->|"no"| decline
             met -->|"yes"| accept
             results -->|"no"| accept{"Applicant accepts?"}
             accept -->|"yes"| enrol(["Enrol and create student account"])
             accept -->|"no"| close(["Close application"])
         """,
    ),
    spec(
        "late-submission",
        "late_submission",
        "education",
        "Late assignment submission policy",
        "handling a late assignment submission",
        "extensions and penalties are decided from the approved circumstances and how late the work is",
        ("extension check", "lateness", "penalty", "zero grade", "grading"),
        """
         flowchart LR
             sub(["Submission received"]) --> late{"After the deadline?"}
             late -->|"no"| grade["Grade normally"]
             late -->|"yes"| ext{"Approved extension covers it?"}
             ext -->|"yes"| grade
             ext -->|"no"| hours{"How late?"}
             hours -->|"up to 24h"| p10["Deduct 10 percent"] --> grade
             hours -->|"24h to 72h"| p30["Deduct 30 percent"] --> grade
             hours -->|"over 72h"| zero["Record zero, allow appeal"]
             zero --> appeal{"Appeal with evidence?"}
             appeal -->|"accepted"| grade
             appeal -->|"rejected"| final(["Final grade zero"])
         """,
    ),
    spec(
        "content-moderation",
        "moderation",
        "social_media",
        "Content moderation decision flow",
        "moderating reported content on a social platform",
        "automated classifiers remove clear violations, uncertain cases are queued for human review, and "
        "repeat offenders escalate to suspensions",
        ("automated classifier", "human review", "removal", "strike count", "appeal"),
        """
         flowchart TD
             report(["Content reported or flagged"]) --> classify["Run classifiers"]
             classify --> score{"Violation score"}
             score -->|"above 0.95"| remove["Remove automatically"]
             score -->|"0.6 to 0.95"| queue["Queue for human review"]
             score -->|"below 0.6"| keep(["Keep, close report"])
             queue --> decision{"Reviewer decision"}
             decision -->|"violates"| remove
             decision -->|"fine"| keep
             decision -->|"borderline"| limit["Limit reach, add label"]
             remove --> strikes{"Author has 3 or more strikes?"}
             strikes -->|"yes"| suspend["Suspend account"]
             strikes -->|"no"| warn["Add strike, warn author"]
             suspend & warn --> appeal(["Appeal available for 14 days"])
         """,
    ),
    spec(
        "lead-qualification",
        "lead_qualification",
        "crm",
        "Lead qualification (BANT)",
        "qualifying inbound leads with BANT",
        "leads are scored on budget, authority, need and timeline, and routed to sales, nurturing or disqualification",
        ("lead score", "budget", "authority", "need", "timeline"),
        """
         flowchart TD
             lead(["New inbound lead"]) --> dup{"Matches an existing contact?"}
             dup -->|"yes"| merge["Merge into contact, notify owner"]
             dup -->|"no"| enrich["Enrich company data"]
             enrich --> fit{"Company fits ideal customer profile?"}
             fit -->|"no"| disq(["Disqualify"])
             fit -->|"yes"| discovery["Discovery call"]
             discovery --> budget{"Budget confirmed?"}
             budget -->|"no"| nurture["Nurture campaign"]
             budget -->|"yes"| authority{"Talking to a decision maker?"}
             authority -->|"no"| findDm["Identify decision maker"] --> discovery
             authority -->|"yes"| timeline{"Purchase within 6 months?"}
             timeline -->|"no"| nurture
             timeline -->|"yes"| opp(["Convert to opportunity"])
         """,
    ),
    spec(
        "booking-cancellation",
        "cancellation",
        "booking",
        "Reservation cancellation and refund",
        "cancelling a hotel reservation and working out the refund",
        "the refund depends on the rate plan's refundability, how close the stay is and whether the guest "
        "already checked in",
        ("rate plan", "cancellation window", "penalty", "refund", "no-show"),
        """
         flowchart TD
             req(["Guest requests cancellation"]) --> checkedIn{"Already checked in?"}
             checkedIn -->|"yes"| desk["Refer to front desk: early departure"]
             checkedIn -->|"no"| refundable{"Refundable rate plan?"}
             refundable -->|"no"| none["No refund, offer date change"]
             refundable -->|"yes"| window{"More than 48h before arrival?"}
             window -->|"yes"| full["Full refund"]
             window -->|"no"| penalty["Charge first night, refund rest"]
             full & penalty --> pay["Refund to original payment method"]
             none & pay --> release["Release room inventory"]
             release --> confirm(["Send cancellation confirmation"])
         """,
    ),
    spec(
        "hotel-check-in",
        "check_in",
        "booking",
        "Hotel check-in",
        "hotel check-in at the front desk",
        "identity and payment guarantee come first, then room readiness decides between immediate key issue, "
        "an upgrade or waiting",
        ("identity check", "payment guarantee", "room readiness", "upgrade", "key issue"),
        """
         flowchart LR
             arrive(["Guest arrives"]) --> find{"Reservation found?"}
             find -->|"no"| walkin{"Rooms available?"}
             walkin -->|"no"| refer(["Refer to partner hotel"])
             walkin -->|"yes"| create["Create walk-in reservation"] --> id
             find -->|"yes"| id["Verify ID"]
             id --> card{"Card pre-authorisation OK?"}
             card -->|"no"| deposit["Ask for cash deposit"] --> ready
             card -->|"yes"| ready{"Room ready?"}
             ready -->|"yes"| keys(["Issue keys"])
             ready -->|"no"| upgrade{"Higher category free?"}
             upgrade -->|"yes"| keys
             upgrade -->|"no"| wait["Store luggage, notify by SMS when ready"] --> keys
         """,
    ),
    spec(
        "purchase-approval",
        "purchase_approval",
        "inventory",
        "Purchase order approval",
        "approving purchase orders by amount",
        "approval levels grow with the amount and budget, and new suppliers need vetting before the order is sent",
        ("budget check", "approval levels", "supplier vetting", "purchase order"),
        """
         flowchart TD
             req(["Purchase requisition"]) --> budget{"Within department budget?"}
             budget -->|"no"| finance["Finance approval"]
             budget -->|"yes"| amount{"Amount"}
             finance -->|"approved"| amount
             finance -->|"rejected"| rejected(["Reject requisition"])
             amount -->|"under 5k"| auto["Auto-approve"]
             amount -->|"5k to 50k"| manager{"Manager approves?"}
             amount -->|"over 50k"| director{"Director approves?"}
             manager & director -->|"no"| rejected
             manager & director -->|"yes"| supplier
             auto --> supplier{"Approved supplier?"}
             supplier -->|"no"| vet["Vet supplier: tax id, bank, compliance"] --> supplier
             supplier -->|"yes"| po(["Issue purchase order"])
         """,
    ),
    spec(
        "stock-replenishment",
        "replenishment",
        "inventory",
        "Stock replenishment",
        "daily stock replenishment for a warehouse",
        "items below their reorder point are first covered by transfers from other warehouses and otherwise "
        "reordered from the preferred supplier",
        ("reorder point", "open purchase orders", "transfer", "supplier order"),
        """
         flowchart TD
             run(["Nightly replenishment run"]) --> next["Next item"]
             next --> below{"Available below reorder point?"}
             below -->|"no"| more
             below -->|"yes"| open{"Open PO covers the gap?"}
             open -->|"yes"| more
             open -->|"no"| surplus{"Other warehouse has surplus?"}
             surplus -->|"yes"| transfer["Create stock transfer"] --> more
             surplus -->|"no"| supplier["Create PO to preferred supplier"] --> more
             more{"More items?"}
             more -->|"yes"| next
             more -->|"no"| report(["Email replenishment report"])
         """,
    ),
    spec(
        "incident-response",
        "incident_response",
        "general",
        "Production incident response",
        "responding to a production incident",
        "severity drives paging and communication, mitigation comes before root cause, and every major "
        "incident ends with a blameless postmortem",
        ("alert triage", "severity", "mitigation", "status page", "postmortem"),
        """
         flowchart TD
             alert(["Alert fires"]) --> ack["On-call acknowledges within 5 min"]
             ack --> real{"Customer impact?"}
             real -->|"no"| tune(["Tune the alert, close"])
             real -->|"yes"| sev{"Severity"}
             sev -->|"SEV1 outage"| war["Page incident commander, open war room"]
             sev -->|"SEV2 degraded"| team["Page owning team"]
             war --> status["Update status page every 30 min"]
             team & status --> mitigate["Mitigate: roll back, fail over or scale"]
             mitigate --> fixed{"Impact resolved?"}
             fixed -->|"no"| escalate["Escalate, widen the team"] --> mitigate
             fixed -->|"yes"| monitor["Monitor for 1 hour"]
             monitor --> pm(["Blameless postmortem with action items"])
         """,
    ),
)


def flowchart_items() -> tuple[ArtifactItem, ...]:
    return diagram_items("flowchart", FLOWCHARTS)
