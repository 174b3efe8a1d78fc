using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using BookNest.Api.Repositories;

namespace BookNest.Api.Services;

/// <summary>
/// News posts with a publish window. The public feed shows live posts only, pinned ones first; staff see
/// every post through the paged list. Nothing is deleted: withdrawing a post closes its window now.
/// </summary>
public class AnnouncementService : IAnnouncementService
{
    private const int FeedSize = 10;
    private const int MaxPinnedPosts = 3;

    private readonly IAnnouncementRepository _announcements;
    private readonly ILogger<AnnouncementService> _logger;

    public AnnouncementService(IAnnouncementRepository announcements, ILogger<AnnouncementService> logger)
    {
        _announcements = announcements;
        _logger = logger;
    }

    public async Task<IReadOnlyList<AnnouncementDto>> GetFeedAsync(bool includeStaffPosts, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        var audiences = includeStaffPosts
            ? new[] { AnnouncementAudience.All, AnnouncementAudience.Staff }
            : new[] { AnnouncementAudience.All };
        var posts = await _announcements.GetLiveAsync(now, audiences, FeedSize, cancellationToken);
        return posts.Select(p => p.ToDto(now)).ToList();
    }

    public async Task<PagedResultDto<AnnouncementDto>> GetPagedAsync(AnnouncementQueryDto query, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        var (posts, total) = await _announcements.GetPageAsync(
            query.Audience is null ? (AnnouncementAudience?)null : Enum.Parse<AnnouncementAudience>(query.Audience, ignoreCase: true),
            query.State is null ? (AnnouncementState?)null : Enum.Parse<AnnouncementState>(query.State, ignoreCase: true),
            now,
            query.Skip,
            query.PageSize,
            cancellationToken);

        var items = posts.Select(p => p.ToDto(now)).ToList();
        return PagedResultDto<AnnouncementDto>.Create(items, query.Page, query.PageSize, total);
    }

    public async Task<AnnouncementDto> GetByIdAsync(string id, bool isStaff, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        var post = await FindAnnouncementAsync(id, cancellationToken);

        // Outside staff, a scheduled, expired or staff-only post does not exist.
        if (!isStaff && (post.Audience == AnnouncementAudience.Staff || post.StateAt(now) != AnnouncementState.Live))
        {
            throw new NotFoundException(nameof(Announcement), id);
        }

        return post.ToDto(now);
    }

    public async Task<AnnouncementDto> CreateAsync(
        CreateAnnouncementDto dto,
        string authorUserId,
        string authorName,
        CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        var post = dto.ApplyTo(new Announcement { AuthorUserId = authorUserId, AuthorName = authorName }, now);
        EnsureWindowNotInPast(post, now);

        if (dto.IsPinned)
        {
            await EnsurePinSlotAsync(now, cancellationToken);
            post.IsPinned = true;
            post.PinnedAt = now;
        }

        await _announcements.InsertAsync(post, cancellationToken);
        _logger.LogInformation("Announcement {AnnouncementId} '{Title}' scheduled from {PublishFrom}", post.Id, post.Title, post.PublishFrom);
        return post.ToDto(now);
    }

    public async Task<AnnouncementDto> UpdateAsync(string id, CreateAnnouncementDto dto, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        var post = await FindAnnouncementAsync(id, cancellationToken);
        if (post.WithdrawnAt is not null)
        {
            throw new BusinessRuleException("announcement_withdrawn", "A withdrawn announcement cannot be edited; post a new one.");
        }

        // Keep the original start when the form sends none, so editing a live post does not re-date it.
        dto.PublishFrom ??= post.PublishFrom;
        dto.ApplyTo(post, now);
        EnsureWindowNotInPast(post, now);
        post.UpdatedAt = now;

        await _announcements.ReplaceAsync(post, cancellationToken);
        return post.IsPinned == dto.IsPinned
            ? post.ToDto(now)
            : await SetPinnedAsync(id, dto.IsPinned, cancellationToken);
    }

    public async Task<AnnouncementDto> SetPinnedAsync(string id, bool pinned, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        var post = await FindAnnouncementAsync(id, cancellationToken);
        if (pinned && !post.IsPinned)
        {
            if (post.StateAt(now) == AnnouncementState.Expired)
            {
                throw new BusinessRuleException("announcement_expired", "Expired announcements cannot be pinned.");
            }

            await EnsurePinSlotAsync(now, cancellationToken);
        }

        await _announcements.SetPinnedAsync(id, pinned, now, cancellationToken);
        return (await FindAnnouncementAsync(id, cancellationToken)).ToDto(now);
    }

    public async Task<AnnouncementDto> WithdrawAsync(string id, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        var post = await FindAnnouncementAsync(id, cancellationToken);
        if (post.StateAt(now) == AnnouncementState.Expired)
        {
            throw new BusinessRuleException("announcement_expired", "This announcement is no longer shown.");
        }

        // A scheduled post gets an empty window (until == from), so it never goes live.
        post.PublishUntil = post.PublishFrom > now ? post.PublishFrom : now;
        post.WithdrawnAt = now;
        post.IsPinned = false;
        post.PinnedAt = null;
        post.UpdatedAt = now;
        await _announcements.ReplaceAsync(post, cancellationToken);
        return post.ToDto(now);
    }

    private async Task<Announcement> FindAnnouncementAsync(string id, CancellationToken cancellationToken) =>
        await _announcements.GetByIdAsync(id, cancellationToken) ?? throw new NotFoundException(nameof(Announcement), id);

    private async Task EnsurePinSlotAsync(DateTime now, CancellationToken cancellationToken)
    {
        if (await _announcements.CountPinnedLiveAsync(now, cancellationToken) >= MaxPinnedPosts)
        {
            throw new BusinessRuleException("pin_limit", $"At most {MaxPinnedPosts} announcements can be pinned; unpin one first.");
        }
    }

    private static void EnsureWindowNotInPast(Announcement post, DateTime now)
    {
        if (post.PublishUntil is not null && post.PublishUntil <= now)
        {
            throw new BusinessRuleException("window_in_past", "The publish window must end in the future.");
        }
    }
}
