"""Authentication flows: registration, login, MFA, password reset, OAuth 2.0, refresh, SSO."""

from architect_ai.library.diagrams import spec

AUTHENTICATION = (
    spec(
        "auth-registration",
        "authentication",
        "general",
        "User registration with email verification",
        "user registration with email verification",
        "the API rejects duplicates, stores a hashed password, and the account stays pending until the emailed "
        "token is confirmed",
        ("user", "Angular app", "Auth API", "MongoDB", "email service"),
        """
         sequenceDiagram
             autonumber
             actor U as User
             participant W as Angular App
             participant A as Auth API
             participant DB as MongoDB
             participant M as Email Service
             U->>W: Fill in name, email and password
             W->>W: Validate form (required, email format, password rules)
             W->>+A: POST /api/auth/register
             A->>DB: Find user by normalised email
             alt email already registered
                 DB-->>A: existing user
                 A-->>W: 409 Conflict
                 W-->>U: Show "email already in use"
             else new email
                 A->>A: Hash password (bcrypt, cost 12)
                 A->>DB: Insert user with status Pending
                 A->>DB: Store verification token (24h expiry)
                 A-)M: Send verification email
                 A-->>W: 201 Created
                 W-->>U: "Check your inbox"
             end
             deactivate A
             U->>+A: GET /api/auth/verify?token=...
             A->>DB: Find token, check expiry
             opt token valid
                 A->>DB: Set status Active, delete token
             end
             A-->>-U: Redirect to login
         """,
    ),
    spec(
        "auth-login-jwt",
        "authentication",
        "general",
        "Login with JWT and refresh token",
        "user login with a JWT access token and refresh token",
        "credentials are checked against the stored hash, failed attempts lock the account, and a short-lived "
        "access token is issued with a refresh cookie",
        ("user", "SPA", "Auth API", "user store", "token service"),
        """
         sequenceDiagram
             autonumber
             actor U as User
             participant S as SPA
             participant A as Auth API
             participant DB as User Store
             participant T as Token Service
             U->>S: Enter email and password
             S->>+A: POST /api/auth/login
             A->>DB: Load user and failed-attempt count
             alt account locked
                 A-->>S: 423 Locked (retry after 15 min)
             else password does not match
                 A->>DB: Increment failed attempts
                 A-->>S: 401 Unauthorized
             else password matches
                 A->>DB: Reset failed attempts, set last login
                 A->>+T: Issue access token (15 min) and refresh token (7 days)
                 T-->>-A: tokens
                 A->>DB: Store refresh token hash
                 A-->>S: 200 OK, access token, Set-Cookie refresh (HttpOnly, Secure)
                 S->>S: Keep access token in memory
                 S-->>U: Redirect to dashboard
             end
             deactivate A
         """,
    ),
    spec(
        "auth-password-reset",
        "authentication",
        "general",
        "Password reset",
        "a forgotten-password reset",
        "the API never reveals whether the email exists, the reset token is single use and short lived, and "
        "existing sessions are revoked after the change",
        ("user", "web app", "Auth API", "database", "email service"),
        """
         sequenceDiagram
             autonumber
             actor U as User
             participant W as Web App
             participant A as Auth API
             participant DB as Database
             participant M as Email Service
             U->>W: Click "Forgot password" and enter email
             W->>+A: POST /api/auth/forgot-password
             A->>DB: Find user by email
             opt user exists
                 A->>A: Generate random token, store its SHA-256 hash
                 A->>DB: Save reset token (expires in 30 min)
                 A-)M: Send reset link
             end
             A-->>-W: 202 Accepted (same answer either way)
             M-)U: Email with reset link
             U->>W: Open link, choose new password
             W->>+A: POST /api/auth/reset-password with token and password
             A->>DB: Find token hash, check expiry and unused
             alt token invalid or expired
                 A-->>W: 400 Bad Request
             else token valid
                 A->>DB: Update password hash, mark token used
                 A->>DB: Revoke all refresh tokens of the user
                 A-)M: Send "password changed" notice
                 A-->>W: 204 No Content
             end
             deactivate A
         """,
    ),
    spec(
        "auth-oauth2-pkce",
        "authentication",
        "general",
        "OAuth 2.0 authorization code flow with PKCE",
        "OAuth 2.0 login with the authorization code flow and PKCE",
        "the SPA sends a code challenge, the authorization server returns a one-time code, and the code plus "
        "verifier are exchanged for tokens used against the resource API",
        ("user", "single-page app", "authorization server", "resource API"),
        """
         sequenceDiagram
             autonumber
             actor U as User
             participant C as Single-page App
             participant AS as Authorization Server
             participant R as Resource API
             U->>C: Click "Sign in"
             C->>C: Create code_verifier and code_challenge (S256), state
             C->>AS: Redirect to /authorize with client_id, redirect_uri, scope, state, code_challenge
             AS->>U: Show login and consent page
             U->>AS: Authenticate and grant consent
             AS-->>C: Redirect to redirect_uri with code and state
             C->>C: Check state matches
             C->>+AS: POST /token with code, code_verifier, client_id
             AS->>AS: Verify SHA-256(code_verifier) equals code_challenge
             alt verification fails
                 AS-->>C: 400 invalid_grant
             else verified
                 AS-->>C: access_token, id_token, refresh_token
             end
             deactivate AS
             C->>+R: GET /api/profile with Bearer access_token
             R->>R: Validate signature, audience, expiry, scope
             R-->>-C: 200 profile
         """,
    ),
    spec(
        "auth-mfa-totp",
        "authentication",
        "general",
        "Login with TOTP two-factor authentication",
        "login with two-factor authentication by authenticator app",
        "a correct password yields only a short-lived MFA challenge, and the session is issued after the "
        "time-based one-time code verifies",
        ("user", "web app", "Auth API", "MFA service", "session store"),
        """
         sequenceDiagram
             autonumber
             actor U as User
             participant W as Web App
             participant A as Auth API
             participant F as MFA Service
             participant SS as Session Store
             U->>W: Email and password
             W->>+A: POST /login
             A->>A: Verify password hash
             A-->>-W: 200 mfa_required with challenge id (5 min)
             W-->>U: Ask for 6-digit code
             loop up to 3 attempts
                 U->>W: Enter code from authenticator app
                 W->>+A: POST /login/mfa with challenge id and code
                 A->>+F: Verify TOTP (30s window, allow 1 step drift)
                 F-->>-A: valid or invalid
                 A-->>-W: result
             end
             alt code verified
                 W->>+A: Complete login
                 A->>SS: Create session
                 A-->>-W: Set-Cookie session
                 W-->>U: Signed in
             else 3 failures
                 W-->>U: Challenge expired, start again
             end
         """,
    ),
    spec(
        "auth-refresh-rotation",
        "authentication",
        "general",
        "Refresh token rotation",
        "refreshing an expired access token with refresh token rotation",
        "the HTTP interceptor retries once after a refresh, every refresh token is single use, and reuse of an "
        "old one revokes the whole token family",
        ("Angular interceptor", "API", "Auth API", "token store"),
        """
         sequenceDiagram
             autonumber
             participant I as Angular HTTP Interceptor
             participant API as Orders API
             participant A as Auth API
             participant TS as Token Store
             I->>+API: GET /api/orders with expired access token
             API-->>-I: 401 token expired
             I->>+A: POST /api/auth/refresh (refresh cookie)
             A->>TS: Look up refresh token hash
             alt token already used
                 A->>TS: Revoke whole token family
                 A-->>I: 401 reuse detected
                 I->>I: Clear state, redirect to login
             else token valid
                 A->>TS: Mark old token used, store new one
                 A-->>I: new access token, rotated refresh cookie
                 I->>+API: Retry GET /api/orders with new token
                 API-->>-I: 200 orders
             end
             deactivate A
         """,
    ),
    spec(
        "auth-sso-saml",
        "authentication",
        "crm",
        "Enterprise SSO with SAML",
        "enterprise single sign-on into a CRM with SAML 2.0",
        "the CRM redirects to the company identity provider, validates the signed assertion and provisions the "
        "user just in time",
        ("employee", "CRM web app", "identity provider", "user directory"),
        """
         sequenceDiagram
             autonumber
             actor E as Employee
             participant SP as CRM Web App
             participant IdP as Corporate IdP
             participant D as CRM User Directory
             E->>SP: Open crm.example.com
             SP->>SP: No session, build AuthnRequest
             SP->>E: Redirect to IdP with SAMLRequest and RelayState
             E->>+IdP: Authenticate (password and push MFA)
             IdP-->>-E: Auto-post form with signed SAMLResponse
             E->>+SP: POST /saml/acs
             SP->>SP: Validate signature, audience, NotOnOrAfter
             alt assertion invalid
                 SP-->>E: 403 sign-in failed
             else assertion valid
                 SP->>D: Find user by NameID
                 opt first login
                     SP->>D: Provision user with roles from group claims
                 end
                 SP-->>E: Session cookie, redirect to RelayState
             end
             deactivate SP
         """,
    ),
)
