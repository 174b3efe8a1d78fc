using System.Text.RegularExpressions;
using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using MongoDB.Bson;
using MongoDB.Driver;

namespace BookNest.Api.Services;

/// <summary>
/// Purchase orders to suppliers. The status only ever moves forward (Draft → Submitted → Received) or to
/// Cancelled, and each transition is a conditional update so two librarians cannot both receive an order.
/// </summary>
public class AcquisitionService : IAcquisitionService
{
    // Collections added after MongoDBSettings was written keep their name next to the code that owns them.
    private const string PurchaseOrdersCollectionName = "purchaseOrders";

    private readonly IMongoCollection<PurchaseOrder> _orders;
    private readonly IMongoCollection<Book> _books;
    private readonly ILogger<AcquisitionService> _logger;

    public AcquisitionService(IMongoDBSettings settings, ILogger<AcquisitionService> logger)
    {
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        _orders = database.GetCollection<PurchaseOrder>(PurchaseOrdersCollectionName);
        _books = database.GetCollection<Book>(settings.BooksCollectionName);
        _logger = logger;
    }

    public async Task<PagedResultDto<PurchaseOrderDto>> GetPagedAsync(PurchaseOrderQueryDto query, CancellationToken cancellationToken = default)
    {
        var builder = Builders<PurchaseOrder>.Filter;
        var filter = builder.Empty;

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = new BsonRegularExpression(Regex.Escape(query.Search.Trim()), "i");
            filter &= builder.Regex(o => o.OrderNumber, pattern) | builder.Regex(o => o.SupplierName, pattern);
        }

        if (!string.IsNullOrEmpty(query.Status))
        {
            filter &= builder.Eq(o => o.Status, Enum.Parse<PurchaseOrderStatus>(query.Status, ignoreCase: true));
        }

        if (!string.IsNullOrEmpty(query.BranchCode))
        {
            filter &= builder.Eq(o => o.BranchCode, query.BranchCode.ToUpperInvariant());
        }

        if (query.CreatedFrom is not null)
        {
            filter &= builder.Gte(o => o.CreatedAt, query.CreatedFrom.Value);
        }

        var total = await _orders.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var orders = await _orders.Find(filter)
            .SortByDescending(o => o.CreatedAt)
            .Skip(query.Skip)
            .Limit(query.PageSize)
            .ToListAsync(cancellationToken);

        var items = orders.Select(o => o.ToDto()).ToList();
        return PagedResultDto<PurchaseOrderDto>.Create(items, query.Page, query.PageSize, total);
    }

    public async Task<PurchaseOrderDto> GetByIdAsync(string id, CancellationToken cancellationToken = default) =>
        (await FindOrderAsync(id, cancellationToken)).ToDto();

    public async Task<PurchaseOrderDto> CreateAsync(CreatePurchaseOrderDto dto, string createdBy, CancellationToken cancellationToken = default)
    {
        EnsureDistinctIsbns(dto);

        var order = dto.ToDocument();
        order.CreatedBy = createdBy;
        order.OrderNumber = await NextOrderNumberAsync(cancellationToken);
        await _orders.InsertOneAsync(order, cancellationToken: cancellationToken);
        return order.ToDto();
    }

    public async Task<PurchaseOrderDto> UpdateDraftAsync(string id, CreatePurchaseOrderDto dto, CancellationToken cancellationToken = default)
    {
        var existing = await FindOrderAsync(id, cancellationToken);
        if (existing.Status != PurchaseOrderStatus.Draft)
        {
            throw new BusinessRuleException("order_not_draft", $"Order {existing.OrderNumber} was already {existing.Status.ToString().ToLowerInvariant()}.");
        }

        EnsureDistinctIsbns(dto);
        var updated = dto.ToDocument();
        updated.Id = existing.Id;
        updated.OrderNumber = existing.OrderNumber;
        updated.CreatedBy = existing.CreatedBy;
        updated.CreatedAt = existing.CreatedAt;

        await _orders.ReplaceOneAsync(o => o.Id == id, updated, cancellationToken: cancellationToken);
        return updated.ToDto();
    }

    public async Task<PurchaseOrderDto> SubmitAsync(string id, CancellationToken cancellationToken = default)
    {
        var order = await FindOrderAsync(id, cancellationToken);
        if (order.Lines.Count == 0 || order.Total <= 0)
        {
            throw new BusinessRuleException("order_empty", "An order needs at least one priced line before it is sent.");
        }

        await TransitionAsync(order, PurchaseOrderStatus.Draft, Builders<PurchaseOrder>.Update
            .Set(o => o.Status, PurchaseOrderStatus.Submitted)
            .Set(o => o.SubmittedAt, DateTime.UtcNow), cancellationToken);
        _logger.LogInformation("Purchase order {OrderNumber} submitted to {Supplier} ({Total})", order.OrderNumber, order.SupplierName, order.Total);
        return await GetByIdAsync(id, cancellationToken);
    }

    public async Task<PurchaseOrderDto> ReceiveAsync(
        string id,
        IReadOnlyList<ReceivePurchaseOrderLineDto> delivered,
        CancellationToken cancellationToken = default)
    {
        var order = await FindOrderAsync(id, cancellationToken);
        var deliveredByIsbn = delivered.GroupBy(d => d.Isbn).ToDictionary(g => g.Key, g => g.Sum(d => d.QuantityReceived));

        var unknown = deliveredByIsbn.Keys.Except(order.Lines.Select(l => l.Isbn)).FirstOrDefault();
        if (unknown is not null)
        {
            throw new BusinessRuleException("unknown_order_line", $"ISBN {unknown} is not on order {order.OrderNumber}.");
        }

        // Link every line to the catalogue now, so the desk can add the copies to the inventory straight away.
        var isbns = order.Lines.Select(l => l.Isbn).ToList();
        var books = await _books.Find(Builders<Book>.Filter.In(b => b.Isbn, isbns)).ToListAsync(cancellationToken);
        var bookIds = books.ToDictionary(b => b.Isbn, b => b.Id!);

        foreach (var line in order.Lines)
        {
            var received = deliveredByIsbn.GetValueOrDefault(line.Isbn, line.Quantity);
            if (received > line.Quantity)
            {
                throw new BusinessRuleException("over_delivery", $"More copies of {line.Isbn} were delivered than ordered.");
            }

            line.QuantityReceived = received;
            line.BookId = bookIds.GetValueOrDefault(line.Isbn);
        }

        await TransitionAsync(order, PurchaseOrderStatus.Submitted, Builders<PurchaseOrder>.Update
            .Set(o => o.Status, PurchaseOrderStatus.Received)
            .Set(o => o.ReceivedAt, DateTime.UtcNow)
            .Set(o => o.Lines, order.Lines), cancellationToken);

        return await GetByIdAsync(id, cancellationToken);
    }

    public async Task<PurchaseOrderDto> CancelAsync(string id, string reason, CancellationToken cancellationToken = default)
    {
        var order = await FindOrderAsync(id, cancellationToken);
        if (order.Status is PurchaseOrderStatus.Received or PurchaseOrderStatus.Cancelled)
        {
            throw new BusinessRuleException("order_closed", $"Order {order.OrderNumber} is {order.Status.ToString().ToLowerInvariant()} and cannot be cancelled.");
        }

        await TransitionAsync(order, order.Status, Builders<PurchaseOrder>.Update
            .Set(o => o.Status, PurchaseOrderStatus.Cancelled)
            .Set(o => o.CancelledAt, DateTime.UtcNow)
            .Set(o => o.CancellationReason, reason.Trim()), cancellationToken);
        return await GetByIdAsync(id, cancellationToken);
    }

    private async Task<PurchaseOrder> FindOrderAsync(string id, CancellationToken cancellationToken) =>
        await _orders.Find(o => o.Id == id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(PurchaseOrder), id);

    private async Task TransitionAsync(
        PurchaseOrder order,
        PurchaseOrderStatus expected,
        UpdateDefinition<PurchaseOrder> update,
        CancellationToken cancellationToken)
    {
        var result = order.Status == expected
            ? await _orders.UpdateOneAsync(o => o.Id == order.Id && o.Status == expected, update, cancellationToken: cancellationToken)
            : null;
        if (result is null || result.MatchedCount == 0)
        {
            throw new BusinessRuleException("invalid_order_transition", $"Order {order.OrderNumber} is not {expected.ToString().ToLowerInvariant()}.");
        }
    }

    private static void EnsureDistinctIsbns(CreatePurchaseOrderDto dto)
    {
        var duplicate = dto.Lines.GroupBy(l => l.Isbn).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new BusinessRuleException("duplicate_order_line", $"ISBN {duplicate.Key} appears on more than one line; raise the quantity instead.");
        }
    }

    private async Task<string> NextOrderNumberAsync(CancellationToken cancellationToken)
    {
        var prefix = $"PO-{DateTime.UtcNow.Year}-";
        var count = await _orders.CountDocumentsAsync(o => o.OrderNumber.StartsWith(prefix), cancellationToken: cancellationToken);
        return $"{prefix}{count + 1:D5}";
    }
}
