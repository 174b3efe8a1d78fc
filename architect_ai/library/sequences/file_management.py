"""File management flows: upload with virus scanning, cloud storage, secure download."""

from architect_ai.library.diagrams import spec

FILE_MANAGEMENT = (
    spec(
        "files-upload-virus-scan",
        "file_management",
        "general",
        "Upload with virus scanning",
        "a file upload with virus scanning before the file becomes available",
        "uploads land in a quarantine bucket, a scanner verdict moves clean files to permanent storage and "
        "infected ones are deleted and reported",
        ("user", "Files API", "quarantine bucket", "antivirus scanner", "clean storage"),
        """
         sequenceDiagram
             autonumber
             actor U as User
             participant API as Files API
             participant Q as Quarantine Bucket
             participant AV as Antivirus Scanner (ClamAV)
             participant S as Clean Storage
             participant DB as File Metadata DB
             U->>+API: POST /api/files (multipart)
             API->>API: Check size limit and allowed MIME types
             alt rejected
                 API-->>U: 415 or 413 with reason
             else accepted
                 API->>Q: Put object
                 API->>DB: Insert metadata, status Scanning
                 API-->>U: 202 Accepted with file id
             end
             deactivate API
             Q-)+AV: ObjectCreated event
             AV->>Q: Stream object for scanning
             alt clean
                 AV->>S: Copy object
                 AV->>Q: Delete quarantined copy
                 AV->>DB: Status Available
             else infected
                 AV->>Q: Delete object
                 AV->>DB: Status Rejected with signature name
             end
             deactivate AV
             U->>API: GET /api/files/id
             API-->>U: status and download link when available
         """,
    ),
    spec(
        "files-presigned-upload",
        "file_management",
        "social_media",
        "Direct-to-cloud upload with presigned URL",
        "uploading large media directly to cloud storage with a presigned URL",
        "the API only signs a short-lived URL, the browser uploads in parts straight to S3, and the API "
        "finalises the metadata when the upload completes",
        ("browser", "Media API", "S3", "media database"),
        """
         sequenceDiagram
             autonumber
             participant B as Browser
             participant API as Media API
             participant S3 as Amazon S3
             participant DB as Media DB
             B->>+API: POST /media/uploads with file name, size, type
             API->>API: Authorise user, check quota
             API->>S3: CreateMultipartUpload
             API->>API: Sign part URLs (valid 15 min)
             API-->>-B: upload id and part URLs
             loop every 10 MB part
                 B->>S3: PUT part n
                 S3-->>B: ETag of part n
             end
             B->>+API: POST /media/uploads/id/complete with part ETags
             API->>S3: CompleteMultipartUpload
             alt completion failed
                 API->>S3: AbortMultipartUpload
                 API-->>B: 500 upload failed, retry
             else completed
                 API->>DB: Save media record (pending processing)
                 API-->>B: 201 media id
             end
             deactivate API
         """,
    ),
    spec(
        "files-secure-download",
        "file_management",
        "healthcare",
        "Secure document download",
        "downloading a confidential medical document",
        "access is checked against the care relationship, every access is audited, and the file is served "
        "through a one-time signed URL",
        ("clinician", "Documents API", "access policy", "blob storage", "audit log"),
        """
         sequenceDiagram
             autonumber
             actor D as Clinician
             participant API as Documents API
             participant P as Access Policy
             participant A as Audit Log
             participant BS as Blob Storage
             D->>+API: GET /api/patients/17/documents/88
             API->>+P: Does clinician treat patient 17?
             P-->>-API: decision
             alt no care relationship
                 API-)A: Denied access attempt
                 API-->>D: 403 Forbidden
             else allowed
                 API-)A: Document 88 viewed by clinician
                 API->>BS: Create SAS URL (read, 60 s, single IP)
                 API-->>D: 302 redirect to SAS URL
                 D->>BS: GET document
                 BS-->>D: PDF stream
             end
             deactivate API
         """,
    ),
    spec(
        "files-image-processing",
        "file_management",
        "ecommerce",
        "Product image processing",
        "processing uploaded product images into thumbnails",
        "a queue decouples the upload from the resize workers, which write several renditions and update the "
        "product once all are done",
        ("vendor", "Catalog API", "storage", "image queue", "resize worker"),
        """
         sequenceDiagram
             autonumber
             actor V as Vendor
             participant API as Catalog API
             participant ST as Object Storage
             participant Q as Image Queue
             participant W as Resize Worker
             V->>+API: Upload product image
             API->>ST: Save original
             API->>Q: Enqueue ResizeImage(product, key)
             API-->>-V: 202 processing
             Q-)+W: ResizeImage
             loop for each size 1200, 600, 200
                 W->>ST: Read original
                 W->>W: Resize, convert to WebP
                 W->>ST: Write rendition
             end
             alt all renditions written
                 W->>API: PATCH product images ready
             else error
                 W->>Q: Retry with backoff, dead-letter after 5
             end
             deactivate W
         """,
    ),
    spec(
        "files-versioned-storage",
        "file_management",
        "education",
        "Versioned assignment submissions",
        "resubmitting an assignment file with versioned cloud storage",
        "each resubmission becomes a new object version before the deadline, and late uploads are accepted "
        "only with an extension",
        ("student", "Submissions API", "versioned bucket", "LMS database"),
        """
         sequenceDiagram
             autonumber
             actor S as Student
             participant API as Submissions API
             participant B as Versioned Bucket
             participant DB as LMS Database
             S->>+API: PUT /assignments/9/submission (essay.pdf)
             API->>DB: Load deadline and extensions for student
             alt after deadline without extension
                 API-->>S: 403 submission closed
             else allowed
                 API->>B: Put object submissions/9/student.pdf
                 B-->>API: version id
                 API->>DB: Append submission attempt with version id and checksum
                 opt previous attempt exists
                     API->>DB: Mark previous attempt superseded
                 end
                 API-->>S: 200 attempt number and receipt
             end
             deactivate API
         """,
    ),
)
