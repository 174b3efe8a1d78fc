"""Serverless architectures: Lambda, API Gateway, DynamoDB, S3, Step Functions."""

from architect_ai.library.diagrams import spec

SERVERLESS = (
    spec(
        "serverless-image-pipeline",
        "serverless",
        "social_media",
        "Serverless media processing",
        "photo uploads for a social app on AWS serverless",
        "clients upload straight to S3 with a presigned URL, and an S3 event triggers Lambda to resize images "
        "and record metadata in DynamoDB",
        ("API Gateway", "Lambda", "S3", "DynamoDB", "CloudFront"),
        """
         flowchart LR
             app["Mobile app"] -->|"1 request upload URL"| apigw["API Gateway"]
             apigw --> presign["Lambda: presign"]
             presign -->|"presigned PUT"| app
             app -->|"2 upload"| raw[("S3: raw-uploads")]
             subgraph processing["Processing"]
                 resize["Lambda: resize and strip EXIF"]
                 moderate["Lambda: moderation (Rekognition)"]
             end
             raw -.->|"ObjectCreated"| resize
             resize --> media[("S3: media")]
             resize --> meta[("DynamoDB: media metadata")]
             resize -.-> moderate
             moderate --> meta
             media --> cf["CloudFront CDN"] --> app
         """,
    ),
    spec(
        "serverless-rest-api",
        "serverless",
        "crm",
        "Serverless REST API",
        "a serverless REST API for CRM contacts",
        "Cognito authorises every API Gateway route, one Lambda per use case reads and writes a single DynamoDB table",
        ("API Gateway", "Cognito authorizer", "Lambda functions", "DynamoDB single table", "CloudWatch"),
        """
         flowchart TB
             spa["Angular SPA"] --> cognito["Cognito user pool"]
             spa -->|"JWT"| apigw["API Gateway (REST)"]
             apigw -->|"authorize"| cognito
             subgraph functions["Lambda functions"]
                 listFn["GET /contacts"]
                 getFn["GET /contacts/{id}"]
                 createFn["POST /contacts"]
                 updateFn["PUT /contacts/{id}"]
             end
             apigw --> listFn & getFn & createFn & updateFn
             table[("DynamoDB: crm-table (PK, SK, GSI1)")]
             listFn & getFn & createFn & updateFn --> table
             subgraph ops["Operations"]
                 logs["CloudWatch Logs and metrics"]
                 xray["X-Ray traces"]
             end
             functions -.-> logs
             functions -.-> xray
         """,
    ),
    spec(
        "serverless-order-processing",
        "serverless",
        "ecommerce",
        "Serverless order processing",
        "order processing for an online shop built from AWS serverless services",
        "orders are queued in SQS, a Step Functions workflow reserves stock, charges and notifies, and "
        "DynamoDB streams feed analytics",
        ("API Gateway", "SQS", "Step Functions", "Lambda", "DynamoDB", "SNS"),
        """
         flowchart LR
             shop["Storefront"] --> apigw["API Gateway"] --> intake["Lambda: validate order"]
             intake --> queue[["SQS: orders (DLQ after 3 tries)"]]
             queue --> starter["Lambda: start workflow"]
             subgraph workflow["Step Functions: order workflow"]
                 reserve["Reserve stock"]
                 charge["Charge card"]
                 confirm["Confirm order"]
                 compensate["Release stock"]
             end
             starter --> reserve --> charge --> confirm
             charge -.->|"failure"| compensate
             orders[("DynamoDB: orders")]
             reserve & confirm --> orders
             confirm --> sns["SNS: order-confirmed"]
             sns --> email["SES email"]
             orders -.->|"stream"| analytics["Lambda: to Firehose"] --> lake[("S3 data lake")]
         """,
    ),
    spec(
        "serverless-availability-sync",
        "serverless",
        "booking",
        "Serverless availability sync",
        "room availability synchronisation with channel managers, serverless",
        "an EventBridge schedule drives Lambdas that pull and push availability, cached in DynamoDB with DAX "
        "for the public search API",
        ("EventBridge scheduler", "Lambda", "DynamoDB", "DAX", "API Gateway"),
        """
         flowchart TB
             subgraph schedule["Scheduling"]
                 cron["EventBridge rule: every 5 min"]
             end
             subgraph sync["Sync functions"]
                 pull["Lambda: pull channel bookings"]
                 push["Lambda: push availability"]
             end
             subgraph partners["Channel managers"]
                 ota1["Booking.com API"]
                 ota2["Expedia API"]
             end
             cron --> pull & push
             pull --> ota1 & ota2
             push --> ota1 & ota2
             pull --> avail[("DynamoDB: availability")]
             avail -.->|"stream"| push
             subgraph public["Public search"]
                 apigw["API Gateway (HTTP API)"]
                 search["Lambda: search rooms"]
                 dax["DAX cache"]
             end
             apigw --> search --> dax --> avail
             secrets["Secrets Manager: partner keys"] -.-> pull & push
         """,
    ),
    spec(
        "serverless-learning-analytics",
        "serverless",
        "education",
        "Serverless learning analytics",
        "a serverless analytics pipeline for learner activity",
        "click events stream through Kinesis Firehose into an S3 data lake, Glue catalogs them and Athena "
        "powers dashboards",
        ("Kinesis Data Firehose", "S3 data lake", "Glue", "Athena", "QuickSight"),
        """
         flowchart LR
             lms["LMS front end"] -->|"xAPI events"| apigw["API Gateway"]
             apigw --> firehose["Kinesis Data Firehose"]
             firehose --> transform["Lambda: enrich and anonymise"]
             transform --> firehose
             subgraph lake["S3 data lake"]
                 rawZone[("raw zone")]
                 curated[("curated zone - Parquet")]
             end
             firehose --> rawZone
             subgraph analytics["Analytics"]
                 glue["Glue crawler and ETL job"]
                 athena["Athena"]
                 qs["QuickSight dashboards"]
             end
             rawZone --> glue --> curated
             curated --> athena --> qs
             athena -.->|"at-risk learners"| alert["Lambda: notify tutors"]
         """,
    ),
    spec(
        "serverless-medical-documents",
        "serverless",
        "healthcare",
        "Serverless medical document intake",
        "serverless intake and extraction of scanned medical documents",
        "uploads land in an encrypted bucket, Textract and Comprehend Medical extract entities, and results "
        "are stored for clinician review",
        ("S3 with KMS", "Lambda", "Textract", "Comprehend Medical", "DynamoDB"),
        """
         flowchart TB
             clinic["Clinic scanner app"] --> apigw["API Gateway (private, IAM auth)"]
             apigw --> upload["Lambda: create upload"]
             upload --> inbox[("S3: inbox (SSE-KMS)")]
             kms["KMS customer key"] -.-> inbox
             subgraph extraction["Extraction workflow - Step Functions"]
                 ocr["Textract: analyze document"]
                 nlp["Comprehend Medical: detect entities"]
                 phi["Lambda: flag PHI"]
             end
             inbox -.->|"ObjectCreated"| ocr --> nlp --> phi
             phi --> results[("DynamoDB: extracted fields")]
             results --> review["Clinician review UI"]
             phi -.->|"audit"| trail["CloudTrail + CloudWatch"]
         """,
    ),
)
