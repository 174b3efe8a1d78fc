"""CRUD flows: create, read with cache, list with paging, concurrent update, delete, bulk import."""

from architect_ai.library.diagrams import spec

CRUD = (
    spec(
        "crud-create-patient",
        "crud",
        "healthcare",
        "Create a patient record",
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
         """,
    ),
    spec(
        "crud-read-cache-aside",
        "crud",
        "ecommerce",
        "Read a product with cache-aside",
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
         """,
    ),
    spec(
        "crud-list-paging",
        "crud",
        "education",
        "List courses with filtering and paging",
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
         """,
    ),
    spec(
        "crud-update-concurrency",
        "crud",
        "crm",
        "Update with optimistic concurrency",
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
         """,
    ),
    spec(
        "crud-soft-delete",
        "crud",
        "booking",
        "Soft-delete with authorization and audit",
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
         """,
    ),
    spec(
        "crud-bulk-import",
        "crud",
        "inventory",
        "Bulk import of items from CSV",
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
         """,
    ),
)
