namespace BookNest.Api.Models;

/// <summary>
/// Kind of <see cref="LibraryEvent"/>; the client picks the icon and the colour of the agenda entry from it.
/// </summary>
public enum EventKind
{
    Talk,
    StoryHour,
    Workshop,
    BookClub,
    Exhibition
}
