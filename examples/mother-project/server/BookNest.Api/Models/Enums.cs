namespace BookNest.Api.Models;

// Enums are stored as strings (BsonRepresentation(BsonType.String)) so the data stays readable in Compass.

public enum LoanStatus
{
    Active,
    Overdue,
    Returned,
    Lost
}

public enum MembershipTier
{
    Standard,
    Student,
    Senior,
    Premium
}

public enum CopyCondition
{
    New,
    Good,
    Worn,
    Damaged
}

public enum CopyStatus
{
    Available,
    OnLoan,
    InRepair,
    Lost
}
