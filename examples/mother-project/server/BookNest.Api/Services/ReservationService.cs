using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using BookNest.Api.Repositories;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace BookNest.Api.Services;

/// <summary>
/// Holds queue per book. Reservations go through <see cref="IReservationRepository"/>; books, members and copies
/// are read straight from their collections, like the other lending services do.
/// </summary>
public class ReservationService : IReservationService
{
    private readonly IReservationRepository _reservations;
    private readonly IMongoCollection<Book> _books;
    private readonly IMongoCollection<Member> _members;
    private readonly IMongoCollection<InventoryItem> _inventory;
    private readonly ReservationSettings _settings;
    private readonly ILogger<ReservationService> _logger;

    public ReservationService(
        IReservationRepository reservations,
        IMongoDBSettings settings,
        IOptions<ReservationSettings> reservationSettings,
        ILogger<ReservationService> logger)
    {
        _reservations = reservations;
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        _books = database.GetCollection<Book>(settings.BooksCollectionName);
        _members = database.GetCollection<Member>(settings.MembersCollectionName);
        _inventory = database.GetCollection<InventoryItem>(settings.InventoryCollectionName);
        _settings = reservationSettings.Value;
        _logger = logger;
    }

    public async Task<PagedResultDto<ReservationDto>> GetPagedAsync(ReservationQueryDto query, CancellationToken cancellationToken = default)
    {
        ReservationStatus? status = string.IsNullOrEmpty(query.Status)
            ? null
            : Enum.Parse<ReservationStatus>(query.Status, ignoreCase: true);
        var (reservations, total) = await _reservations.SearchAsync(
            status, query.BookId, query.MemberId, query.PickupBranchCode, query.Skip, query.PageSize, cancellationToken);

        var items = new List<ReservationDto>(reservations.Count);
        foreach (var reservation in reservations)
        {
            items.Add(await ToDtoAsync(reservation, cancellationToken));
        }

        return PagedResultDto<ReservationDto>.Create(items, query.Page, query.PageSize, total);
    }

    public async Task<ReservationDto> GetByIdAsync(string id, CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await FindReservationAsync(id, cancellationToken), cancellationToken);

    public async Task<ReservationDto> PlaceAsync(CreateReservationDto dto, string memberId, CancellationToken cancellationToken = default)
    {
        var member = await _members.Find(m => m.Id == memberId).FirstOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException(nameof(Member), memberId);
        if (!member.IsActive)
        {
            throw new BusinessRuleException("member_inactive", "The membership is not active.");
        }

        var book = await _books.Find(b => b.Id == dto.BookId).FirstOrDefaultAsync(cancellationToken)
                   ?? throw new NotFoundException(nameof(Book), dto.BookId);

        if (await _reservations.HasOpenAsync(dto.BookId, memberId, cancellationToken))
        {
            throw new BusinessRuleException("already_reserved", $"You already have a hold on '{book.Title}'.");
        }

        if (await _reservations.CountOpenForMemberAsync(memberId, cancellationToken) >= _settings.MaxOpenReservationsPerMember)
        {
            throw new BusinessRuleException("reservation_limit", $"Members can have at most {_settings.MaxOpenReservationsPerMember} holds.");
        }

        var branchCode = dto.PickupBranchCode.ToUpperInvariant();
        if (!_settings.AllowWhenCopyOnShelf && await _inventory.Find(i =>
                i.BookId == dto.BookId && i.BranchCode == branchCode && i.Status == CopyStatus.Available).AnyAsync(cancellationToken))
        {
            throw new BusinessRuleException("copy_on_shelf", $"'{book.Title}' is on the shelf at {branchCode}; no hold is needed.");
        }

        var reservation = new Reservation { BookId = book.Id!, MemberId = member.Id!, PickupBranchCode = branchCode };
        await _reservations.InsertAsync(reservation, cancellationToken);
        _logger.LogInformation("Reservation {ReservationId}: member {MemberId} queued for book {BookId}", reservation.Id, memberId, book.Id);
        return await ToDtoAsync(reservation, cancellationToken);
    }

    public async Task<ReservationDto> CancelAsync(string id, string reason, CancellationToken cancellationToken = default)
    {
        var reservation = await FindReservationAsync(id, cancellationToken);
        if (!reservation.IsOpen)
        {
            throw new BusinessRuleException("reservation_closed", $"This reservation is already {reservation.Status}.");
        }

        await CloseAndPassOnAsync(reservation, ReservationStatus.Cancelled, reason, cancellationToken);
        return await ToDtoAsync(reservation, cancellationToken);
    }

    public async Task<ReservationDto> MarkNextReadyAsync(string bookId, ReadyForPickupDto dto, CancellationToken cancellationToken = default)
    {
        var copy = await _inventory.Find(i => i.Id == dto.InventoryItemId).FirstOrDefaultAsync(cancellationToken)
                   ?? throw new NotFoundException(nameof(InventoryItem), dto.InventoryItemId);
        if (copy.BookId != bookId || copy.Status != CopyStatus.Available)
        {
            throw new BusinessRuleException("copy_not_holdable", $"Copy {copy.Barcode} is not an available copy of this book.");
        }

        if ((await _reservations.FindAsync(r => r.HeldInventoryItemId == copy.Id, cancellationToken)).Count > 0)
        {
            throw new BusinessRuleException("copy_already_held", $"Copy {copy.Barcode} is already on the hold shelf.");
        }

        return await PromoteNextAsync(bookId, copy.Id!, cancellationToken)
               ?? throw new BusinessRuleException("queue_empty", "Nobody is waiting for this book.");
    }

    public async Task<ReservationDto> FulfilAsync(string id, CancellationToken cancellationToken = default)
    {
        var reservation = await FindReservationAsync(id, cancellationToken);
        if (reservation.Status != ReservationStatus.ReadyForPickup)
        {
            throw new BusinessRuleException("reservation_not_ready", "Only holds that are ready for pickup can be collected.");
        }

        reservation.Close(ReservationStatus.Fulfilled, null);
        await _reservations.ReplaceAsync(reservation, cancellationToken);
        return await ToDtoAsync(reservation, cancellationToken);
    }

    public async Task<IReadOnlyList<ReservationDto>> ExpireOverdueAsync(CancellationToken cancellationToken = default)
    {
        var expired = await _reservations.GetPastPickupDeadlineAsync(DateTime.UtcNow, cancellationToken);
        var result = new List<ReservationDto>(expired.Count);
        foreach (var reservation in expired)
        {
            await CloseAndPassOnAsync(reservation, ReservationStatus.Expired, "Not collected within the pickup window.", cancellationToken);
            result.Add(await ToDtoAsync(reservation, cancellationToken));
        }

        _logger.LogInformation("{Count} reservations expired", result.Count);
        return result;
    }

    private async Task<Reservation> FindReservationAsync(string id, CancellationToken cancellationToken) =>
        await _reservations.GetByIdAsync(id, cancellationToken) ?? throw new NotFoundException(nameof(Reservation), id);

    // Sets the copy aside for the next waiting member; null when the queue is empty.
    private async Task<ReservationDto?> PromoteNextAsync(string bookId, string inventoryItemId, CancellationToken cancellationToken)
    {
        var copy = await _inventory.Find(i => i.Id == inventoryItemId).FirstOrDefaultAsync(cancellationToken);
        var next = await _reservations.GetNextWaitingAsync(bookId, copy?.BranchCode, cancellationToken);
        if (next is null)
        {
            return null;
        }

        next.SetAside(inventoryItemId, DateTime.UtcNow, _settings.PickupWindowDays);
        await _reservations.ReplaceAsync(next, cancellationToken);
        return await ToDtoAsync(next, cancellationToken);
    }

    // A copy that was waiting on the hold shelf goes to the next member in the queue.
    private async Task CloseAndPassOnAsync(Reservation reservation, ReservationStatus status, string reason, CancellationToken cancellationToken)
    {
        var heldCopyId = reservation.HeldInventoryItemId;
        reservation.Close(status, reason);
        await _reservations.ReplaceAsync(reservation, cancellationToken);
        if (heldCopyId is not null)
        {
            await PromoteNextAsync(reservation.BookId, heldCopyId, cancellationToken);
        }
    }

    private async Task<ReservationDto> ToDtoAsync(Reservation reservation, CancellationToken cancellationToken)
    {
        var book = await _books.Find(b => b.Id == reservation.BookId).FirstOrDefaultAsync(cancellationToken);
        var member = await _members.Find(m => m.Id == reservation.MemberId).FirstOrDefaultAsync(cancellationToken);
        int? position = reservation.Status switch
        {
            ReservationStatus.Waiting => await _reservations.CountAheadAsync(reservation.BookId, reservation.PlacedAt, cancellationToken) + 1,
            ReservationStatus.ReadyForPickup => 0,
            _ => null
        };
        return reservation.ToDto(book?.Title, member is null ? null : $"{member.FirstName} {member.LastName}", position);
    }
}
