using BookNest.Api.Models;

namespace BookNest.Api.Repositories;

public interface IAnnouncementRepository : IRepository<Announcement>
{
    /// <summary>Posts live at <paramref name="now"/> for the given audiences, pinned first, newest next.</summary>
    Task<IReadOnlyList<Announcement>> GetLiveAsync(
        DateTime now,
        IReadOnlyCollection<AnnouncementAudience> audiences,
        int limit,
        CancellationToken cancellationToken = default);

    Task<(IReadOnlyList<Announcement> Items, long Total)> GetPageAsync(
        AnnouncementAudience? audience,
        AnnouncementState? state,
        DateTime now,
        int skip,
        int limit,
        CancellationToken cancellationToken = default);

    Task<long> CountPinnedLiveAsync(DateTime now, CancellationToken cancellationToken = default);
    Task<bool> SetPinnedAsync(string id, bool pinned, DateTime changedAt, CancellationToken cancellationToken = default);
}
