using BookNest.Api.Dtos;
using BookNest.Api.Models;

namespace BookNest.Api.Mapping;

/// <summary>
/// Mappings for purchase orders and their line items.
/// </summary>
public static class AcquisitionMappings
{
    public static PurchaseOrderDto ToDto(this PurchaseOrder order) => new()
    {
        Id = order.Id ?? string.Empty,
        OrderNumber = order.OrderNumber,
        SupplierName = order.SupplierName,
        SupplierReference = order.SupplierReference,
        BranchCode = order.BranchCode,
        Status = order.Status.ToString(),
        Lines = order.Lines.Select(l => l.ToDto()).ToList(),
        Notes = order.Notes,
        CreatedBy = order.CreatedBy,
        CreatedAt = order.CreatedAt,
        SubmittedAt = order.SubmittedAt,
        ReceivedAt = order.ReceivedAt,
        CancelledAt = order.CancelledAt,
        CancellationReason = order.CancellationReason,
        TotalQuantity = order.TotalQuantity,
        Total = order.Total
    };

    public static PurchaseOrderLineDto ToDto(this PurchaseOrderLine line) => new()
    {
        Isbn = line.Isbn,
        Title = line.Title,
        BookId = line.BookId,
        Quantity = line.Quantity,
        QuantityReceived = line.QuantityReceived,
        UnitPrice = line.UnitPrice,
        DiscountPercent = line.DiscountPercent,
        LineTotal = line.LineTotal
    };

    public static PurchaseOrder ToDocument(this CreatePurchaseOrderDto dto) => new()
    {
        SupplierName = dto.SupplierName.Trim(),
        SupplierReference = string.IsNullOrWhiteSpace(dto.SupplierReference) ? null : dto.SupplierReference.Trim(),
        BranchCode = dto.BranchCode.ToUpperInvariant(),
        Notes = dto.Notes,
        Lines = dto.Lines.Select(l => l.ToDocument()).ToList()
    };

    public static PurchaseOrderLine ToDocument(this CreatePurchaseOrderLineDto dto) => new()
    {
        Isbn = dto.Isbn,
        Title = dto.Title.Trim(),
        Quantity = dto.Quantity,
        UnitPrice = dto.UnitPrice,
        DiscountPercent = dto.DiscountPercent
    };
}
