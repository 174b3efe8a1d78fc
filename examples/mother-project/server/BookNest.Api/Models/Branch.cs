using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// A library branch. <see cref="Code"/> is the value stored in <see cref="InventoryItem.BranchCode"/>, so copies
/// are linked to their branch by code rather than by id (the desk scanners print the code on every label).
/// </summary>
public class Branch : IDocument
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonElement("code")]
    public string Code { get; set; } = string.Empty;

    [BsonElement("name")]
    public string Name { get; set; } = string.Empty;

    [BsonElement("address")]
    public Address Address { get; set; } = new();

    // IANA id such as "Europe/Amsterdam"; opening hours are local times in this zone.
    [BsonElement("timeZoneId")]
    public string TimeZoneId { get; set; } = "UTC";

    [BsonElement("openingHours")]
    public List<OpeningHours> OpeningHours { get; set; } = new();

    // Public holidays and other full-day closures, stored as local dates at midnight UTC.
    [BsonElement("closedDates")]
    public List<DateTime> ClosedDates { get; set; } = new();

    [BsonElement("isActive")]
    public bool IsActive { get; set; } = true;

    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>
    /// Open when active, not on a closure date and inside one of the day's periods, all in local branch time.
    /// </summary>
    public bool IsOpenAt(DateTime utcNow)
    {
        if (!IsActive || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var zone))
        {
            return false;
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone);
        if (ClosedDates.Any(d => d.Date == local.Date))
        {
            return false;
        }

        var minuteOfDay = local.Hour * 60 + local.Minute;
        return OpeningHours.Any(h => h.Covers(local.DayOfWeek, minuteOfDay));
    }
}
