"""One MongoDB-backed resource per domain (plus a general registration), rendered by `dotnet` and `angular`."""

from architect_ai.library.code.model import Field, Resource

RESOURCES = (
    Resource("Product", "Products", "product", "products", "ecommerce", (
        Field("Title", max_length=200),
        Field("Sku", max_length=32, pattern="^[A-Z0-9-]{4,32}$"),
        Field("Price", "decimal", range=("0.01", "100000")),
        Field("StockQuantity", "int", range=("0", "1000000")),
        Field("CategoryId", reference=True),
        Field("VendorId", reference=True),
        Field("Tags", "List<string>", required=False),
        Field("IsActive", "bool", required=False),
    ), sort="Title", lookup="Sku"),
    Resource("Patient", "Patients", "patient", "patients", "healthcare", (
        Field("Mrn", max_length=20, pattern="^MRN[0-9]{6,10}$"),
        Field("FirstName", max_length=100),
        Field("LastName", max_length=100),
        Field("DateOfBirth", "DateTime"),
        Field("Email", required=False, email=True, max_length=254),
        Field("Phone", required=False, phone=True),
        Field("Allergies", "List<string>", required=False),
    ), sort="LastName", lookup="Mrn"),
    Resource("Course", "Courses", "course", "courses", "education", (
        Field("Code", max_length=6, pattern="^[A-Z]{3}[0-9]{3}$"),
        Field("Title", max_length=150),
        Field("Credits", "int", range=("1", "10")),
        Field("InstructorId", reference=True),
        Field("StartDate", "DateTime"),
        Field("IsPublished", "bool", required=False),
    ), sort="Code", lookup="Code"),
    Resource("Post", "Posts", "post", "social posts", "social_media", (
        Field("AuthorId", reference=True),
        Field("Body", max_length=2000),
        Field("Hashtags", "List<string>", required=False),
        Field("LikeCount", "int", required=False, range=("0", "2147483647")),
        Field("CreatedAt", "DateTime"),
    ), sort="CreatedAt", lookup="AuthorId", lookup_unique=False),
    Resource("Lead", "Leads", "lead", "sales leads", "crm", (
        Field("Company", max_length=200),
        Field("ContactName", max_length=120),
        Field("Email", email=True, max_length=254),
        Field("Score", "int", range=("0", "100")),
        Field("Status", max_length=20, pattern="^(New|Contacted|Qualified|Disqualified)$"),
        Field("OwnerId", required=False, reference=True),
    ), sort="Company", lookup="Email"),
    Resource("Reservation", "Reservations", "reservation", "hotel reservations", "booking", (
        Field("ConfirmationCode", max_length=10, pattern="^[A-Z0-9]{10}$"),
        Field("GuestId", reference=True),
        Field("HotelId", reference=True),
        Field("CheckIn", "DateTime"),
        Field("CheckOut", "DateTime"),
        Field("Guests", "int", range=("1", "8")),
        Field("TotalPrice", "decimal", range=("0", "1000000")),
    ), sort="CheckIn", lookup="ConfirmationCode"),
    Resource("StockItem", "StockItems", "stock item", "warehouse stock items", "inventory", (
        Field("Sku", max_length=32),
        Field("Name", max_length=200),
        Field("WarehouseId", reference=True),
        Field("QuantityOnHand", "int", range=("0", "10000000")),
        Field("ReorderPoint", "int", range=("0", "10000000")),
        Field("UnitCost", "decimal", range=("0", "1000000")),
    ), sort="Sku", lookup="WarehouseId", lookup_unique=False),
    Resource("Registration", "Registrations", "registration", "user registrations", "general", (
        Field("Email", email=True, max_length=254),
        Field("FullName", max_length=120),
        Field("Phone", required=False, phone=True),
        Field("AcceptedTerms", "bool"),
        Field("RegisteredAt", "DateTime"),
    ), sort="RegisteredAt", lookup="Email"),
)
