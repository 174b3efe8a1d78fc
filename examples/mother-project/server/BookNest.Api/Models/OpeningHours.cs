using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// One opening period of a <see cref="Branch"/> on a weekday; a day may have two periods around a lunch break.
/// Times are minutes after local midnight so range checks stay simple integer comparisons.
/// </summary>
public class OpeningHours
{
    [BsonElement("day")]
    [BsonRepresentation(BsonType.String)]
    public DayOfWeek Day { get; set; }

    [BsonElement("opensAtMinute")]
    public int OpensAtMinute { get; set; }

    [BsonElement("closesAtMinute")]
    public int ClosesAtMinute { get; set; }

    public bool Covers(DayOfWeek day, int minuteOfDay) =>
        Day == day && minuteOfDay >= OpensAtMinute && minuteOfDay < ClosesAtMinute;
}
